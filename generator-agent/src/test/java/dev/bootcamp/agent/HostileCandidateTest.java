package dev.bootcamp.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bootcamp.agent.sandbox.SandboxRequest;
import dev.bootcamp.agent.sandbox.SandboxResult;
import dev.bootcamp.agent.sandbox.SandboxRunner;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Candidates written as an attacker would (issue 11): each is refused by the static checks or contained by the
 * sandboxed child, writes nothing outside it, and still yields a report.
 */
class HostileCandidateTest {
    private static final String GOOD_SOLVE = "return new Answer(digitSum(puzzle.number()));";
    private static final String GENERATE = "public Puzzle generate(Knobs knobs, RandomGenerator random) {";

    @TempDir
    Path folder;

    @Test
    void unicodeEscapedRuntimeIsSeenAndNotRun() {
        Path marker = folder.resolve("runtime-marker");
        assertRefusedBeforeRunning(payload("\\u0052untime.getRuntime().exec(new String[] {\"touch\", \"" + marker + "\"});"), marker);
    }

    @Test
    void anEscapedNewlineEndsTheCommentAsForTheCompiler() {
        Path marker = folder.resolve("comment-marker");
        assertRefusedBeforeRunning(payload("// harmless \\u000a new ProcessBuilder(\"touch\", \"" + marker + "\").start();"), marker);
    }

    @Test
    void fullyQualifiedTypesOffTheAllowListAreFindings() {
        Path marker = folder.resolve("writer-marker");
        ValidationReport report = assertRefusedBeforeRunning(payload("new java.io.PrintWriter(\"" + marker + "\").close();"), marker);
        assertThat(report.findings()).anySatisfy(finding -> assertThat(finding.message()).contains("java.io.PrintWriter"));
    }

    @Test
    void reflectionThroughJavaBeansIsAFinding() {
        Path marker = folder.resolve("beans-marker");
        String reflective = "Object builder = new java.beans.Expression(new java.beans.Expression(Object.class, \"forName\","
                + " new Object[] {\"java.lang.ProcessBuilder\"}).getValue(), \"new\", new Object[] {new String[] {\"touch\", \""
                + marker + "\"}}).getValue(); new java.beans.Expression(builder, \"start\", new Object[0]).getValue();";
        assertRefusedBeforeRunning(payload(reflective), marker);
    }

    @Test
    void anEscapedExitIsAFindingAndTheReportSurvives() {
        ValidationReport report = assertRefusedBeforeRunning(payload("System.\\u0065xit(42);"), folder.resolve("none"));
        assertThat(report.findings()).extracting(Finding::rule).contains("environment");
    }

    @Test
    void runawayThreadsAreKilledWithTheChildAtTheLimit() {
        SandboxRunner runner = SandboxRunner.detect(ProjectClasspath.entries(), true);
        // Parallel streams start pool threads without naming Thread; each spins for ever.
        String spin = "java.util.stream.IntStream.range(0, 4).parallel().forEach(i -> { long n = i; while (n >= 0) { n = n + 1 > 0 ? n + 1 : 0; } });";
        ValidationReport report = new Validator(Catalog.load(), runner).validateSource("SumOfDigitsBootcamp.java", payload(spin),
                Validator.Options.defaults().withSeedsPerLevel(1).withTimeout(Duration.ofSeconds(20)));
        assertThat(report.findings()).isEmpty();
        assertThat(report.contract().status()).isEqualTo(ValidationReport.Status.ERROR);
        assertThat(report.contract().note()).contains("did not finish within 20 s").contains("killed");
        assertThat(report.passed()).isFalse();
    }

