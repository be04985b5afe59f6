package dev.bootcamp.camps.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Verdict;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodecsTest {
    private record Path(List<String> nodes) {}

    @Test
    void everyCodecReadsBackWhatItWrites() {
        assertThat(roundTrip(Codecs.integer(), -42)).isEqualTo(-42);
        assertThat(roundTrip(Codecs.longValue(), 1L << 40)).isEqualTo(1L << 40);
        assertThat(roundTrip(Codecs.bigInteger(), BigInteger.TEN.pow(50))).isEqualTo(BigInteger.TEN.pow(50));
        assertThat(roundTrip(Codecs.word(), "north")).isEqualTo("north");
        assertThat(roundTrip(Codecs.list(Codecs.integer(), ", "), List.of(3, 1, 2))).containsExactly(3, 1, 2);
        assertThat(roundTrip(Codecs.items(Codecs.word(), "\n"), List.of("yes", "no", "yes"))).containsExactly("yes", "no", "yes");
        assertThat(roundTrip(Codecs.grid("12."), List.of("1.", "21"))).containsExactly("1.", "21");
        assertThat(roundTrip(Codecs.compactGrid("12."), List.of("1.", "21"))).containsExactly("1.", "21");
    }

    @Test
    void parsingIsLenientAboutFormAndStrictAboutContent() {
        assertThat(Codecs.items(Codecs.word(), " ").parse("1. Yes\n2) no\n3: YES")).containsExactly("yes", "no", "yes");
        assertThat(Codecs.list(Codecs.integer(), " ").parse("3,1 ; 2")).containsExactly(3, 1, 2);
        assertThatThrownBy(() -> Codecs.integer().parse("seven")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> Codecs.word().parse("two words")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> Codecs.items(Codecs.word(), " ").parse("1. 2.")).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void aMappedCodecWrapsTheAnswerRecord() {
        Codec<Path> codec = Codecs.list(Codecs.word(), " ").map(Path::new, Path::nodes);
        assertThat(codec.render(new Path(List.of("a", "c", "b")))).isEqualTo("a c b");
        assertThat(codec.parse("A C B")).isEqualTo(new Path(List.of("a", "c", "b")));
    }

    @Test
    void itemsScoreAllOrNothing() {
        List<String> gold = List.of("yes", "no", "no");
        assertThat(Items.allOrNothing(gold, List.of("yes", "no", "no"), "answer").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(Items.allOrNothing(gold, List.of("yes", "no", "yes"), "answer").reward()).isZero();
        assertThat(Items.allOrNothing(gold, List.of("yes", "no", "yes"), "answer").detail()).contains("answer 3 is wrong", "2 of 3");
        assertThat(Items.allOrNothing(gold, List.of("yes"), "answer").verdict()).isEqualTo(Verdict.MALFORMED);
    }

    private static <T> T roundTrip(Codec<T> codec, T value) {
        return codec.parse(codec.render(value));
    }
}
