package dev.bootcamp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.bootcamp.agent.AuthorPrompt;
import dev.bootcamp.agent.CodeExtractor;
import dev.bootcamp.agent.Finding;
import dev.bootcamp.agent.SourceChecks;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The authoring agent end to end: {@code new}, {@code validate} and {@code author} through the command line, with real
 * parsing, compilation, class loading and contract runs. The one fake is the language model: a scripted
 * OpenAI-compatible endpoint on loopback.
 */
class AgentTest {
    private static final String SUM_OF_DIGITS = "/agent/SumOfDigitsBootcamp.java";
    private static final String CATALOGUE_PATH = "bootcamps/src/main/java/dev/bootcamp/camps/math/";
    private static final String GOOD_SOLVE = "return new Answer(digitSum(puzzle.number()));";
    private static final Pattern NUMBER = Pattern.compile("digits of the number (\\d+)");

    @TempDir
    Path folder;

    private HttpServer server;
    private final List<String> authoringRequests = new CopyOnWriteArrayList<>();
    private final AtomicInteger calibrationRequests = new AtomicInteger();

    @AfterEach
    void stopEndpoint() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void newThenValidateNamesEveryGapOfTheSkeleton() throws IOException {
        Path root = folder.resolve("project");
        Cli created = Cli.run("new", "milk-crates", "--domain", "math", "--root", root.toString());
        assertThat(created.code()).as(created.err()).isZero();
        Path file = root.resolve(CATALOGUE_PATH + "MilkCratesBootcamp.java");
        assertThat(created.out()).contains("created " + file).contains("bootcamp validate " + file).contains("next steps");
        String source = Files.readString(file);
        assertThat(source).contains("package dev.bootcamp.camps.math;").contains("@AutoService(Bootcamp.class)")
                .contains("public final class MilkCratesBootcamp extends Camp<MilkCratesBootcamp.Puzzle, MilkCratesBootcamp.Answer>")
                .contains("private static final Knob<Integer> SIZE = Knob.integer(").contains(".knob(SIZE)")
                .contains("public MilkCratesBootcamp() {").contains("super(INFO, Codecs.integer().map(Answer::new, Answer::value));")
                .contains("public record Puzzle(").contains("public record Answer(")
                .contains("BootcampInfo.builder(MilkCratesBootcamp.class)").contains(".domain(\"math\")");
        for (String member : List.of("Knobs atLevel(int level)", "Puzzle generate(Knobs knobs, RandomGenerator random)",
                "String question(Puzzle puzzle)", "Answer solve(Puzzle puzzle)", "Score check(Puzzle puzzle, Answer answer)", "List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random)",
                "double cost(Puzzle puzzle)", "long countSolutions(Puzzle puzzle, long limit)")) {
            assertThat(source).contains("public " + member + " {");
        }

        Path reports = folder.resolve("reports");
        Cli validated = Cli.run("validate", file.toString(), "--report", reports.toString(), "--seeds", "3", "--fuzz", "300");
        assertThat(validated.code()).as(validated.out() + validated.err()).isEqualTo(3);
        assertThat(validated.out()).startsWith("FAIL milk-crates:").contains("[unfinished]").contains("contract › gold passes");
        JsonNode report = Json.readTree(reports.resolve("report.json").toFile());
        assertThat(report.path("passed").asBoolean()).isFalse();
        assertThat(report.path("bootcamp").asText()).isEqualTo("milk-crates");
        assertThat(report.path("compile")).isEmpty();
        int generateLine = lineOf(source, "TODO: generate");
        assertThat(findings(report)).contains("unfinished@" + generateLine, "unfinished@" + lineOf(source, "TODO: a short title"));
        JsonNode contract = report.path("contract");
        assertThat(contract.path("status").asText()).isEqualTo("FAILED");
        assertThat(contract.path("failures_by_law").has("GOLD_PASSES")).isTrue();
        JsonNode failure = contract.path("failures").get(0);
        assertThat(failure.path("law").asText()).isEqualTo("GOLD_PASSES");
        assertThat(failure.path("level").asInt()).isEqualTo(1);
        assertThat(failure.path("message").asText()).contains("UnsupportedOperationException: TODO: generate");
        assertThat(failure.path("replay").asText()).isEqualTo("bootcamp validate " + file + " --level 1 --seed " + failure.path("seed").asLong());
        assertThat(Files.readString(reports.resolve("report.md"))).contains("# Validation of milk-crates").contains("### gold passes")
                .contains("| unfinished |");
    }

