package dev.bootcamp.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Verdict;
import dev.bootcamp.core.CaseRandom;
import dev.bootcamp.core.GenerationException;
import dev.bootcamp.core.Json;
import dev.bootcamp.core.TypedBootcamp;
import dev.bootcamp.scripts.ScriptBootcamp;
import dev.bootcamp.scripts.ScriptBudget;
import dev.bootcamp.scripts.ScriptException;
import dev.bootcamp.scripts.ScriptFailure;
import dev.bootcamp.scripts.ScriptLoader;
import dev.bootcamp.scripts.ScriptSource;
import dev.bootcamp.testkit.Conformance;
import dev.bootcamp.testkit.ConformanceReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Script bootcamps: the built-in scripts pass the contract, the sandbox refuses what it should, plugins reach the CLI. */
class ScriptBootcampTest {
    private static final Path RESOURCES = Path.of("../bootcamp-scripts/src/main/resources/dev/bootcamp/scripts");
    private static final ScriptBudget SHORT = new ScriptBudget(60_000, 500, 500);

    @TempDir
    Path folder;

    @TestFactory
    Stream<DynamicNode> everyBuiltInScriptPassesEveryLaw() throws Exception {
        List<ScriptBootcamp> scripts = ScriptLoader.builtIn(getClass().getClassLoader());
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(5);
        Conformance.Options options = Conformance.Options.defaults().withSeedsPerLevel(Integer.getInteger("contract.seeds", 20));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<ConformanceReport>> reports = new ArrayList<>();
            for (ScriptBootcamp script : scripts) {
                reports.add(pool.submit(() -> Conformance.check(() -> script.fresh().started(), options)));
            }
            List<DynamicNode> nodes = new ArrayList<>();
            for (Future<ConformanceReport> future : reports) {
                ConformanceReport report = future.get();
                nodes.add(DynamicContainer.dynamicContainer(report.bootcamp(), KnownOffenders.lawTests(report)));
            }
            return nodes.stream();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theIndexListsEveryBuiltInScript() throws IOException {
        Set<String> files;
        try (Stream<Path> listing = Files.list(RESOURCES)) {
            files = listing.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".py")).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> indexed = ScriptLoader.builtIn(getClass().getClassLoader()).stream().map(script -> script.source().file())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(indexed).isEqualTo(files);
    }

    @Test
    void scriptIdsDoNotClashWithTheJavaCatalogue() {
        assertThat(ScriptLoader.extend(dev.bootcamp.core.Catalog.load(), getClass().getClassLoader(), List.of()).ids())
                .contains("python-output", "function-return", "regex-apply", "cage-combinations", "wordle-feedback");
    }

    @Test
    void importingOsIsRefusedAtLoadNamingFileAndLine() {
        assertRefused(script("import math\nimport os\n"), "probe.py line " + (headerLines() + 2), "import of 'os' is not allowed");
        assertRefused(script("from os import path\n"), "probe.py line " + (headerLines() + 1), "import of 'os' is not allowed");
        assertRefused(script("import random\n"), "probe.py line " + (headerLines() + 1), "rng passed to generate");
    }

    @Test
    void openIsRefusedAtLoadNamingFileAndLine() {
        assertRefused(script("\ndef helper():\n    return open('/etc/passwd').read()\n"), "probe.py line " + (headerLines() + 3),
                "'open' is not allowed");
        assertRefused(script("def helper(text):\n    return eval(text)\n"), "probe.py line " + (headerLines() + 2), "'eval' is not allowed");
    }

    @Test
    void importingJavaIsRefusedAtLoadNamingFileAndLine() {
        assertRefused(script("import java.lang\n"), "probe.py line " + (headerLines() + 1), "import of 'java.lang' is not allowed");
        assertRefused(script("from java.lang import System\n"), "probe.py line " + (headerLines() + 1), "cannot reach Java");
        assertRefused(script("def leak(x):\n    return x.getClass()\n"), "probe.py line " + (headerLines() + 2), "'getClass' is not allowed");
        assertRefused(script("def leak(x):\n    return x.__class__\n"), "probe.py line " + (headerLines() + 2), "'__class__' is not allowed");
    }

