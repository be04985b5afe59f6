package dev.bootcamp.camps.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StateSearchTest {
    /** States 0..9 on a line; move 1 steps right, move 2 jumps three right. */
    private static final StateSearch.Moves LINE = (state, step) -> {
        if (state + 1 < 10) {
            step.to(state + 1, 1);
        }
        if (state + 3 < 10) {
            step.to(state + 3, 2);
        }
    };

    @Test
    void findsShortestDistancesAndTheFirstShortestPathInMoveOrder() {
        StateSearch search = StateSearch.all(10, 0, LINE);
        assertThat(search.distance(9)).isEqualTo(3);
        assertThat(search.distance(4)).isEqualTo(2);
        assertThat(search.path(4).stream().map(step -> step[1]).toList()).containsExactly(1, 2);
        assertThat(search.path(4).get(1)[0]).isEqualTo(1);
        assertThat(search.path(0)).isEmpty();
    }

    @Test
    void untilStopsOnceTheTargetIsReachedAndLeavesFartherStatesUnreached() {
        StateSearch search = StateSearch.until(10, 0, 3, LINE);
        assertThat(search.distance(3)).isEqualTo(1);
        assertThat(search.distance(9)).isEqualTo(-1);
        assertThat(search.states()).isEqualTo(10);
        assertThat(search.path(3)).hasSize(1);
        assertThat(List.of(search.path(3).get(0)[1])).containsExactly(2);
    }
}
