package dev.bootcamp.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.core.TypedBootcamp;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The law "bounded at the edges": every knob at the ends of its range, and all at their max, stay in the budget. */
class EdgeLawTest {
    /** Small budgets, so that the slow edge (which works far longer) is over them whatever the machine. */
    private static final Conformance.Options OPTIONS = new Conformance.Options(20_251_126L, 5, IntStream.rangeClosed(1, 10).boxed().toList(), 50, 40,
            250, 24_000, -1);

    @Test
    void theEdgesAreEachKnobAtItsEndsFromTheLevelTenPreset() {
        List<String> labels = KnobEdges.of(new Sleepy(100)).stream().map(KnobEdges.Edge::label).toList();
        assertThat(labels).containsExactly("size=1", "size=100", "fast=false", "fast=true", "every knob at its max");
        KnobEdges.Edge all = KnobEdges.of(new Sleepy(100)).get(4);
        assertThat(all.knobs().integer("size")).isEqualTo(100);
        assertThat(all.knobs().flag("fast")).isTrue();
    }

    @Test
    void aKnobMaximumOverTheBudgetIsReported() {
        List<String> failures = new ArrayList<>();
        EdgeLaw.check(TypedBootcamp.of(new Sleepy(100)), OPTIONS, failures::add);
        assertThat(failures).isNotEmpty();
        assertThat(failures.get(0)).contains("size=100").contains("over the edge budget of 100 ms");
        ConformanceReport report = Conformance.check(() -> new Sleepy(100), OPTIONS);
        assertThat(report.failures(Law.BUDGETS)).extracting(ConformanceReport.Failure::message).anyMatch(message -> message.startsWith("at the edge size=100"));
    }

    @Test
    void aNarrowedRangeKeepsTheLaw() {
        List<String> failures = new ArrayList<>();
        long slowest = EdgeLaw.check(TypedBootcamp.of(new Sleepy(99)), OPTIONS, failures::add);
        assertThat(failures).isEmpty();
        assertThat(slowest).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aFailureAtTheEdgeIsReportedWithItsReason() {
        List<String> failures = new ArrayList<>();
        EdgeLaw.check(TypedBootcamp.of(new Sleepy(98)), OPTIONS, failures::add);
        assertThat(failures).hasSize(2).first().asString().contains("size=98").contains("making the case failed").contains("no puzzle at 98");
    }

    /** Echoes a number; making a case at size 100 works well past the test budget, size 98 throws. */
    static final class Sleepy implements Bootcamp<Integer, Integer> {
        private final BootcampInfo info;

        Sleepy(int max) {
            info = BootcampInfo.builder("sleepy").title("Sleepy").domain("math").tags("fixture").summary("Repeat the number.")
                    .knob(Knob.integer("size", 1, max, 1, "how slow"))
                    .knob(Knob.flag("fast", false, "unused"))
                    .answerShape("one integer").build();
        }

        @Override
        public BootcampInfo info() {
            return info;
        }

        @Override
        public Knobs atLevel(int level) {
            return info.defaults().with("size", level);
        }

        @Override
        public Integer generate(Knobs knobs, RandomGenerator random) {
            int size = knobs.integer("size");
            if (size == 98) {
                throw new IllegalStateException("no puzzle at 98");
            }
            if (size == 100) {
                // Budgets count CPU time, so the slow edge works rather than sleeps.
                long end = CpuTime.nanos() + 400_000_000L;
                long spin = 0;
                while (CpuTime.nanos() < end) {
                    spin++;
                }
                return (int) (spin & 1) + random.nextInt(1_000_000);
            }
            return random.nextInt(1_000_000);
        }

        @Override
        public String question(Integer puzzle) {
            return "Repeat the number " + puzzle + " in words of digits.";
        }

        @Override
        public Integer solve(Integer puzzle) {
            return puzzle;
        }

        @Override
        public String render(Integer answer) {
            return Integer.toString(answer);
        }

        @Override
        public Integer parse(String text) {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw new AnswerFormatException("expected an integer");
            }
        }

        @Override
        public Score check(Integer puzzle, Integer answer) {
            return puzzle.equals(answer) ? Score.correct() : Score.wrong("not the number");
        }
    }
}
