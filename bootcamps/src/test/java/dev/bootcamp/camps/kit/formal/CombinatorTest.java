package dev.bootcamp.camps.kit.formal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import org.junit.jupiter.api.Test;

/** Combinator parsing and normal-order reduction on hand-worked terms. */
class CombinatorTest {
    @Test
    void reducesInNormalOrder() {
        // S K K x => K x (K x) => x
        Combinator.Reduction identity = Combinator.parse("S K K x").normalise(100, 100);
        assertThat(identity.result().render()).isEqualTo("x");
        assertThat(identity.steps()).isEqualTo(2);
        assertThat(Combinator.parse("B x y z").normalise(10, 100).result().render()).isEqualTo("x (y z)");
        assertThat(Combinator.parse("C x y z").normalise(10, 100).result().render()).isEqualTo("x z y");
        assertThat(Combinator.parse("W x y").normalise(10, 100).result().render()).isEqualTo("x y y");
        // K x (W W W): normal order drops the looping argument at once
        assertThat(Combinator.parse("K x (W W W)").normalise(10, 100).result().render()).isEqualTo("x");
        // S I I (S I I) loops: the bound stops it and says so
        assertThat(Combinator.parse("S I I (S I I)").normalise(50, 1000).normal()).isFalse();
        // a redex inside an argument is reduced once the head is stuck
        assertThat(Combinator.parse("x (I y)").normalise(10, 100).result().render()).isEqualTo("x y");
    }

    @Test
    void parsesLeftAssociativelyAndRejectsJunk() {
        assertThat(Combinator.parse("S(K S)K").render()).isEqualTo("S (K S) K");
        assertThat(Combinator.parse("((S K) K)").render()).isEqualTo("S K K");
        assertThatThrownBy(() -> Combinator.parse("S (K")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> Combinator.parse("S + K")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> Combinator.parse("()")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> Combinator.parse("(".repeat(1000) + "S" + ")".repeat(1000))).isInstanceOf(AnswerFormatException.class);
    }
}
