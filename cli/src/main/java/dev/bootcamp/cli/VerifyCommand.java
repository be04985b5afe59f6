package dev.bootcamp.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.api.ConfigurationException;
import dev.bootcamp.api.Names;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Verdict;
import dev.bootcamp.core.BadInputException;
import dev.bootcamp.core.Case;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.GenerationException;
import dev.bootcamp.core.Json;
import dev.bootcamp.core.RefusedCaseException;
import dev.bootcamp.core.RegistryException;
import dev.bootcamp.core.Verifier;
import dev.bootcamp.core.engine.ScoreLine;
import dev.bootcamp.core.engine.ScoreTally;
import dev.bootcamp.core.engine.VerifyJob;
import dev.bootcamp.core.engine.VerifyReport;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bootcamp verify}: scores model responses against cases. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Score responses against cases.",
                "Responses are JSON lines {\"id\": CASE_ID, \"response\": TEXT}; each is scored by the case's bootcamp"
                        + " (reasoning removed, answer extracted in the case's style, parsed, checked by the rules).",
                "Each case is checked against its spec (bootcamp, version, knobs, seed): the puzzle it regenerates is the one"
                        + " scored against, and a record whose id or puzzle differs from what its spec makes is refused (see --trust-puzzles).",
                "A bad line (not JSON, not UTF-8, a refused case, an unknown id) is reported with its file and line number and the"
                        + " rest are still scored; the exit code is then 3."},
        footer = {"", "Examples:", "  bootcamp verify --cases cases.jsonl --responses answers.jsonl -o scores.jsonl",
                "  bootcamp verify --engine spark --cases cases/ --responses rollouts/ \\",
                "      --out scores/",
                "",
                "With --engine spark, cases and responses may be files or folders, JSON lines",
                "(plain or .gz) or Parquet (verl files from export or generate --format verl;",
                "responses with columns id and response). They are joined by case id; --out",
                "is then a folder of score shards sorted by id, with _manifest.json last."})
final class VerifyCommand implements Callable<Integer> {
    private static final int DEFAULT_PARTITIONS = 8;
    /** Regenerated puzzles kept while scoring: enough that the responses of a group rarely regenerate their case. */
    private static final int PUZZLES_KEPT = 100_000;

    private final Catalog catalog;

    @Spec
    CommandSpec spec;

    @Option(names = "--cases", paramLabel = "FILE", required = true, split = ",",
            description = "Cases as written by generate (spec-only records are regenerated); several, comma-separated or repeated.")
    List<String> casesPaths;

    @Option(names = "--responses", paramLabel = "FILE", required = true, description = "Responses as JSON lines {id, response}.")
    String responsesPath;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write one JSON line per response: {id, bootcamp, level, reward, verdict, detail}; - for standard output.")
    String out;

    @Option(names = "--trust-puzzles",
            description = {"Trust the cases file: score each response against the puzzle written in its case, unchecked, and accept records"
                    + " without a spec (just id, bootcamp and puzzle). Without it every case is checked against its spec and a record whose"
                    + " id or puzzle differs from what the spec makes is refused. Local engine only."})
    boolean trustPuzzles;

    @Mixin
    EngineOptions engine;

    @Option(names = "--partitions", paramLabel = "N",
            description = "With a cluster engine: join partitions and score shards (default: " + DEFAULT_PARTITIONS + ").")
    Integer partitions;

