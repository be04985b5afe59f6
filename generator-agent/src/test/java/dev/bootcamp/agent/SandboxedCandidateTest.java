package dev.bootcamp.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.agent.sandbox.SandboxRunner;
import dev.bootcamp.api.Verdict;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.model.ChatModel;
import dev.bootcamp.model.Completion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a candidate passes, {@code author} makes its review sheet and calibration from cases and scores the sandboxed
 * child returns; the candidate's classes are never loaded (so never initialised) in this process.
 */
class SandboxedCandidateTest {
    private static final String CLASS_LINE = "public final class SumOfDigitsBootcamp extends";
    private static final String CLASS_NAME = "dev.bootcamp.camps.math.SumOfDigitsBootcamp";
    private static final Pattern NUMBER = Pattern.compile("digits of the number (\\d+)");

    @TempDir
    Path folder;

    @Test
    void theReviewSheetAndCalibrationNeverLoadTheCandidateHere() throws Exception {
        SandboxRunner runner = SandboxRunner.detect(ProjectClasspath.entries(), true);
        SandboxedCandidate candidate = new Validator(Catalog.load(), runner)
                .candidate("SumOfDigitsBootcamp.java", withMarker(), CLASS_NAME, Duration.ofSeconds(120));

        SandboxedCandidate.Samples samples = candidate.cases(ReviewSheet.wanted());
        String sheet = ReviewSheet.markdown(samples, "SumOfDigitsBootcamp.java", passed(), null);
        assertThat(sheet).contains("# Review: sum-of-digits").contains("- class: `" + CLASS_NAME + "`").contains("| digits | ")
                .contains("## Level 1").contains("## Level 5").contains("## Level 10").contains("Add up the decimal digits of the number");
        assertThat(samples.cases()).extracting(record -> record.level()).containsExactly(1, 5, 10);

        // Every other request gets the right sum, so the candidate's own checker must score exactly half as correct.
        int[] asked = new int[1];
        ChatModel model = prompt -> {
            Matcher number = NUMBER.matcher(prompt);
            assertThat(number.find()).isTrue();
            int sum = number.group(1).chars().map(digit -> digit - '0').sum();
            boolean right;
            synchronized (asked) {
                right = asked[0]++ % 2 == 0;
            }
            return new Completion("<answer>" + (right ? sum : sum + 1) + "</answer>", 0, 0, 0, 1);
        };
        Calibration.Result calibration = Calibration.run(candidate, model, 10, new Calibration.Band(0.2, 0.8), 1);
        assertThat(calibration.answered()).isEqualTo(10);
        assertThat(calibration.solved()).isEqualTo(5);
        assertThat(calibration.samples()).extracting(Calibration.Sample::verdict).containsOnly(Verdict.CORRECT, Verdict.WRONG);

        assertThat(folder.resolve("marker-" + ProcessHandle.current().pid())).doesNotExist();
        List<String> markers;
        try (Stream<Path> files = Files.list(folder)) {
            markers = files.map(path -> path.getFileName().toString()).toList();
        }
        if (runner.mode() == SandboxRunner.Mode.SANDBOXED) {
            assertThat(markers).as("the sandboxed child cannot write here").isEmpty();
        } else {
            assertThat(markers).as("the plain child ran the initialiser, in a process of its own").isNotEmpty().allMatch(name -> name.startsWith("marker-"));
        }
    }

    @Test
    void aCandidateThatCannotMakeItsCasesIsAOneLineError() {
        String broken = sumOfDigits().replace("return new Puzzle(number.toString());", "throw new IllegalStateException(\"no puzzle today\");");
        SandboxedCandidate candidate = new Validator(Catalog.load(), SandboxRunner.detect(ProjectClasspath.entries(), true))
                .candidate("SumOfDigitsBootcamp.java", broken, CLASS_NAME, Duration.ofSeconds(120));
        assertThatThrownBy(() -> candidate.cases(ReviewSheet.wanted())).isInstanceOf(AgentException.class)
                .hasMessageContaining("cannot make sample cases").hasMessageContaining("no puzzle today").hasMessageNotContaining("\n");
    }

    /** The sum-of-digits bootcamp with a static initialiser that writes {@code marker-PID} into the test's folder. */
    private String withMarker() {
        String source = sumOfDigits();
        assertThat(source).contains(CLASS_LINE);
        int body = source.indexOf('{', source.indexOf(CLASS_LINE)) + 1;
        String initialiser = "\n    static {\n        try {\n            java.nio.file.Files.writeString(java.nio.file.Path.of(\""
                + folder + "/marker-\" + ProcessHandle.current().pid()), \"loaded\");\n        } catch (Exception e) {\n        }\n    }\n";
        return source.substring(0, body) + initialiser + source.substring(body);
    }

    private AuthoringLoop.Attempt passed() {
        ValidationReport.Contract contract = new ValidationReport.Contract(ValidationReport.Status.PASSED, "", 30, 3, List.of(1, 5, 10), 0, 1.0,
                List.of());
        ValidationReport report = new ValidationReport("SumOfDigitsBootcamp.java", false, "sum-of-digits", CLASS_NAME,
                List.of("SumOfDigitsBootcamp.java"), List.of(), List.of(), contract);
        return new AuthoringLoop.Attempt(1, 1, "SumOfDigitsBootcamp.java", withMarker(), report, null, folder.resolve("round-1"));
    }

    private static String sumOfDigits() {
        try (InputStream in = SandboxedCandidateTest.class.getResourceAsStream("/agent/SumOfDigitsBootcamp.java")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
