package dev.bootcamp.camps.kit.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Verdict;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The kit pieces added for the single-step, conformant and constrained planning tasks, on hand-made cases. */
class PlanningAnalysisKitTest {
    /** A switch world: flip turns a lamp on if the power is on; cut turns the power off; mend turns it on. */
    private static final List<StripsSchema> LAMPS = List.of(
            StripsSchema.of("flip", "?l lamp", "power; dark ?l", "lit ?l", "dark ?l"),
            StripsSchema.of("cut", "?l lamp", "power; lit ?l", "spark ?l", "power"),
            StripsSchema.of("mend", "?l lamp", "spark ?l", "power", "spark ?l"));

    private static StripsProblem lamps(boolean power) {
        StripsProblem.Builder problem = new StripsProblem.Builder().object("a", "lamp").object("b", "lamp").init("dark a").init("dark b");
        if (power) {
            problem.init("power");
        }
        return problem.goal("lit a").goal("lit b").build();
    }

    @Test
    void groundStepsParseApplyAndNameMissingAtoms() {
        GroundStep flip = GroundStep.parse(LAMPS, lamps(true), "flip a");
        assertThat(flip.precondition()).containsExactly("power", "dark a");
        assertThat(flip.missing(Set.of("dark a"))).containsExactly("power");
        assertThat(flip.apply(Set.of("power", "dark a"))).containsExactlyInAnyOrder("power", "lit a");
        assertThat(GroundStep.parse(LAMPS, lamps(true), "flip c")).isNull();
        assertThat(GroundStep.parse(LAMPS, lamps(true), "flip a b")).isNull();
        assertThat(GroundStep.all(LAMPS, lamps(true))).hasSize(6);
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndReplacements() {
        assertThat(PlanEdits.distance(List.of("x", "y", "z"), List.of("x", "y", "z"))).isZero();
        assertThat(PlanEdits.distance(List.of("x", "y", "z"), List.of("x", "z"))).isEqualTo(1);
        assertThat(PlanEdits.distance(List.of("x", "y"), List.of("y", "x"))).isEqualTo(2);
        assertThat(PlanEdits.distance(List.of(), List.of("a", "b", "c"))).isEqualTo(3);
        assertThat(PlanEdits.distance(List.of("a", "b", "c"), List.of("a", "q", "c", "d"))).isEqualTo(2);
    }

    @Test
    void atomsAreReadLenientlyAndBounded() {
        assertThat(AtomCodecs.read("(At Red  Hall), (free left)\n on a b", 10)).containsExactly("at red hall", "free left", "on a b");
        assertThat(AtomCodecs.render(List.of("on a b", "clear c"))).isEqualTo("(on a b), (clear c)");
        assertThatThrownBy(() -> AtomCodecs.read("()(),;", 10)).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> AtomCodecs.read("(a), (b), (c)", 2)).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> AtomCodecs.read("x".repeat(500), 2)).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void aConformantPlanMustWorkFromEveryStart() {
        ConformantWorld world = new ConformantWorld(LAMPS, List.of(lamps(true), lamps(false)), List.of("with power", "without power"));
        // Without power nothing applies, so no plan works from both starts; the replay names the failing start.
        Score score = PlanCheck.withinSteps(world, new Plan(List.of("flip a", "flip b")), 5);
        assertThat(score.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(score.detail()).isEqualTo("step 1 (flip a) is illegal: without power, the precondition (power) is false");
        assertThat(PlanSearch.cheapest(world, 1_000).solved()).isFalse();
        ConformantWorld one = new ConformantWorld(LAMPS, List.of(lamps(true)), List.of("only"));
        assertThat(PlanCheck.withinSteps(one, new Plan(List.of("flip a", "flip b")), 2).verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void aForbiddenAtomBlocksTheStepThatWouldMakeItTrue() {
        StripsProblem problem = new StripsProblem.Builder().object("a", "lamp").object("b", "lamp").init("power").init("lit a")
                .goal("power").goal("spark a").build();
        AvoidingWorld world = new AvoidingWorld(new StripsWorld(LAMPS, problem), List.of("lit b"));
        Score score = PlanCheck.withinSteps(world, new Plan(List.of("cut a")), 3);
        assertThat(score.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(score.detail()).contains("the goal is not reached");
        StripsProblem dark = new StripsProblem.Builder().object("a", "lamp").object("b", "lamp").init("power").init("dark b")
                .goal("lit b").build();
        AvoidingWorld blocked = new AvoidingWorld(new StripsWorld(LAMPS, dark), List.of("lit b"));
        assertThat(PlanCheck.withinSteps(blocked, new Plan(List.of("flip b")), 3).detail())
                .isEqualTo("step 1 (flip b) is illegal: it makes the forbidden atom (lit b) true");
    }

    @Test
    void theOptimumIsProvenByBreadthFirstSearch() {
        // Lamp a is lit and power is off behind a spark; lighting b needs mend then flip: two steps, not one.
        StripsProblem problem = new StripsProblem.Builder().object("a", "lamp").object("b", "lamp").init("spark a").init("dark b")
                .goal("lit b").build();
        StripsWorld world = new StripsWorld(LAMPS, problem);
        PlanSearch.Found found = PlanSearch.cheapest(world, 1_000);
        assertThat(found.plan()).containsExactly("mend a", "flip b");
        assertThat(PlanCheck.optimal(world, new Plan(List.of("mend a", "flip b")), 2, 10, "steps").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(PlanCheck.optimal(world, new Plan(List.of("flip b")), 2, 10, "steps").detail())
                .isEqualTo("step 1 (flip b) is illegal: the precondition (power) is false");
    }

    @Test
    void randomInstancesAreSolvableByTheirWalkAndDeterministic() {
        RandomStrips.Shape shape = new RandomStrips.Shape(4, 3, 1, 4, 6, 2);
        for (int seed = 0; seed < 20; seed++) {
            RandomStrips.Instance instance = RandomStrips.draw(shape, new SplittableRandom(seed));
            assertThat(instance).isEqualTo(RandomStrips.draw(shape, new SplittableRandom(seed)));
            assertThat(PlanCheck.replay(instance.world(), new Plan(instance.walk())).wrong()).isNull();
            RandomStrips.Solved solved = RandomStrips.solved(shape, 1, 20_000, 3, new SplittableRandom(seed));
            assertThat(PlanCheck.replay(solved.instance().world(), new Plan(solved.plan())).wrong()).isNull();
            assertThat(solved.plan().size()).isLessThanOrEqualTo(solved.instance().walk().size());
        }
    }
}
