package dev.bootcamp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScoreTest {
    @Test
    void factoriesGiveTheRewardTheirVerdictRequires() {
        assertThat(Score.correct()).extracting(Score::reward, Score::verdict).containsExactly(1.0, Verdict.CORRECT);
        assertThat(Score.wrong("no")).extracting(Score::reward, Score::verdict).containsExactly(0.0, Verdict.WRONG);
        assertThat(Score.malformed("bad")).extracting(Score::reward, Score::verdict).containsExactly(0.0, Verdict.MALFORMED);
        assertThat(Score.noAnswer("none")).extracting(Score::reward, Score::verdict).containsExactly(0.0, Verdict.NO_ANSWER);
        assertThat(Score.partial(0.25, "some")).extracting(Score::reward, Score::verdict).containsExactly(0.25, Verdict.PARTIAL);
    }

    @Test
    void onlyCorrectScoresPass() {
        assertThat(Score.correct("fine").passed()).isTrue();
        assertThat(Score.partial(0.99, "almost").passed()).isFalse();
        assertThat(Score.wrong("no").passed()).isFalse();
    }

    @Test
    void rewardOutsideTheUnitIntervalIsRefused() {
        assertThatThrownBy(() -> new Score(1.5, Verdict.PARTIAL, "x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> new Score(-0.1, Verdict.WRONG, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Score(Double.NaN, Verdict.PARTIAL, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rewardMustAgreeWithTheVerdict() {
        assertThatThrownBy(() -> new Score(0.5, Verdict.CORRECT, "x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CORRECT");
        assertThatThrownBy(() -> new Score(1, Verdict.PARTIAL, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Score(0, Verdict.PARTIAL, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Score(0.5, Verdict.WRONG, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Score(1, Verdict.NO_ANSWER, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void partialCreditOfNothingIsWrong() {
        assertThat(Score.partial(0, "nothing right").verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void partialCreditOfEverythingIsRefused() {
        assertThatThrownBy(() -> Score.partial(1, "all right")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void detailIsKeptOnOneLine() {
        assertThat(Score.wrong("row 1 is wrong\nrow 2 is wrong").detail()).isEqualTo("row 1 is wrong row 2 is wrong");
    }

    @Test
    void verdictAndDetailAreRequired() {
        assertThatThrownBy(() -> new Score(0, null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Score(0, Verdict.WRONG, null)).isInstanceOf(NullPointerException.class);
    }
}
