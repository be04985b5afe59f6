package dev.bootcamp.camps.kit.boards;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.Score;
import dev.bootcamp.api.Verdict;
import dev.bootcamp.camps.kit.planning.Plan;
import dev.bootcamp.camps.kit.planning.PlanCheck;
import dev.bootcamp.camps.kit.planning.PlanSearch;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BoardsKitTest {
    private static final List<String> OPEN = List.of("...", "...", "...");

    /** Lunar Lockout rules on an open 3 x 3 board: X on a1, a helper A on c1, the target b1. */
    private static SlideWorld lunar() {
        return new SlideWorld(OPEN, "xa", new int[] {0, 2}, 1, false);
    }

    /** Ricochet rules (the rim stops a piece): X on a1, A on c1, B on b3, the target the centre b2. */
    private static SlideWorld ricochet() {
        return new SlideWorld(OPEN, "xab", new int[] {0, 2, 7}, 4, true);
    }

    @Test
    void squaresAreNamedByColumnLetterAndRowNumber() {
        assertThat(Squares.name(0, 0)).isEqualTo("a1");
        assertThat(Squares.of(6, 4)).isEqualTo("c2");
        assertThat(Squares.parse("C2", 3, 4)).isEqualTo(6);
        assertThat(Squares.parse("e1", 3, 4)).isEqualTo(-1);
        assertThat(Squares.parse("a4", 3, 4)).isEqualTo(-1);
        assertThat(Squares.parse("a0", 3, 4)).isEqualTo(-1);
        assertThat(Squares.parse("ab", 3, 4)).isEqualTo(-1);
        assertThat(Squares.labelled(List.of("x.", "#o"))).isEqualTo("  a b\n1 x .\n2 # o");
    }

    @Test
    void directionsReadWordsLettersAndCompassPoints() {
        assertThat(Compass.parse("Up")).isEqualTo(Compass.UP);
        assertThat(Compass.parse("w")).isEqualTo(Compass.LEFT);
        assertThat(Compass.parse("east")).isEqualTo(Compass.RIGHT);
        assertThat(Compass.parse("sideways")).isNull();
        assertThat(Compass.DOWN.opposite()).isEqualTo(Compass.UP);
        assertThat(Compass.ofLetter('R')).isEqualTo(Compass.RIGHT);
    }

    @Test
    void aPieceStopsNextToAnotherAndTheValidPlanIsAccepted() {
        Plan plan = new Plan(List.of("x right"));
        assertThat(PlanCheck.replay(lunar(), plan).wrong()).isNull();
        assertThat(PlanCheck.optimal(lunar(), plan, 1, 10, "moves").verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void slidingOffAnOpenBoardIsIllegalAndTheStepIsNamed() {
        Score score = PlanCheck.withinSteps(lunar(), new Plan(List.of("x right", "a down")), 10);
        assertThat(score.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(score.detail()).isEqualTo("step 2 (a down) is illegal: piece a would slide off the board");
    }

    @Test
    void aMoveThatDoesNotShiftThePieceIsIllegal() {
        Score score = PlanCheck.withinSteps(ricochet(), new Plan(List.of("x right", "x right")), 10);
        assertThat(score.detail()).isEqualTo("step 2 (x right) is illegal: piece x cannot move right");
    }

    @Test
    void aPlanThatStopsShortNamesWhereThePieceIs() {
        Score score = PlanCheck.withinSteps(ricochet(), new Plan(List.of("x down")), 10);
        assertThat(score.detail()).isEqualTo("after all 1 steps the goal is not reached: piece x ends on a3, not on b2");
    }

    @Test
    void theSearchProvesTheOptimumAndALongerPlanIsOnlyPartial() {
        // x right stops on b1 (A is on c1), x down stops on b2 (B is on b3); no single move reaches b2.
        PlanSearch.Found found = PlanSearch.cheapest(ricochet(), 1000);
        assertThat(found.plan()).containsExactly("x right", "x down");
        Plan longer = new Plan(List.of("x down", "x up", "x right", "x down"));
        Score score = PlanCheck.optimal(ricochet(), longer, found.cost(), 20, "moves");
        assertThat(score.verdict()).isEqualTo(Verdict.PARTIAL);
        assertThat(score.reward()).isEqualTo(0.25);
    }

    @Test
    void explorationFindsDepthsAndPicksATargetAtTheWantedDistance() {
        Explore<String> explore = Explore.from(ricochet(), 1000);
        assertThat(explore.complete()).isTrue();
        assertThat(explore.depth(ricochet().start())).isZero();
        Explore.Target target = Explore.pick(ricochet(), state -> state.charAt(0), Set.of(0, 2, 7), 2, 1000, new SplittableRandom(1));
        assertThat(target.plan()).hasSize(2);
        String end = PlanCheck.replay(new SlideWorld(OPEN, "xab", new int[] {0, 2, 7}, target.key(), true), new Plan(target.plan())).wrong();
        assertThat(end).isNull();
        assertThat(PlanSearch.cheapest(new SlideWorld(OPEN, "xab", new int[] {0, 2, 7}, target.key(), true), 1000).cost()).isEqualTo(2);
    }
}
