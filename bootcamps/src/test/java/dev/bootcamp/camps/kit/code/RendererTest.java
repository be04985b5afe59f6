package dev.bootcamp.camps.kit.code;

import static dev.bootcamp.camps.kit.code.Expr.num;
import static dev.bootcamp.camps.kit.code.Expr.op;
import static dev.bootcamp.camps.kit.code.Expr.var;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RendererTest {
    private static final Stmt ADD = new Stmt.Assign("s", op(var("s"), "+", op(var("i"), "/", num(2))));
    private static final Stmt PRINT = new Stmt.Print(var("s"));
    private static final Program PROGRAM = new Program(List.of(), List.of(new Stmt.Let(Type.INT, "s", num(0)),
            new Stmt.For("i", num(0), num(4), List.of(new Stmt.If(op(var("s"), "<", num(3)), List.of(ADD), List.of(PRINT))))));

    @Test
    void python() {
        Listing listing = Renderer.render(PROGRAM, Language.PYTHON);
        assertThat(listing.lines()).containsExactly("s = 0", "for i in range(4):", "    if s < 3:", "        s = s + i // 2",
                "    else:", "        print(s)");
        assertThat(listing.line(ADD)).isEqualTo(4);
        assertThat(listing.line(PRINT)).isEqualTo(6);
    }

    @Test
    void javaScript() {
        Listing listing = Renderer.render(PROGRAM, Language.JAVASCRIPT);
        assertThat(listing.lines()).containsExactly("let s = 0;", "for (let i = 0; i < 4; i++) {", "    if (s < 3) {",
                "        s = s + Math.trunc(i / 2);", "    } else {", "        console.log(String(s));", "    }", "}");
        assertThat(listing.line(PRINT)).isEqualTo(6);
    }

    @Test
    void cpp() {
        Listing listing = Renderer.render(PROGRAM, Language.CPP);
        assertThat(listing.lines()).containsExactly("int main() {", "    int s = 0;", "    for (int i = 0; i < 4; i++) {",
                "        if (s < 3) {", "            s = s + i / 2;", "        } else {", "            cout << s << endl;", "        }",
                "    }", "}");
        assertThat(listing.line(ADD)).isEqualTo(5);
    }

    @Test
    void bracketsFollowPrecedence() {
        Expr expr = op(op(var("a"), "-", op(var("b"), "-", var("c"))), "*", op(var("a"), "+", num(1)));
        assertThat(Renderer.expression(expr, Language.PYTHON, Map.of())).isEqualTo("(a - (b - c)) * (a + 1)");
        Expr logic = op(op(var("a"), "<", num(1)), "or", new Expr.Not(op(var("b"), "==", num(2))));
        assertThat(Renderer.expression(logic, Language.PYTHON, Map.of())).isEqualTo("a < 1 or not (b == 2)");
        assertThat(Renderer.expression(logic, Language.JAVASCRIPT, Map.of())).isEqualTo("a < 1 || !(b === 2)");
        assertThat(Renderer.expression(logic, Language.CPP, Map.of())).isEqualTo("a < 1 || !(b == 2)");
    }

    @Test
    void elseIfChainsShareALine() {
        Stmt inner = new Stmt.If(op(var("x"), ">", num(0)), List.of(new Stmt.Print(num(1))), List.of(new Stmt.Print(num(2))));
        Program program = new Program(List.of(), List.of(new Stmt.Let(Type.INT, "x", num(5)),
                new Stmt.If(op(var("x"), ">", num(9)), List.of(new Stmt.Print(num(0))), List.of(inner))));
        assertThat(Renderer.render(program, Language.PYTHON).lines()).containsExactly("x = 5", "if x > 9:", "    print(0)",
                "elif x > 0:", "    print(1)", "else:", "    print(2)");
        Listing js = Renderer.render(program, Language.JAVASCRIPT);
        assertThat(js.lines()).containsExactly("let x = 5;", "if (x > 9) {", "    console.log(String(0));", "} else if (x > 0) {",
                "    console.log(String(1));", "} else {", "    console.log(String(2));", "}");
        assertThat(js.line(inner)).isEqualTo(4);
    }
}
