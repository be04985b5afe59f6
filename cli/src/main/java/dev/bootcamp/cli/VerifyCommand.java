package dev.bootcamp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Inject;
import dev.bootcamp.api.Case;
import dev.bootcamp.api.Catalog;
import dev.bootcamp.api.GenerationException;
import dev.bootcamp.api.Json;
import dev.bootcamp.api.Names;
import dev.bootcamp.api.RegistryException;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.TypedBootcamp;
import dev.bootcamp.api.Verdict;
import dev.bootcamp.bridge.engine.ScoreLine;
import dev.bootcamp.bridge.engine.ScoreTally;
import dev.bootcamp.bridge.engine.VerifyJob;
import dev.bootcamp.bridge.engine.VerifyReport;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
                "A bad line is reported with its line number and the rest are still scored; the exit code is then 3."},
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

    @Mixin
    EngineOptions engine;

    @Option(names = "--partitions", paramLabel = "N",
            description = "With a cluster engine: join partitions and score shards (default: " + DEFAULT_PARTITIONS + ").")
    Integer partitions;

    @Inject
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
        Map<String, Case> cases = new HashMap<>();
        for (String casesPath : casesPaths) {
            readCases(casesPath, cases, problems, err);
        }
        SortedMap<String, SortedMap<Integer, ScoreTally>> tallies = new TreeMap<>();
        Map<String, Object> puzzles = new HashMap<>();
        try (AtomicOutput output = out == null ? null : AtomicOutput.open(out, spec.commandLine().getOut())) {
            Writer writer = output == null ? null : output.writer();
            JsonLines.read(responsesPath, (number, node) -> {
                String id = text(node, "id");
                String response = text(node, "response");
                if (id == null || response == null) {
                    problems[0]++;
                    err.println(responsesPath + ":" + number + ": expected {\"id\": string, \"response\": string}");
                    return;
                }
                Case record = cases.get(id);
                if (record == null) {
                    problems[0]++;
                    err.println(responsesPath + ":" + number + ": no case with id '" + id + "' in " + String.join(", ", casesPaths));
                    return;
                }
                Score score;
                try {
                    score = score(record, response, puzzles);
                } catch (GenerationException | RegistryException e) {
                    problems[0]++;
                    err.println(responsesPath + ":" + number + ": " + e.getMessage());
                    return;
                }
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

    private static void readCases(String casesPath, Map<String, Case> cases, long[] problems, PrintWriter err) throws Exception {
        JsonLines.read(casesPath, (number, node) -> {
            try {
                Case record = Json.MAPPER.treeToValue(node, Case.class);
                if (record.id() == null) {
                    throw new IllegalArgumentException("no id");
                }
                cases.put(record.id(), record.bare());
            } catch (Exception e) {
                problems[0]++;
                err.println(casesPath + ":" + number + ": not a case record (" + Names.firstLine(e.getMessage()) + ")");
            }
        }, (number, reason) -> {
            problems[0]++;
            err.println(casesPath + ":" + number + ": " + reason);
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Score score(Case record, String response, Map<String, Object> puzzles) {
        TypedBootcamp typed = catalog.typed(record.bootcamp());
        Object puzzle = puzzles.computeIfAbsent(record.id(), key -> typed.puzzle(record));
        if (puzzles.size() > 100_000) {
            puzzles.clear();
        }
        return typed.verify(puzzle, response, record.answerStyle());
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