    VerifyCommand(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() throws Exception {
        if (engine.isCluster()) {
            return verifyOnCluster();
        }
        engine.clusterOnly("--partitions", partitions != null);
        PrintWriter err = spec.commandLine().getErr();
        long[] problems = {0};
        Map<String, CaseLine> cases = new HashMap<>();
        for (String casesPath : casesPaths) {
            readCases(casesPath, cases, problems, err);
        }
        SortedMap<String, SortedMap<Integer, ScoreTally>> tallies = new TreeMap<>();
        Verifier verifier = new Verifier(catalog, PUZZLES_KEPT);
        Set<String> refused = new HashSet<>();
        try (AtomicOutput output = out == null ? null : AtomicOutput.open(out, spec.commandLine().getOut())) {
            Writer writer = output == null ? null : output.writer();
            JsonLines.read(responsesPath, (number, node) -> {
                String id = text(node, "id");
                String response = text(node, "response");
                String where = responsesPath + ":" + number + ": ";
                if (id == null || response == null) {
                    problems[0]++;
                    err.println(where + "expected {\"id\": string, \"response\": string}");
                    return;
                }
                CaseLine line = cases.get(id);
                if (line == null) {
                    problems[0]++;
                    err.println(where + "no case with id '" + Names.firstLine(id) + "' in " + String.join(", ", casesPaths));
                    return;
                }
                Verifier.Scored scored;
                try {
                    scored = (trustPuzzles ? verifier.trust(line.record()) : verifier.check(line.record())).verify(response);
                } catch (RefusedCaseException e) {
                    problems[0]++;
                    if (refused.add(id)) {
                        problems[0]++;
                        err.println(line.where() + ": refused: " + e.getMessage());
                    }
                    err.println(where + "not scored: its case was refused (" + line.where() + ")");
                    return;
                } catch (GenerationException | RegistryException | ConfigurationException e) {
                    problems[0]++;
                    err.println(where + Names.firstLine(e.getMessage()));
                    return;
                }
                Score score = scored.score();
                Case record = line.record();
                ScoreTally.add(tallies, record.bootcamp(), record.level(), score);
                if (writer != null) {
                    writer.write(Json.write(new ScoreLine(id, record.bootcamp(), record.level(), score.reward(), score.verdict(), score.detail())));
                    writer.write('\n');
                }
            }, (number, reason) -> {
                problems[0]++;
                err.println(responsesPath + ":" + number + ": " + reason);
            });
            if (output != null) {
                output.commit();
            }
        }
        printSummary(out != null && out.equals("-") ? err : spec.commandLine().getOut(), tallies);
        return finish(problems[0]);
    }

    private Integer verifyOnCluster() throws Exception {
        if (trustPuzzles) {
            throw new UsageException("--trust-puzzles works with the local engine only; --engine " + engine.name + " checks every case against its spec");
        }
        if (out != null && out.equals("-")) {
            throw new UsageException("--engine " + engine.name + " writes a folder of score shards: give --out DIR, or no --out for the summary alone");
        }
        VerifyReport report = engine.cluster().verify(new VerifyJob(casesPaths, responsesPath, out, partitions == null ? DEFAULT_PARTITIONS : partitions,
                engine.master));
        PrintWriter err = spec.commandLine().getErr();
        report.firstProblems().forEach(err::println);
        if (report.problems() > report.firstProblems().size()) {
            err.println("... and " + (report.problems() - report.firstProblems().size()) + " more");
        }
        printSummary(spec.commandLine().getOut(), report.tallies());
        return finish(report.problems());
    }

    private Integer finish(long problems) {
        if (problems > 0) {
            spec.commandLine().getErr().println(problems + " line(s) could not be scored; see above");
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    /** A case record and the file and line it was read from. */
    private record CaseLine(Case record, String where) {}

    private void readCases(String casesPath, Map<String, CaseLine> cases, long[] problems, PrintWriter err) throws Exception {
        JsonLines.read(casesPath, (number, node) -> {
            boolean specless = !node.hasNonNull("version") || !node.hasNonNull("seed");
            Case record;
            try {
                record = trustPuzzles && specless ? withoutSpec(node) : Verifier.readCase(node);
            } catch (BadInputException e) {
                problems[0]++;
                String hint = specless && node.has("puzzle") && !trustPuzzles ? "; a record without a spec is scored only with --trust-puzzles" : "";
                err.println(casesPath + ":" + number + ": not a case record (" + Names.firstLine(e.getMessage()) + ")" + hint);
                return;
            }
            cases.put(record.id(), new CaseLine(record.bare(), casesPath + ":" + number));
        }, (number, reason) -> {
            problems[0]++;
            err.println(casesPath + ":" + number + ": " + reason);
        });
    }

    /** With --trust-puzzles, a record with no spec: an id, a bootcamp and the puzzle to score against. */
    private static Case withoutSpec(JsonNode node) {
        if (!node.path("id").isTextual() || !node.path("bootcamp").isTextual() || !node.hasNonNull("puzzle")) {
            throw new BadInputException("a record without a spec (version, seed) needs a string 'id', a string 'bootcamp' and a 'puzzle'");
        }
        try {
            return Json.treeToValue(node, Case.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new BadInputException(Names.firstLine(e.getMessage()));
        }
    }

    private static void printSummary(PrintWriter out, SortedMap<String, SortedMap<Integer, ScoreTally>> tallies) {
        Table table = new Table("bootcamp", "level", "responses", "mean reward", "correct", "partial", "wrong", "no answer", "malformed");
        ScoreTally total = new ScoreTally();
        tallies.forEach((bootcamp, byLevel) -> byLevel.forEach((level, tally) -> {
            table.row(bootcamp, level, tally.count(), String.format("%.3f", tally.mean()), tally.of(Verdict.CORRECT), tally.of(Verdict.PARTIAL),
                    tally.of(Verdict.WRONG), tally.of(Verdict.NO_ANSWER), tally.of(Verdict.MALFORMED));
            total.merge(tally);
        }));
        table.row("all", "", total.count(), String.format("%.3f", total.mean()), total.of(Verdict.CORRECT), total.of(Verdict.PARTIAL),
                total.of(Verdict.WRONG), total.of(Verdict.NO_ANSWER), total.of(Verdict.MALFORMED));
        table.print(out);
        out.flush();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
