package dev.bootcamp.camps.kit.formal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import org.junit.jupiter.api.Test;

/** Principal types of familiar combinators, and the type reader. */
class SimpleTypesTest {
    private static String principal(String term) {
        Term type = SimpleTypes.principal(Lambda.parse(term));
        return type == null ? null : SimpleTypes.render(type);
    }

    @Test
    void infersPrincipalTypes() {
        assertThat(principal("\\x. x")).isEqualTo("a -> a");
        assertThat(principal("\\f. \\x. f (f x)")).isEqualTo("(a -> a) -> a -> a");
        assertThat(principal("\\x. \\y. \\z. x z (y z)")).isEqualTo("(a -> b -> c) -> (a -> b) -> a -> c");
        assertThat(principal("\\u. \\v. v (u v)")).isEqualTo("((a -> b) -> a) -> (a -> b) -> b");
        // self-application has no simple type; a free variable is refused
        assertThat(principal("\\x. x x")).isNull();
        assertThat(principal("\\x. y")).isNull();
    }

    @Test
    void instancesAndReading() {
        assertThat(SimpleTypes.instanceOf(SimpleTypes.parse("(b -> b) -> b -> b"), SimpleTypes.parse("a -> a"))).isTrue();
        assertThat(SimpleTypes.instanceOf(SimpleTypes.parse("a -> a"), SimpleTypes.parse("(b -> b) -> b -> b"))).isFalse();
        // the same variable must get the same type everywhere
        assertThat(SimpleTypes.instanceOf(SimpleTypes.parse("a -> b"), SimpleTypes.parse("c -> c"))).isFalse();
        assertThat(SimpleTypes.parse("a -> b -> c")).isEqualTo(SimpleTypes.parse("a -> (b -> c)"));
        assertThat(SimpleTypes.parse("a -> b -> c")).isNotEqualTo(SimpleTypes.parse("(a -> b) -> c"));
        assertThatThrownBy(() -> SimpleTypes.parse("a -> ")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> SimpleTypes.parse("(a -> b")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> SimpleTypes.parse("(".repeat(500) + "a" + ")".repeat(500))).isInstanceOf(AnswerFormatException.class);
    }
}