    @Test
    void dynamicRoutesAroundTheRulesFailAtRunTimeNamingFileAndLine() {
        ScriptBootcamp escape = new ScriptBootcamp(ScriptSource.read("probe.py", script(
                "def generate(knobs, rng):\n    return str(getattr(rng, '__cla' + 'ss__'))\n")));
        assertThatThrownBy(() -> escape.generate(escape.atLevel(1), new CaseRandom(1)))
                .isInstanceOf(ScriptFailure.class)
                .hasMessageContaining("probe.py line " + (headerLines() + 2))
                .hasMessageContaining("AttributeError")
                .hasMessageContaining("'__class__' is not allowed");
        ScriptBootcamp hidden = new ScriptBootcamp(ScriptSource.read("probe.py", script(
                "import operator\ndef generate(knobs, rng):\n    return str(operator.attrgetter)\n")));
        assertThatThrownBy(() -> hidden.generate(hidden.atLevel(1), new CaseRandom(1)))
                .isInstanceOf(ScriptFailure.class).hasMessageContaining("has no attribute 'attrgetter'");
    }

    @Test
    void aScriptErrorNamesFileLineAndException() {
        ScriptBootcamp broken = new ScriptBootcamp(ScriptSource.read("probe.py", script(
                "def generate(knobs, rng):\n    total = 1\n    return missing_name + total\n")));
        assertThatThrownBy(() -> broken.generate(broken.atLevel(1), new CaseRandom(1)))
                .isInstanceOf(ScriptFailure.class)
                .hasMessage("probe.py line " + (headerLines() + 3) + ": NameError: global name 'missing_name' is not defined (in generate)");
        TypedBootcamp<JsonNode, JsonNode> typed = TypedBootcamp.of(broken);
        assertThatThrownBy(() -> typed.generate(broken.atLevel(1), 7)).isInstanceOf(GenerationException.class)
                .hasMessageContaining("seed 7").hasMessageContaining("NameError");
    }

    @Test
    void aLoopThatNeverEndsFailsWithinTheBudget() {
        ScriptBootcamp forever = new ScriptBootcamp(ScriptSource.read("probe.py", script(
                "def generate(knobs, rng):\n    count = 0\n    while True:\n        count += 1\n")), SHORT).started();
        // The budget itself is the script host's clock; the test asserts only that it is what stops the loop.
        assertThatThrownBy(() -> forever.generate(forever.atLevel(1), new CaseRandom(1)))
                .isInstanceOf(ScriptFailure.class).hasMessage("probe.py: generate() ran over its time budget of 500 ms (CPU time)");
        ScriptBootcamp stubborn = new ScriptBootcamp(ScriptSource.read("probe.py", script(
                "def generate(knobs, rng):\n    while True:\n        try:\n            while True:\n                pass\n"
                        + "        except Exception:\n            pass\n")), SHORT).started();
        assertThatThrownBy(() -> stubborn.generate(stubborn.atLevel(1), new CaseRandom(1)))
                .isInstanceOf(ScriptFailure.class).hasMessageContaining("time budget of 500 ms");
    }

    @Test
    void aCheckThatNeverEndsIsMalformedThroughThePipeline() {
        ScriptBootcamp slow = new ScriptBootcamp(ScriptSource.read("probe.py", script(
                "def check(puzzle, answer):\n    while True:\n        pass\n")), SHORT).started();
        TypedBootcamp<JsonNode, JsonNode> typed = TypedBootcamp.of(slow);
        JsonNode puzzle = typed.generate(slow.atLevel(1), 1);
        Score score = typed.verify(puzzle, "<answer>3</answer>", AnswerStyle.TAGS);
        assertThat(score.verdict()).isEqualTo(Verdict.MALFORMED);
        assertThat(score.detail()).contains("check() ran over its time budget");
    }

    @Test
    void parseRaisingValueErrorIsAnAnswerFormatExceptionAndMalformed() {
        ScriptBootcamp bootcamp = new ScriptBootcamp(ScriptSource.read("probe.py", script("")));
        assertThatThrownBy(() -> bootcamp.parse("seven")).isInstanceOf(AnswerFormatException.class).hasMessage("expected digits");
        TypedBootcamp<JsonNode, JsonNode> typed = TypedBootcamp.of(bootcamp);
        JsonNode puzzle = typed.generate(bootcamp.atLevel(3), 5);
        assertThat(typed.verify(puzzle, "<answer>seven</answer>", AnswerStyle.TAGS).verdict()).isEqualTo(Verdict.MALFORMED);
        assertThat(typed.verify(puzzle, "<answer>" + bootcamp.render(bootcamp.solve(puzzle)) + "</answer>", AnswerStyle.TAGS).passed()).isTrue();
    }