    @Test
    void newPythonThenValidateNamesTheGapsAndTheGuidesExamplePasses() throws IOException {
        Path root = folder.resolve("project");
        Cli created = Cli.run("new", "vowel-count", "--domain", "strings", "--lang", "python", "--root", root.toString());
        assertThat(created.code()).as(created.err()).isZero();
        Path file = root.resolve("plugins/vowel-count.py");
        assertThat(created.out()).contains("created " + file).contains("bootcamp validate " + file);
        assertThat(Files.readString(file)).contains("'id': 'vowel-count'").contains("'domain': 'strings'");

        Cli skeleton = Cli.run("validate", file.toString(), "--seeds", "2", "--fuzz", "50", "--report", folder.resolve("r1").toString());
        assertThat(skeleton.code()).isEqualTo(3);
        assertThat(skeleton.out()).contains("TODO: write generate(knobs, rng)");

        String guide = Files.readString(Path.of("../docs/AUTHORING.md"));
        int example = guide.indexOf("```python", guide.indexOf("### Example: `vowel-count.py`"));
        Files.writeString(file, guide.substring(example + "```python".length(), guide.indexOf("```", example + 3)));
        Cli finished = Cli.run("validate", file.toString(), "--seeds", "5", "--fuzz", "500", "--report", folder.resolve("r2").toString());
        assertThat(finished.code()).as(finished.out()).isZero();
        assertThat(Json.readTree(folder.resolve("r2/report.json").toFile()).get("bootcamp").asText()).isEqualTo("vowel-count");

        Files.writeString(file, "import os\n" + Files.readString(file));
        Cli unsafe = Cli.run("validate", file.toString(), "--report", folder.resolve("r3").toString());
        assertThat(unsafe.code()).isEqualTo(3);
        assertThat(unsafe.out()).contains("vowel-count.py line 1").contains("os");
        assertThat(Cli.run("new", "vowel-count", "--domain", "strings", "--lang", "python", "--root", root.toString()).err())
                .contains("vowel-count.py exists");
    }

