package dev.bootcamp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Turn;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class EpisodeTest {
    /** Count up to a hidden target by saying "up"; each "up" earns 0.1; anything else is refused. */
    static final class CountUp implements Interactive<CountUp.State> {
        static final Knob<Integer> LIMIT = Knob.integer("limit", 2, 50, 5, "turns");
        static final BootcampInfo INFO = BootcampInfo.builder("count-up").title("Count up").domain("interactive")
                .summary("say up until the target").knob(LIMIT).answerShape("up").build();

        record State(int target, int at, int limit) {}

        @Override
        public BootcampInfo info() {
            return INFO;
        }

        @Override
        public Knobs atLevel(int level) {
            return INFO.defaults().with(LIMIT, 2 + level);
        }

        @Override
        public State start(Knobs knobs, RandomGenerator random) {
            return new State(1 + random.nextInt(knobs.get(LIMIT)), 0, knobs.get(LIMIT));
        }

        @Override
        public String opening(State state) {
            return "say up";
        }

        @Override
        public Turn<State> act(State state, String action) {
            if (!action.equals("up")) {
                return Turn.next(state, "only 'up' is allowed");
            }
            State next = new State(state.target(), state.at() + 1, state.limit());
            return new Turn<>(next, "at " + next.at(), 0.1, next.at() == next.target());
        }

        @Override
        public Score outcome(State state) {
            return state.at() == state.target() ? Score.correct() : Score.wrong("at " + state.at());
        }

        @Override
        public int turnLimit(State state) {
            return state.limit();
        }

        @Override
        public String expertAction(State state) {
            return "up";
        }

        @Override
        public String randomAction(State state, RandomGenerator random) {
            return "down";
        }
    }

    private final CountUp bootcamp = new CountUp();

    @Test
    void theStepThatEndsTheEpisodeCarriesTheOutcome() {
        Episode<CountUp.State> episode = Episode.begin(bootcamp, 3, 42);
        int target = episode.state().target();
        Episode.Step last = null;
        for (int i = 0; i < target; i++) {
            last = episode.act("up");
        }
        assertThat(last.done()).isTrue();
        assertThat(last.reward()).isEqualTo(1.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(episode.stepRewards()).isEqualTo(0.1 * target, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(episode.score().passed()).isTrue();
        assertThatThrownBy(() -> episode.act("up")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theFrameworkEndsTheEpisodeAtTheTurnLimit() {
        Episode<CountUp.State> episode = Episode.begin(bootcamp, 4, 7);
        Episode.Step step = null;
        for (int i = 0; i < episode.turnLimit(); i++) {
            step = episode.act("nonsense");
        }
        assertThat(step.done()).isTrue();
        assertThat(step.observation()).contains("last of your " + episode.turnLimit() + " turns");
        assertThat(episode.score().passed()).isFalse();
    }

    @Test
    void anOverLongActionCostsATurnAndNeverReachesTheBootcamp() {
        Episode<CountUp.State> episode = Episode.begin(bootcamp, 5, 1);
        Episode.Step step = episode.act("up".repeat(Episode.MAX_ACTION_CHARS));
        assertThat(step.turn()).isEqualTo(1);
        assertThat(step.observation()).contains("at most " + Episode.MAX_ACTION_CHARS + " characters");
        assertThat(episode.state().at()).isZero();
    }

    @Test
    void replayGivesTheSameEpisode() {
        Episode<CountUp.State> first = Episode.begin(bootcamp, 6, 99);
        first.act("up");
        first.act("x");
        Episode<CountUp.State> again = Episode.replay(bootcamp, first.spec(), List.of("up", "x"));
        assertThat(again.state()).isEqualTo(first.state());
        assertThat(again.lastObservation()).isEqualTo(first.lastObservation());
        assertThat(first.spec().knobs(bootcamp.info())).isEqualTo(bootcamp.atLevel(6));
    }

    @Test
    void aSpecForAnotherBootcampIsRefused() {
        EpisodeSpec spec = new EpisodeSpec("x", "other", 1, 1, 5, null);
        assertThatThrownBy(() -> Episode.begin(bootcamp, spec)).hasMessageContaining("'other'");
    }
}