    @Test
    void aMalformedInfoIsRefusedWithTheKeyNamed() {
        String text = script("").replace("'answer_shape'", "'answer_shap'");
        assertThatThrownBy(() -> ScriptSource.read("probe.py", text)).isInstanceOf(ScriptException.class)
                .hasMessageContaining("probe.py line 1: INFO has an unknown key 'answer_shap'; did you mean 'answer_shape'?");
        assertThatThrownBy(() -> ScriptSource.read("other.py", script(""))).isInstanceOf(ScriptException.class)
                .hasMessageContaining("must be named probe.py");
    }

    @Test
    void pluginFolderScriptsAreListedAndCheckedThroughTheCommandLine() throws IOException {
        Path plugins = Files.createDirectories(folder.resolve("plugins"));
        Files.writeString(plugins.resolve("probe.py"), script(""), StandardCharsets.UTF_8);
        Cli list = Cli.run("list", "--plugins", plugins.toString());
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("probe", "python-output");
        Cli show = Cli.run("--plugins", plugins.toString(), "show", "probe");
        assertThat(show.code()).as(show.err()).isZero();
        assertThat(show.out()).contains("Gold answer:");
        Cli check = Cli.run("check", "probe", "--plugins", plugins.toString(), "--seeds", "3", "--fuzz", "200");
        assertThat(check.code()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("PASS probe");
        Cli generate = Cli.run("generate", "probe", "--count", "2", "--plugins", plugins.toString());
        assertThat(generate.code()).as(generate.err()).isZero();
        assertThat(Json.readTree(generate.out().lines().findFirst().orElseThrow()).get("bootcamp").asText()).isEqualTo("probe");
    }

    @Test
    void aBadPluginFailsTheCommandWithOneLineNamingFileAndLine() throws IOException {
        Path plugins = Files.createDirectories(folder.resolve("bad"));
        Path bad = plugins.resolve("probe.py");
        Files.writeString(bad, script("import subprocess\n"), StandardCharsets.UTF_8);
        Cli result = Cli.run("list", "--plugins", plugins.toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err().strip()).startsWith("bootcamp: " + bad + " line " + (headerLines() + 1) + ": import of 'subprocess' is not allowed");
        assertThat(result.err().strip().lines().count()).isEqualTo(1);
        Cli missing = Cli.run("list", "--plugins", folder.resolve("nowhere").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist");
    }

    private static void assertRefused(String text, String where, String message) {
        assertThatThrownBy(() -> ScriptSource.read("probe.py", text)).isInstanceOf(ScriptException.class)
                .hasMessageStartingWith(where + ": ").hasMessageContaining(message);
    }

    private static final String HEADER = """
            INFO = {'id': 'probe', 'title': 'Probe', 'domain': 'math', 'tags': ['test'], 'version': 1,
                    'summary': 'Say the number; a test script.', 'answer_shape': 'one integer',
                    'knobs': [{'name': 'size', 'type': 'int', 'min': 1, 'max': 10, 'default': 2, 'meaning': 'how large'}],
                    'levels': [{'size': 1}, {'size': 2}, {'size': 3}, {'size': 4}, {'size': 5},
                               {'size': 6}, {'size': 7}, {'size': 8}, {'size': 9}, {'size': 10}]}
            """;

    private static final List<String> FUNCTIONS = List.of(
            "def generate(knobs, rng):\n    low = 10 ** (knobs['size'] * 3 // 2 + 2)\n    return {'n': rng.randint(low, 10 * low - 1)}\n",
            "def question(puzzle):\n    return 'What is three times %d?' % puzzle['n']\n",
            "def solve(puzzle):\n    return puzzle['n'] * 3\n",
            "def render(answer):\n    return str(answer)\n",
            "def parse(text):\n    if not text.strip().isdigit() or len(text.strip()) > 30:\n        raise ValueError('expected digits')\n"
                    + "    return int(text.strip())\n",
            "def check(puzzle, answer):\n    return (1, 'right') if answer == puzzle['n'] * 3 else (0, 'wrong')\n",
            "def near_misses(puzzle, gold, rng):\n    return [gold + 1]\n",
            "def cost(puzzle):\n    return len(str(puzzle['n']))\n");

    private static int headerLines() {
        return (int) HEADER.lines().count();
    }

    /** The probe script: the header, then {@code body} (at line headerLines() + 1), then the functions it does not define. */
    private static String script(String body) {
        StringBuilder text = new StringBuilder(HEADER).append(body);
        for (String function : FUNCTIONS) {
            String name = function.substring(4, function.indexOf('('));
            if (!body.contains("def " + name + "(")) {
                text.append('\n').append(function);
            }
        }
        return text.toString();
    }
}