    @Test
    void newRefusesTakenBadAndExistingNames() {
        Path root = folder.resolve("project");
        Cli taken = Cli.run("new", "knapsack", "--domain", "algorithms", "--root", root.toString());
        assertThat(taken.code()).isEqualTo(2);
        assertThat(taken.err()).contains("'knapsack' is taken by dev.bootcamp.camps.algorithms.KnapsackBootcamp");
        Cli camel = Cli.run("new", "MilkCrates", "--domain", "math", "--root", root.toString());
        assertThat(camel.code()).isEqualTo(2);
        assertThat(camel.err()).contains("kebab-case").contains("did you mean 'milk-crates'?");
        Cli domain = Cli.run("new", "milk-crates", "--domain", "maths", "--root", root.toString());
        assertThat(domain.code()).isEqualTo(2);
        assertThat(domain.err()).contains("unknown domain 'maths'; did you mean 'math'?");
        Cli digits = Cli.run("new", "game-2048", "--domain", "games", "--root", root.toString());
        assertThat(digits.err()).contains("use 'game2048'");
        Cli ruby = Cli.run("new", "milk-crates", "--domain", "math", "--lang", "ruby", "--root", root.toString());
        assertThat(ruby.code()).isEqualTo(2);
        assertThat(ruby.err()).contains("--lang takes java or python, found 'ruby'");
        assertThat(Cli.run("new", "milk-crates", "--domain", "math", "--root", root.toString()).code()).isZero();
        Cli again = Cli.run("new", "milk-crates", "--domain", "math", "--root", root.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("MilkCratesBootcamp.java exists");
        assertThat(again.err().lines().count()).isEqualTo(1);
    }

    @Test
    void theGuidesWorkedExampleIsTheValidatedOne() throws IOException {
        String guide = Files.readString(Path.of("../docs/AUTHORING.md"));
        int start = guide.indexOf("```java\n", guide.indexOf("## Worked example")) + "```java\n".length();
        assertThat(guide.substring(start, guide.indexOf("```", start))).isEqualTo(sumOfDigits());
    }

    @Test
    void aCompletedBootcampValidatesClean() throws IOException {
        Path file = writeCatalogueFile(folder.resolve("project"), sumOfDigits());
        Path reports = folder.resolve("reports");
        Cli validated = Cli.run("validate", file.toString(), "--report", reports.toString());
        assertThat(validated.code()).as(validated.out() + validated.err()).isZero();
        assertThat(validated.out()).startsWith("PASS sum-of-digits: 0 static findings, 0 compile errors, contract passed (200 cases)");
        JsonNode report = Json.readTree(reports.resolve("report.json").toFile());
        assertThat(report.path("passed").asBoolean()).isTrue();
        assertThat(report.path("class").asText()).isEqualTo("dev.bootcamp.camps.math.SumOfDigitsBootcamp");
        assertThat(report.path("contract").path("status").asText()).isEqualTo("PASSED");
    }

    @Test
    void staticChecksNameEachForbiddenThingWithItsLine() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("package dev.bootcamp.camps.math;", "");
        lines.put("import java.io.File;", "file");
        lines.put("import java.net.Socket;", "network");
        lines.put("import java.lang.reflect.Method;", "reflection");
        lines.put("import java.util.ArrayList;", "");
        lines.put("import java.util.List;", "");
        lines.put("import java.util.Random;", "");
        lines.put("class Forbidden {", "");
        lines.put("    private static int counter;", "mutable-static");
        lines.put("    static final int[] TABLE = {1, 2};", "mutable-static");
        lines.put("    private static final int[] ROWS = {1, 2};", "");
        lines.put("    private static final int[] SHARED = {1, 2};", "mutable-static");
        lines.put("    private static final List<Integer> ITEMS = new ArrayList<>();", "mutable-static");
        lines.put("    private static final List<String> WORDS = List.of(\"a\");", "");
        lines.put("    void run() throws Exception {", "");
        lines.put("        int first = ROWS[0] + ROWS.length;", "");
        lines.put("        int[] escaped = SHARED;", "");
        lines.put("        new File(\"x\").delete();", "file");
        lines.put("        java.nio.file.Files.readString(null);", "file");
        lines.put("        new Socket(\"example.com\", 80).close();", "network");
        lines.put("        new ProcessBuilder(\"ls\").start();", "process");
        lines.put("        Runtime.getRuntime().exec(\"ls\");", "process");
        lines.put("        Class.forName(\"x\");", "reflection");
        lines.put("        getClass().getDeclaredMethod(\"run\");", "reflection");
        lines.put("        long time = System.currentTimeMillis();", "clock");
        lines.put("        long ticks = System.nanoTime();", "clock");
        lines.put("        java.time.Instant moment = java.time.Instant.now();", "clock");
        lines.put("        java.time.LocalDate day = java.time.LocalDate.now();", "clock");
        lines.put("        Random unseeded = new Random();", "random");
        lines.put("        Random seeded = new Random(42);", "");
        lines.put("        double chance = Math.random();", "random");
        lines.put("        int roll = java.util.concurrent.ThreadLocalRandom.current().nextInt();", "random");
        lines.put("        new java.security.SecureRandom().nextInt();", "random");
        lines.put("        System.out.println(\"hello\");", "console");
        lines.put("        System.err.println(\"oops\");", "console");
        lines.put("        System.exit(1);", "environment");
        lines.put("    }", "");
        lines.put("}", "");
        String source = String.join("\n", lines.keySet()) + "\n";
        List<Finding> findings = SourceChecks.check("Forbidden.java", source, false).findings();
        List<String> expected = new ArrayList<>();
        List<String> clean = new ArrayList<>();
        int number = 1;
        for (Map.Entry<String, String> line : lines.entrySet()) {
            (line.getValue().isEmpty() ? clean : expected).add(line.getValue().isEmpty() ? String.valueOf(number) : line.getValue() + "@" + number);
            number++;
        }
        List<String> found = findings.stream().map(finding -> finding.rule() + "@" + finding.line()).toList();
        assertThat(found).containsAll(expected);
        assertThat(findings).allSatisfy(finding -> assertThat(clean).doesNotContain(String.valueOf(finding.line())));
        assertThat(findings).allSatisfy(finding -> assertThat(finding.file()).isEqualTo("Forbidden.java"));
    }

