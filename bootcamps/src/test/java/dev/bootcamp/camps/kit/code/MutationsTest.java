package dev.bootcamp.camps.kit.code;

import static dev.bootcamp.camps.kit.code.Expr.num;
import static dev.bootcamp.camps.kit.code.Expr.op;
import static dev.bootcamp.camps.kit.code.Expr.var;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.Verdict;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MutationsTest {
    /** f(x): if x < 5 then return x + 1, else return 2 * x. */
    private static final Program.Function F = new Program.Function("f", List.of(new Program.Param(Type.INT, "x")), Type.INT, List.of(
            new Stmt.If(op(var("x"), "<", num(5)), List.of(new Stmt.Return(op(var("x"), "+", num(1)))), List.of()),
            new Stmt.Return(op(num(2), "*", var("x")))));

    private static long value(Program.Function function, long x) {
        Program program = new Program(List.of(function), List.of());
        return (Long) Interpreter.call(program, Language.PYTHON, 100, function.name(), List.of(x)).returned();
    }

    @Test
    void sitesAreTheComparisonThePlusAndTheLiterals() {
        // sites in order: '<', the literal 5, '+', the literal 1, then the literal 2 ('*' is not a site)
        assertThat(Mutations.sites(F.body())).isEqualTo(5);
    }

    @Test
    void changingTheComparisonMovesOneBoundaryOnly() {
        Program.Function g = Mutations.mutant(F, "g", 0, true);
        assertThat(g.name()).isEqualTo("g");
        // x <= 5 now: g(5) = 6 while f(5) = 10; elsewhere they agree
        assertThat(value(F, 5)).isEqualTo(10);
        assertThat(value(g, 5)).isEqualTo(6);
        for (long x : List.of(-3L, 0L, 4L, 6L, 20L)) {
            assertThat(value(g, x)).isEqualTo(value(F, x));
        }
    }

    @Test
    void changingALiteralMovesItByOne() {
        Program.Function down = Mutations.mutant(F, "g", 1, false);
        // x < 4 now: g(4) = 8 while f(4) = 5
        assertThat(value(down, 4)).isEqualTo(8);
        assertThat(value(F, 4)).isEqualTo(5);
        Program.Function minus = Mutations.mutant(F, "g", 2, true);
        assertThat(value(minus, 3)).isEqualTo(2);
        // the original is untouched
        assertThat(value(F, 3)).isEqualTo(4);
    }

    @Test
    void shiftedFunctionsSubtractTheShiftFirst() {
        Program.Function f = Functions.drawShifted("f", 3, 1, false, 40, new SplittableRandom(5));
        assertThat(f.body().get(0)).isEqualTo(new Stmt.Assign("x", op(var("x"), "-", num(40))));
        Program.Function g = Functions.drawShifted("f", 3, 1, false, -7, new SplittableRandom(5));
        assertThat(g.body().get(0)).isEqualTo(new Stmt.Assign("x", op(var("x"), "+", num(7))));
    }

    @Test
    void argumentsAreCheckedAgainstTheQualifyingSet() {
        List<Long> solutions = Arguments.qualifying(10, x -> x * x == 49);
        assertThat(solutions).containsExactly(-7L, 7L);
        assertThat(Arguments.check(-7, 10, solutions, "squares to 49").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(Arguments.check(6, 10, solutions, "squares to 49").verdict()).isEqualTo(Verdict.WRONG);
        assertThat(Arguments.check(11, 10, List.of(11L), "anything").detail()).contains("outside");
        assertThat(Arguments.misses(7, 10, solutions)).doesNotContain(7L, -7L).contains(8L, 6L, 11L);
        assertThat(Arguments.codec().parse("x = -7")).isEqualTo(-7L);
    }
}
