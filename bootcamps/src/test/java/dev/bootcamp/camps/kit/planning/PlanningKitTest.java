package dev.bootcamp.camps.kit.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanningKitTest {
    private static final List<StripsSchema> GRIPPER = List.of(
            StripsSchema.of("move", "?from room, ?to room", "robot-at ?from", "robot-at ?to", "robot-at ?from"),
            StripsSchema.of("pick", "?b ball, ?r room, ?h hand", "at ?b ?r; robot-at ?r; free ?h", "carry ?b ?h", "at ?b ?r; free ?h"),
            StripsSchema.of("drop", "?b ball, ?r room, ?h hand", "carry ?b ?h; robot-at ?r", "at ?b ?r; free ?h", "carry ?b ?h"));

    /** One red ball in the hall must go to the attic; the robot starts in the hall with both hands free. */
    private static StripsWorld world() {
        StripsProblem problem = new StripsProblem.Builder().object("hall", "room").object("attic", "room").object("red", "ball")
                .object("left", "hand").object("right", "hand").init("robot-at hall").init("free left").init("free right")
                .init("at red hall").goal("at red attic").build();
        return new StripsWorld(GRIPPER, problem);
    }

    @Test
    void aValidStripsPlanReachesTheGoal() {
        Plan plan = new Plan(List.of("pick red hall left", "move hall attic", "drop red attic left"));
        assertThat(PlanCheck.replay(world(), plan).wrong()).isNull();
        assertThat(PlanCheck.optimal(world(), plan, 3, 20, "steps").verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void theFirstIllegalStepIsNamedWithTheFalsePrecondition() {
        Plan plan = new Plan(List.of("move hall attic", "pick red attic left", "drop red attic left"));
        Score score = PlanCheck.withinSteps(world(), plan, 10);
        assertThat(score.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(score.detail()).isEqualTo("step 2 (pick red attic left) is illegal: the precondition (at red attic) is false");
    }

    @Test
    void typesArityAndUnknownNamesAreReported() {
        assertThat(world().apply(world().start(), "pick hall red left").illegal()).isEqualTo("?b must be a ball, but hall is a room");
        assertThat(world().apply(world().start(), "pick red hall").illegal()).isEqualTo("pick takes 3 objects, found 2");
        assertThat(world().apply(world().start(), "jump hall").illegal()).startsWith("there is no action named 'jump'");
        assertThat(world().apply(world().start(), "move hall hall").illegal()).isEqualTo("hall is given for two parameters");
    }

    @Test
    void aPlanThatStopsShortMissesTheGoal() {
        Score score = PlanCheck.withinSteps(world(), new Plan(List.of("pick red hall left", "move hall attic")), 10);
        assertThat(score.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(score.detail()).contains("1 goal atom is false, such as (at red attic)");
    }

    @Test
    void aLongerLegalPlanEarnsPartialCreditAndTheBoundIsKept() {
        Plan detour = new Plan(List.of("move hall attic", "move attic hall", "pick red hall right", "move hall attic", "drop red attic right"));
        Score score = PlanCheck.optimal(world(), detour, 3, 20, "steps");
        assertThat(score.verdict()).isEqualTo(Verdict.PARTIAL);
        assertThat(score.reward()).isEqualTo(0.5 * 3 / 5);
        assertThat(PlanCheck.withinSteps(world(), detour, 4).verdict()).isEqualTo(Verdict.WRONG);
        assertThat(PlanCheck.withinSteps(world(), detour, 5).verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void searchFindsTheThreeStepPlan() {
        PlanSearch.Found found = PlanSearch.cheapest(world(), 1000);
        assertThat(found.plan()).hasSize(3);
        assertThat(PlanCheck.replay(world(), new Plan(found.plan())).wrong()).isNull();
    }

    @Test
    void codecsReadStepsAndLetters() {
        assertThat(PlanCodecs.steps(10).parse("(Pick Red Hall Left)\n(move  hall attic)").steps())
                .containsExactly("pick red hall left", "move hall attic");
        assertThat(PlanCodecs.steps(10).parse("load-truck p1 t1 x, drive_truck t1").steps()).containsExactly("load-truck p1 t1 x", "drive_truck t1");
        assertThatThrownBy(() -> PlanCodecs.steps(2).parse("a, b, c")).isInstanceOf(AnswerFormatException.class);
        assertThat(PlanCodecs.letters("UDLR", 10).parse("u, R d").steps()).containsExactly("U", "R", "D");
        assertThatThrownBy(() -> PlanCodecs.letters("UDLR", 10).parse("UX")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> PlanCodecs.steps(10).parse(" , ;")).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void factsAreASetWithValueEquality() {
        Facts a = Facts.empty(130).with(new int[0], new int[] {3, 70, 129});
        Facts b = Facts.empty(130).with(new int[0], new int[] {129, 3, 70, 5}).with(new int[] {5}, new int[0]);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.next(0)).isEqualTo(3);
        assertThat(a.next(4)).isEqualTo(70);
        assertThat(a.next(130)).isEqualTo(-1);
        assertThat(a.hasAll(new int[] {3, 129})).isTrue();
        assertThat(a.has(5)).isFalse();
    }
}