    @Test
    void staticChecksCoverRegistrationAndSize() {
        String source = sumOfDigits().replace("@AutoService(Bootcamp.class)\n", "").replace("public final class", "final class");
        List<String> found = SourceChecks.check("SumOfDigitsBootcamp.java", source, true).findings().stream()
                .map(finding -> finding.rule() + "@" + finding.line()).toList();
        int classLine = lineOf(source, "final class SumOfDigitsBootcamp");
        assertThat(found).contains("auto-service@" + classLine, "constructor@" + classLine);
        String longMethod = sumOfDigits().replace("        return INFO.defaults()", "\n".repeat(130) + "        return INFO.defaults()");
        assertThat(SourceChecks.check("SumOfDigitsBootcamp.java", longMethod, true).findings())
                .anySatisfy(finding -> assertThat(finding.rule() + "@" + finding.line()).isEqualTo("size@" + lineOf(longMethod, "public Knobs atLevel")));
        String noBootcamp = "package dev.bootcamp.camps.math;\n\nclass Helper {\n}\n";
        assertThat(SourceChecks.check("Helper.java", noBootcamp, true).findings()).extracting(Finding::rule).contains("implements-bootcamp");
    }

    @Test
    void theCandidateIsTheBootcampBlockOfTheReply() {
        String bootcamp = "package dev.bootcamp.camps.math;\n\npublic final class XBootcamp implements Bootcamp<A, B> {\n}\n";
        String reply = "<think>```java\nclass Draft {}\n```</think>Here it is.\n\n```bash\nmvn test\n```\n\n```java\n" + bootcamp
                + "```\n\nAnd a helper:\n\n```java\nclass Other {}\n```\n";
        assertThat(CodeExtractor.extract(reply)).contains(bootcamp);
        assertThat(CodeExtractor.extract("~~~~\n" + bootcamp + "~~~~")).contains(bootcamp);
        assertThat(CodeExtractor.extract(bootcamp)).contains(bootcamp);
        assertThat(CodeExtractor.extract("I cannot write that.")).isEmpty();
    }

    @Test
    void unsafeCodeIsNeverRunAndCompileErrorsNameTheirLine() throws IOException {
        Path project = folder.resolve("project");
        String reading = sumOfDigits().replace("import java.util.List;", "import java.util.List;\nimport java.nio.file.Files;")
                .replace(GOOD_SOLVE, "return new Answer(Files.exists(java.nio.file.Path.of(\"x\")) ? 1 : 0);");
        Path file = writeCatalogueFile(project, reading);
        Cli unsafe = Cli.run("validate", file.toString(), "--report", folder.resolve("unsafe").toString());
        assertThat(unsafe.code()).isEqualTo(3);
        JsonNode report = Json.readTree(folder.resolve("unsafe/report.json").toFile());
        assertThat(findings(report)).contains("file@" + lineOf(reading, "import java.nio.file.Files"), "file@" + lineOf(reading, "Files.exists"));
        assertThat(report.path("contract").path("status").asText()).isEqualTo("NOT_RUN");
        assertThat(report.path("contract").path("note").asText()).contains("file");

        String broken = sumOfDigits().replace(GOOD_SOLVE, "return new Answer(digitTotal(puzzle.number()));");
        Files.writeString(file, broken);
        Cli compiled = Cli.run("validate", file.toString(), "--report", folder.resolve("broken").toString());
        assertThat(compiled.code()).isEqualTo(3);
        JsonNode compileReport = Json.readTree(folder.resolve("broken/report.json").toFile());
        JsonNode error = compileReport.path("compile").get(0);
        assertThat(error.path("line").asInt()).isEqualTo(lineOf(broken, "digitTotal"));
        assertThat(error.path("message").asText()).contains("cannot find symbol").contains("digitTotal");
        assertThat(compileReport.path("contract").path("status").asText()).isEqualTo("NOT_RUN");
    }

