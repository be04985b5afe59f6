package dev.bootcamp.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Verdict;
import org.junit.jupiter.api.Test;

/** Scores and verdicts through the framework's JSON configuration (the SPI carries only the annotations). */
class ScoreJsonTest {
    @Test
    void verdictsUseLowerCaseNamesOnTheWire() throws JsonProcessingException {
        assertThat(Verdict.NO_ANSWER.wireName()).isEqualTo("no_answer");
        assertThat(Json.write(Verdict.NO_ANSWER)).isEqualTo("\"no_answer\"");
        assertThat(Json.read("\"malformed\"", Verdict.class)).isEqualTo(Verdict.MALFORMED);
        for (Verdict verdict : Verdict.values()) {
            assertThat(Verdict.fromWire(verdict.wireName())).isEqualTo(verdict);
        }
    }

    @Test
    void scoresSurviveJson() throws JsonProcessingException {
        Score score = Score.partial(0.5, "half the rows");
        assertThat(Json.write(score)).isEqualTo("{\"reward\":0.5,\"verdict\":\"partial\",\"detail\":\"half the rows\"}");
        assertThat(Json.read(Json.write(score), Score.class)).isEqualTo(score);
    }
}
