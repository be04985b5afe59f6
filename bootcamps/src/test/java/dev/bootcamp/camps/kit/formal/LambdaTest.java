package dev.bootcamp.camps.kit.formal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import org.junit.jupiter.api.Test;

/** Lambda terms: reading, nameless form, normal-order reduction and substitution, on terms worked out by hand. */
class LambdaTest {
    @Test
    void readsAndWritesWithTheUsualConventions() {
        assertThat(Lambda.parse("\\x y. x (y x)").render()).isEqualTo("\\x. \\y. x (y x)");
        assertThat(Lambda.parse("((f a) b)").render()).isEqualTo("f a b");
        assertThat(Lambda.parse("f \\x. x y").render()).isEqualTo("f (\\x. x y)");
        assertThat(Lambda.parse("λx. x").render()).isEqualTo("\\x. x");
    }

    @Test
    void namelessFormCountsBindersOutwards() {
        assertThat(Lambda.parse("\\x. \\y. x (y x)").nameless().render()).isEqualTo("\\ \\ 2 (1 2)");
        // the inner x hides the outer one
        assertThat(Lambda.parse("\\x. \\x. x").nameless().render()).isEqualTo("\\ \\ 1");
        assertThat(Lambda.parse("\\x. (\\x. x) x").nameless().render()).isEqualTo("\\ (\\ 1) 1");
        assertThat(Lambda.parseNameless("\\ \\ 2 (1 2)")).isEqualTo(Lambda.parse("\\a. \\b. a (b a)").nameless());
        // a free variable keeps its name
        assertThat(Lambda.parse("\\x. x y").nameless().render()).isEqualTo("\\ 1 y");
        assertThat(Lambda.alphaEquivalent(Lambda.parse("\\x. \\y. y x"), Lambda.parse("\\p. \\q. q p"))).isTrue();
        assertThat(Lambda.alphaEquivalent(Lambda.parse("\\x. \\y. y x"), Lambda.parse("\\p. \\q. p q"))).isFalse();
    }

    @Test
    void reducesInNormalOrderWithoutCapture() {
        // (\x. x x) (\y. y) -> (\y. y) (\y. y) -> \y. y
        Lambda.Reduction run = Lambda.normalise(Lambda.parse("(\\x. x x) (\\y. y)").nameless(), 10, 100);
        assertThat(run.finished()).isTrue();
        assertThat(run.steps()).isEqualTo(2);
        assertThat(run.result().render()).isEqualTo("\\ 1");
        // (\x. \y. x) y must not become \y. y
        Lambda constant = Lambda.normalise(Lambda.parse("(\\x. \\y. x) y").nameless(), 10, 100).result().named();
        assertThat(Lambda.alphaEquivalent(constant, Lambda.parse("\\z. y"))).isTrue();
        assertThat(Lambda.alphaEquivalent(constant, Lambda.parse("\\y. y"))).isFalse();
        // K a Omega: normal order throws the loop away
        assertThat(Lambda.normalise(Lambda.parse("(\\x. \\y. x) a ((\\x. x x) (\\x. x x))").nameless(), 10, 100).result().render()).isEqualTo("a");
        // Omega alone never ends: the bound stops it
        assertThat(Lambda.normalise(Lambda.parse("(\\x. x x) (\\x. x x)").nameless(), 50, 100).finished()).isFalse();
    }

    @Test
    void substitutionRenamesCapturingBinders() {
        Lambda result = Lambda.substituteFree(Lambda.parse("\\y. x y").nameless(), "x", Lambda.parse("y").nameless()).named();
        assertThat(Lambda.alphaEquivalent(result, Lambda.parse("\\w. y w"))).isTrue();
        assertThat(Lambda.alphaEquivalent(result, Lambda.parse("\\y. y y"))).isFalse();
        // a bound x is left alone
        Lambda untouched = Lambda.substituteFree(Lambda.parse("\\x. x").nameless(), "x", Lambda.parse("y").nameless());
        assertThat(untouched.render()).isEqualTo("\\ 1");
    }

    @Test
    void rejectsJunkWithAReason() {
        assertThatThrownBy(() -> Lambda.parse("\\x x")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> Lambda.parse("(x y")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> Lambda.parse("\\. x")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> Lambda.parse("x + y")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> Lambda.parseNameless("\\ 0")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> Lambda.parse("(".repeat(3000) + "x" + ")".repeat(3000))).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> Lambda.parse("x ".repeat(2000))).isInstanceOf(AnswerFormatException.class);
    }
}