    @Test
    void validateAnIdChecksTheRegisteredClass() {
        Cli validated = Cli.run("validate", "run-length-encoding", "--seeds", "2", "--fuzz", "200", "--root", "..", "--report", folder.resolve("k").toString());
        assertThat(validated.out()).startsWith("PASS run-length-encoding: 0 static findings, compiled with the catalogue");
        assertThat(validated.code()).as(validated.out()).isZero();
        Cli sourceless = Cli.run("validate", "run-length-encoding", "--seeds", "2", "--fuzz", "200", "--root", folder.toString(), "--report",
                folder.resolve("k2").toString());
        assertThat(sourceless.out()).as("no source under --root: the static checks did not run, so no count is given")
                .startsWith("PASS run-length-encoding: static checks not run (no source file found)").doesNotContain("0 static findings");
        Cli unknown = Cli.run("validate", "knapsak");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("did you mean 'knapsack'?");
    }

    @Test
    void authorFeedsFailuresBackUntilTheCandidatePasses() throws IOException {
        String fixed = sumOfDigits();
        String compileError = fixed.replace(GOOD_SOLVE, "return new Answer(digitTotal(puzzle.number()));");
        String wrongGold = fixed.replace(GOOD_SOLVE, "return new Answer(digitSum(puzzle.number()) + 1);");
        startEndpoint(List.of(compileError, wrongGold, fixed), true);
        Path root = folder.resolve("project");
        Path out = folder.resolve("authoring");
        Cli authored = author(root, out, "--rounds", "4");
        assertThat(authored.code()).as(authored.out() + authored.err()).isZero();

        assertThat(authoringRequests).hasSize(3);
        assertThat(authoringRequests.get(0)).startsWith(AuthorPrompt.HEADING).contains("public interface Bootcamp<P, A>")
                .contains("KnapsackBootcamp").contains("Add up the digits");
        assertThat(authoringRequests.get(1)).contains("cannot find symbol").contains("digitTotal")
                .contains("- line " + lineOf(compileError, "digitTotal") + ":");
        assertThat(authoringRequests.get(2)).contains("gold passes").contains("check(puzzle, solve(puzzle)) gave WRONG");
        assertThat(authored.out()).contains("candidate 1 round 1: FAIL").contains("candidate 1 round 3: PASS sum-of-digits");

        Path written = root.resolve(CATALOGUE_PATH + "SumOfDigitsBootcamp.java");
        assertThat(written).hasContent(fixed);
        String review = Files.readString(out.resolve("REVIEW.md"));
        assertThat(review).contains("# Review: sum-of-digits").contains("## Level 1").contains("## Level 5").contains("## Level 10")
                .contains("### Prompt").contains("### Gold answer").contains("Add up the decimal digits of the number");
        String transcript = Files.readString(out.resolve("candidate-1/transcript.md"));
        assertThat(transcript).contains("## Round 1").contains("## Round 2").contains("## Round 3").contains("cannot find symbol");
        assertThat(out.resolve("candidate-1/round-2/report.json")).exists();
        assertThat(out.resolve("author.json")).exists();

        Cli validated = Cli.run("validate", written.toString(), "--seeds", "3", "--report", folder.resolve("final").toString());
        assertThat(validated.code()).as(validated.out()).isZero();
    }

