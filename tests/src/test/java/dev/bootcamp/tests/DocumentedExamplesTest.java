package dev.bootcamp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.core.Json;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code bootcamp} example in README.md, docs/*.md and the commands' {@code --help} runs as written: each is
 * run as its own process (a fresh JVM on this module's class path) in one working folder, in document order, so
 * {@code new} makes the file a later {@code validate} reads; an example shown in several places runs once. Counts above {@value #MOST_CASES} are scaled down (the
 * flags and ids are what drift; the test name says so). The few that cannot run offline are listed in
 * {@link #NOT_RUN} with the reason, and each entry must still match an example.
 */
class DocumentedExamplesTest {
    private static final int MOST_CASES = 50;
    private static final Path ROOT = Path.of("..");
    private static final List<String> COMMANDS = List.of("list", "show", "generate", "export", "verify", "check", "bench", "eval",
            "report", "serve", "new", "validate", "author", "play");
    private static final Pattern FENCE = Pattern.compile("```(?:bash|sh|console)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern COUNT = Pattern.compile("^(--count|--train|--test|-n)$");

    /** Examples not run here, each with the reason; a key is a substring of the example. */
    static final Map<String, String> NOT_RUN = notRun();

    private static Map<String, String> notRun() {
        Map<String, String> reasons = new LinkedHashMap<>();
        reasons.put("--engine spark", "needs the Spark engine, which is not on this module's class path; spark-engine's tests run these flags");
        reasons.put("bootcamp eval ", "needs a model endpoint; EvalTest runs eval's flags against a scripted endpoint on loopback");
        reasons.put("bootcamp author ", "needs a model endpoint; AgentTest runs author's flags against a scripted endpoint on loopback");
        reasons.put("bootcamp report ", "reads the folders of earlier eval runs; EvalTest runs report on them");
        reasons.put("bootcamp serve", "runs until stopped; BridgeServerTest starts the same server");
        reasons.put("bootcamp bench", "measures for minutes (every bootcamp, or a running server); CliTest runs bench on one bootcamp");
        reasons.put("bootcamp check --all", "the whole catalogue's contract; CatalogContractTest runs it");
        reasons.put("~/", "a folder in the reader's home");
        reasons.put(" FILE ", "FILE is a placeholder");
        return reasons;
    }

    @TempDir
    static Path work;

    record Example(String source, String line) {}

    @TestFactory
    Stream<DynamicTest> everyExampleRuns() throws IOException {
        stageInputs();
        // An example shown in several places runs once, where it first appears (a second `new` would find its file).
        Map<String, Example> distinct = new LinkedHashMap<>();
        examples().forEach(example -> distinct.putIfAbsent(example.line(), example));
        return distinct.values().stream().filter(example -> reason(example) == null).map(example -> {
            List<String> args = arguments(example.line());
            boolean scaled = scale(args);
            String name = example.source() + ": " + example.line() + (scaled ? " (counts scaled to " + MOST_CASES + ")" : "");
            return DynamicTest.dynamicTest(name, () -> {
                Run run = run(args);
                // 3 is a verification or contract failure: the documented outcome of validating a fresh skeleton.
                assertThat(run.code()).as("%s%n%s", example.line(), run.output()).isIn(0, 3);
                assertThat(run.output()).as(example.line()).doesNotContain("internal error").doesNotContain("\tat ");
            });
        });
    }

    @Test
    void everyExemptionNamesAnExampleAndEveryCommandHasOne() throws IOException {
        List<Example> all = examples();
        NOT_RUN.forEach((key, reason) -> assertThat(all).as("exemption '%s' matches no example", key)
                .anyMatch(example -> (" " + example.line() + " ").contains(key)));
        for (String command : COMMANDS) {
            assertThat(all).as("bootcamp %s has no example", command).anyMatch(example -> example.line().startsWith("bootcamp " + command));
        }
    }

    /** bootcamp lines of the docs' fenced shell blocks and of every command's help footer, continuations joined. */
    static List<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        for (Path doc : docs) {
            Matcher fence = FENCE.matcher(Files.readString(doc, StandardCharsets.UTF_8));
            while (fence.find()) {
                for (String line : joined(fence.group(1).lines().toList())) {
                    add(examples, ROOT.relativize(doc).toString(), line);
                }
            }
        }
        for (String command : COMMANDS) {
            List<String> help = Cli.run(command, "--help").out().lines().toList();
            int start = help.indexOf("Examples:");
            assertThat(start).as("bootcamp %s --help has an Examples: section", command).isNotNegative();
            for (String line : joined(help.subList(start + 1, help.size()))) {
                add(examples, "bootcamp " + command + " --help", line);
            }
        }
        return examples;
    }

    private static List<String> joined(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            current.append(current.length() == 0 ? line.strip() : " " + line.strip());
            if (current.toString().endsWith("\\")) {
                current.setLength(current.length() - 1);
                continue;
            }
            out.add(current.toString().strip());
            current.setLength(0);
        }
        return out;
    }

    private static void add(List<Example> examples, String source, String text) {
        String line = text.startsWith("$ ") ? text.substring(2) : text;
        line = line.startsWith("./") ? line.substring(2) : line;
        if (!line.startsWith("bootcamp ")) {
            return;
        }
        // A shell comment (" # ...") or a note in brackets after two spaces ("  (then: ...)") is not part of the command.
        Matcher note = Pattern.compile("(\\s+#\\s|\\s{2,}\\().*$").matcher(line);
        examples.add(new Example(source, note.replaceFirst("").strip()));
    }

    private static String reason(Example example) {
        String padded = " " + example.line() + " ";
        return NOT_RUN.entrySet().stream().filter(entry -> padded.contains(entry.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** Shell words: single and double quotes group, nothing is expanded. */
    static List<String> arguments(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : line.substring("bootcamp ".length()).toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean scale(List<String> args) {
        boolean scaled = false;
        for (int i = 0; i + 1 < args.size(); i++) {
            if (COUNT.matcher(args.get(i)).matches() && args.get(i + 1).matches("\\d+") && Long.parseLong(args.get(i + 1)) > MOST_CASES) {
                args.set(i + 1, String.valueOf(MOST_CASES));
                scaled = true;
            }
        }
        return scaled;
    }

    /** The files the verify examples read: cases, and responses that answer each with its gold answer. */
    private static void stageInputs() throws IOException {
        Path cases = work.resolve("cases.jsonl");
        assertThat(Cli.run("generate", "--mix", "arithmetic:1,knapsack:1", "--count", "6", "--out", cases.toString()).code()).isZero();
        StringBuilder responses = new StringBuilder();
        for (String line : Files.readAllLines(cases, StandardCharsets.UTF_8)) {
            JsonNode record = Json.readTree(line);
            responses.append(Json.write(Map.of("id", record.get("id").asText(), "response",
                    "<answer>" + record.get("answer_text").asText() + "</answer>"))).append('\n');
        }
        Files.writeString(work.resolve("responses.jsonl"), responses, StandardCharsets.UTF_8);
        Files.writeString(work.resolve("answers.jsonl"), responses, StandardCharsets.UTF_8);
    }

    record Run(int code, String output) {}

    private static Run run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "dev.bootcamp.cli.Main"));
        command.addAll(args);
        File log = work.resolve("example.log").toFile();
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).redirectOutput(log).start();
        process.getOutputStream().close(); // an example that reads standard input (play) sees its end at once
        // A hang guard only (generous); no example is timed.
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Run(-1, "did not finish within 300 s");
        }
        return new Run(process.exitValue(), Files.readString(log.toPath(), StandardCharsets.UTF_8));
    }
}
