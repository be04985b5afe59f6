package dev.bootcamp.camps.kit.formal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Term parsing, substitution, unification, matching and renaming, on cases worked out by hand. */
class TermsTest {
    @Test
    void parsesAndRendersPrefixTerms() {
        Term term = Terms.parse("  f( X ,g(a,Y1) )");
        assertThat(term.render()).isEqualTo("f(X, g(a, Y1))");
        assertThat(term.variables()).containsExactly("X", "Y1");
        assertThat(term.size()).isEqualTo(5);
        assertThat(term.depth()).isEqualTo(3);
        assertThat(term.at(List.of(2, 1))).isEqualTo(Term.constant("a"));
        assertThat(term.at(List.of(3))).isNull();
        assertThat(term.replace(List.of(2), Term.var("Z")).render()).isEqualTo("f(X, Z)");
    }

    @Test
    void rejectsBadTermsWithAReason() {
        assertThatThrownBy(() -> Terms.parse("f(a")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> Terms.parse("X(a)")).isInstanceOf(AnswerFormatException.class).hasMessageContaining("variable X");
        assertThatThrownBy(() -> Terms.parse("f(a) b")).isInstanceOf(AnswerFormatException.class).hasMessageContaining("after the end");
        assertThatThrownBy(() -> Terms.parse("f(".repeat(5000) + "a" + ")".repeat(5000)))
                .isInstanceOf(AnswerFormatException.class).hasMessageContaining("nested too deeply");
        assertThatThrownBy(() -> Terms.parse("")).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void readsSubstitutionsInSeveralSpellings() {
        Map<String, Term> binding = Terms.parseSubstitution("{X = f(a, Z); Y -> b\nZ := W}");
        assertThat(Terms.renderSubstitution(binding)).isEqualTo("X = f(a, Z), Y = b, Z = W");
        assertThat(Terms.parseSubstitution("{}")).isEmpty();
        assertThatThrownBy(() -> Terms.parseSubstitution("X = a, X = b")).isInstanceOf(AnswerFormatException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> Terms.parseSubstitution("f(X) = a")).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void unifiesWithAMostGeneralIdempotentUnifier() {
        // f(X, g(Y)) = f(g(a), X): X = g(a), then g(Y) = g(a) gives Y = a.
        assertThat(Terms.renderSubstitution(Terms.unify(Terms.parse("f(X, g(Y))"), Terms.parse("f(g(a), X)")))).isEqualTo("X = g(a), Y = a");
        // f(X, Y) = f(Y, g(Z)): X = Y, then Y = g(Z), and X is resolved to g(Z) as well.
        assertThat(Terms.renderSubstitution(Terms.unify(Terms.parse("f(X, Y)"), Terms.parse("f(Y, g(Z))")))).isEqualTo("X = g(Z), Y = g(Z)");
        assertThat(Terms.unify(Terms.parse("X"), Terms.parse("f(X)"))).as("occurs check").isNull();
        assertThat(Terms.unify(Terms.parse("f(a)"), Terms.parse("g(a)"))).as("symbol clash").isNull();
        assertThat(Terms.unify(Terms.parse("f(X, X)"), Terms.parse("f(a, b)"))).isNull();
    }

    @Test
    void matchesOneWayAndComparesUpToRenaming() {
        assertThat(Terms.match(Terms.parse("f(X, X)"), Terms.parse("f(g(a), g(a))"))).containsEntry("X", Terms.parse("g(a)"));
        assertThat(Terms.match(Terms.parse("f(X, X)"), Terms.parse("f(a, b)"))).isNull();
        assertThat(Terms.match(Terms.parse("f(a)"), Terms.parse("f(X)"))).as("a variable in the target matches only itself").isNull();
        assertThat(Terms.variant(Terms.parse("f(X, g(Y, X))"), Terms.parse("f(B, g(A, B))"))).isTrue();
        assertThat(Terms.variant(Terms.parse("f(X, Y)"), Terms.parse("f(A, A)"))).isFalse();
    }

    @Test
    void namesSignatureProblems() {
        Map<String, Integer> arities = Map.of("f", 2, "a", 0);
        assertThat(Terms.signatureProblem(Terms.parse("f(a, X)"), arities)).isNull();
        assertThat(Terms.signatureProblem(Terms.parse("f(a)"), arities)).contains("takes 2 arguments");
        assertThat(Terms.signatureProblem(Terms.parse("f(a, h)"), arities)).contains("unknown symbol 'h'");
    }
}