    @Test
    void calibrationKeepsOnlyBootcampsWhoseSolveRateIsInTheBand() throws IOException {
        startEndpoint(List.of(sumOfDigits()), true);
        Path root = folder.resolve("kept");
        Cli kept = author(root, folder.resolve("kept-out"), "--calibrate", "--samples", "10", "--solve-rate", "0.2,0.8");
        assertThat(kept.code()).as(kept.out() + kept.err()).isZero();
        assertThat(kept.out()).contains("calibration: solved 5 of 10 sample cases (0.50), band 0.20-0.80: kept");
        assertThat(calibrationRequests.get()).isEqualTo(10);
        assertThat(root.resolve(CATALOGUE_PATH + "SumOfDigitsBootcamp.java")).exists();
        assertThat(Files.readString(folder.resolve("kept-out/REVIEW.md"))).contains("## Calibration").contains("kept");

        stopEndpoint();
        startEndpoint(List.of(sumOfDigits()), false);
        Path rejectedRoot = folder.resolve("rejected");
        Cli rejected = author(rejectedRoot, folder.resolve("rejected-out"), "--calibrate", "--samples", "10");
        assertThat(rejected.code()).isEqualTo(3);
        assertThat(rejected.out()).contains("solved 0 of 10").contains("rejected").contains("not written to the catalogue");
        assertThat(rejectedRoot.resolve(CATALOGUE_PATH + "SumOfDigitsBootcamp.java")).doesNotExist();
    }

    private Cli author(Path root, Path out, String... more) throws IOException {
        Path task = folder.resolve("sum-of-digits.md");
        Files.writeString(task, "# Sum of digits\n\nAdd up the digits of a long decimal number; the answer is one integer."
                + " Longer numbers are harder.\n");
        List<String> arguments = new ArrayList<>(List.of("author", "--task", task.toString(), "--llm",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "--model", "scripted", "--root", root.toString(),
                "--out", out.toString(), "--seeds", "3", "--timeout", "30", "--retries", "0"));
        arguments.addAll(List.of(more));
        return Cli.run(arguments.toArray(String[]::new));
    }

    /** Authoring requests get the scripted files in turn; calibration requests are answered right every other time, or never. */
    private void startEndpoint(List<String> files, boolean halfRight) throws IOException {
        authoringRequests.clear();
        calibrationRequests.set(0);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/v1/chat/completions", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                String prompt = Json.readTree(body).path("messages").path(0).path("content").asText();
                String content;
                if (prompt.startsWith(AuthorPrompt.HEADING)) {
                    int round = authoringRequests.size();
                    authoringRequests.add(prompt);
                    content = "Here is the bootcamp.\n\n```java\n" + files.get(Math.min(round, files.size() - 1)) + "```\n";
                } else {
                    Matcher number = NUMBER.matcher(prompt);
                    int sum = number.find() ? number.group(1).chars().map(digit -> digit - '0').sum() : -1;
                    boolean right = halfRight && calibrationRequests.getAndIncrement() % 2 == 0;
                    if (!halfRight) {
                        calibrationRequests.incrementAndGet();
                    }
                    content = "<think>Adding the digits.</think><answer>" + (right ? sum : sum + 1) + "</answer>";
                }
                byte[] bytes = Json.write(Map.of("choices", List.of(Map.of("message", Map.of("role", "assistant", "content", content))),
                        "usage", Map.of("prompt_tokens", prompt.length() / 4, "completion_tokens", content.length() / 4)))
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        });
        server.start();
    }

    private static Path writeCatalogueFile(Path root, String source) throws IOException {
        Path file = root.resolve(CATALOGUE_PATH + "SumOfDigitsBootcamp.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        return file;
    }

    private static String sumOfDigits() {
        try (InputStream in = AgentTest.class.getResourceAsStream(SUM_OF_DIGITS)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int lineOf(String source, String text) {
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not in the source");
    }

    private static List<String> findings(JsonNode report) {
        List<String> found = new ArrayList<>();
        report.path("static").forEach(finding -> found.add(finding.path("rule").asText() + "@" + finding.path("line").asInt()));
        return found;
    }
}
