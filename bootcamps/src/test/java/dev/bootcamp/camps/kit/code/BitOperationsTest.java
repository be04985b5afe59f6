package dev.bootcamp.camps.kit.code;

import static dev.bootcamp.camps.kit.code.Expr.num;
import static dev.bootcamp.camps.kit.code.Expr.op;
import static dev.bootcamp.camps.kit.code.Expr.var;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BitOperationsTest {
    // a = 12 (1100) and b = 10 (1010)
    private static final Program PROGRAM = new Program(List.of(), List.of(
            new Stmt.Let(Type.INT, "a", num(12)),
            new Stmt.Let(Type.INT, "b", num(10)),
            new Stmt.Print(op(var("a"), "&", var("b"))),
            new Stmt.Print(op(var("a"), "|", var("b"))),
            new Stmt.Print(op(var("a"), "^", var("b"))),
            new Stmt.Print(op(op(var("a"), "<<", num(2)), "&", num(63))),
            new Stmt.Print(op(var("a"), ">>", num(2)))));

    @Test
    void everyLanguageComputesTheBitsByHand() {
        for (Language language : Language.values()) {
            assertThat(Interpreter.run(PROGRAM, language, 100).output()).containsExactly("8", "14", "6", "48", "3");
        }
    }

    @Test
    void bitOperationsAlwaysGetBrackets() {
        List<String> python = Renderer.render(PROGRAM, Language.PYTHON).lines();
        assertThat(python.get(5)).isEqualTo("print((a << 2) & 63)");
        List<String> cpp = Renderer.render(PROGRAM, Language.CPP).lines();
        assertThat(cpp).contains("    cout << ((a << 2) & 63) << endl;", "    cout << (a ^ b) << endl;");
        List<String> javascript = Renderer.render(PROGRAM, Language.JAVASCRIPT).lines();
        assertThat(javascript).contains("console.log(String(a & b));");
    }

    @Test
    void aShiftOutsideZeroToThirtyLeavesTheSupportedBounds() {
        Program program = new Program(List.of(), List.of(new Stmt.Print(op(num(1), "<<", num(31)))));
        assertThat(Interpreter.run(program, Language.PYTHON, 100).fault()).isEqualTo(Fault.LIMIT);
    }
}