    @Test
    void theSandboxOutlivesExitAndKeepsWritesInside() throws IOException {
        assumeTrue(SandboxRunner.sandboxProblemForTests().isEmpty(), "bubblewrap is not usable here");
        Path marker = folder.resolve("exit-marker");
        String source = payload("try { java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker + "\"), \"x\"); }"
                + " catch (Exception e) { } System.exit(42);");
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(List.of(new InMemoryCompiler.Source("SumOfDigitsBootcamp.java", source)),
                ProjectClasspath.entries());
        assertThat(compiled.errors()).isEmpty();
        SandboxRequest request = SandboxRequest.contract(compiled.classes(), "dev.bootcamp.camps.math.SumOfDigitsBootcamp", "", "", 1, List.of(1), -1, 10);
        SandboxRunner runner = SandboxRunner.detect(ProjectClasspath.entries(), false);
        assertThat(runner.mode()).isEqualTo(SandboxRunner.Mode.SANDBOXED);
        SandboxRunner.Outcome outcome = runner.run(request, Duration.ofSeconds(120));
        assertThat(outcome.result()).isNull();
        assertThat(outcome.problem()).contains("exit 42").contains("without a result");
        assertThat(marker).doesNotExist();
    }

    @Test
    void aForgedResultOnTheChildsOutputIsNotRead() {
        // A PASS as the child would write it, printed by the candidate to the real standard output with a guessed nonce
        // and with none; the child's own System.out goes nowhere, and the parent reads only the line with its nonce.
        String pass = Json.write(new SandboxResult("sum-of-digits", "math", "contract", true, "", 200, 1, List.of(), null, List.of(), List.of()))
                .replace("\\", "\\\\").replace("\"", "\\\"");
        String forge = "java.io.PrintStream real = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true);"
                + " real.println(\"" + pass + "\"); real.println(\"0123456789abcdef " + pass + "\"); System.out.println(\"" + pass + "\");"
                + " Runtime.getRuntime().halt(0);";
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(List.of(new InMemoryCompiler.Source("SumOfDigitsBootcamp.java", payload(forge))),
                ProjectClasspath.entries());
        assertThat(compiled.errors()).isEmpty();
        SandboxRequest request = SandboxRequest.contract(compiled.classes(), "dev.bootcamp.camps.math.SumOfDigitsBootcamp", "", "", 1, List.of(1), -1, 10);
        SandboxRunner.Outcome outcome = SandboxRunner.detect(ProjectClasspath.entries(), true).run(request, Duration.ofSeconds(120));
        assertThat(outcome.result()).isNull();
        assertThat(outcome.problem()).contains("exit 0").contains("without a result");
    }

    @Test
    void withoutASandboxTheCandidateIsCompiledButNotRun() {
        SandboxRunner refused = SandboxRunner.detect(ProjectClasspath.entries(), false);
        assumeTrue(refused.mode() == SandboxRunner.Mode.REFUSED, "a sandbox works here; the refusal path is covered where none does");
        ValidationReport report = new Validator(Catalog.load(), refused).validateSource("SumOfDigitsBootcamp.java", sumOfDigits(),
                Validator.Options.defaults().withSeedsPerLevel(1));
        assertThat(report.contract().status()).isEqualTo(ValidationReport.Status.NOT_RUN);
        assertThat(report.contract().note()).contains("--unsandboxed");
    }

    private ValidationReport assertRefusedBeforeRunning(String source, Path marker) {
        ValidationReport report = new Validator(Catalog.load(), SandboxRunner.detect(ProjectClasspath.entries(), true))
                .validateSource("SumOfDigitsBootcamp.java", source, Validator.Options.defaults().withSeedsPerLevel(1).withTimeout(Duration.ofSeconds(60)));
        assertThat(report.findings()).as(report.summary()).isNotEmpty();
        assertThat(report.contract().status()).as(report.summary()).isIn(ValidationReport.Status.NOT_RUN, ValidationReport.Status.ERROR);
        assertThat(report.passed()).isFalse();
        assertThat(marker).doesNotExist();
        return report;
    }

    /** The sum-of-digits bootcamp with {@code statement} run first thing in generate. */
    private static String payload(String statement) {
        String source = sumOfDigits();
        assertThat(source).contains(GENERATE);
        return source.replace(GENERATE, GENERATE + "\n        " + statement);
    }

    private static String sumOfDigits() {
        try (InputStream in = HostileCandidateTest.class.getResourceAsStream("/agent/SumOfDigitsBootcamp.java")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
