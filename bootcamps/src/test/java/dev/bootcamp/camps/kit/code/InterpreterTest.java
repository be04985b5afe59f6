package dev.bootcamp.camps.kit.code;

import static dev.bootcamp.camps.kit.code.Expr.num;
import static dev.bootcamp.camps.kit.code.Expr.op;
import static dev.bootcamp.camps.kit.code.Expr.var;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterpreterTest {
    private static Program main(Stmt... statements) {
        return new Program(List.of(), List.of(statements));
    }

    @Test
    void divisionAndRemainderFollowEachLanguage() {
        Program program = main(
                new Stmt.Print(op(num(-7), "/", num(2))),
                new Stmt.Print(op(num(-7), "%", num(2))),
                new Stmt.Print(op(num(7), "%", num(-3))));
        // Python floors: -7 // 2 = -4, -7 % 2 = 1, 7 % -3 = -2; the others truncate: -3, -1, 1
        assertThat(Interpreter.run(program, Language.PYTHON, 100).output()).containsExactly("-4", "1", "-2");
        assertThat(Interpreter.run(program, Language.JAVASCRIPT, 100).output()).containsExactly("-3", "-1", "1");
        assertThat(Interpreter.run(program, Language.CPP, 100).output()).containsExactly("-3", "-1", "1");
    }

    @Test
    void cppWrapsAroundAndTheOthersStopAtTheBound() {
        Program program = main(new Stmt.Let(Type.INT, "h", num(2147483647)), new Stmt.Assign("h", op(var("h"), "+", num(1))),
                new Stmt.Print(var("h")), new Stmt.Assign("h", op(num(65536), "*", num(65536))), new Stmt.Print(var("h")));
        assertThat(Interpreter.run(program, Language.CPP, 100).output()).containsExactly("-2147483648", "0");
        Run python = Interpreter.run(program, Language.PYTHON, 100);
        assertThat(python.fault()).isEqualTo(Fault.LIMIT);
        assertThat(python.faultAt()).isSameAs(program.main().get(1));
    }

    @Test
    void loopsCountTheirLinesAndSumAsByHand() {
        // s = 0; for i in range(1, 5): if i % 2 == 0: s = s + i  -> s = 2 + 4 = 6, the assignment runs twice
        Stmt add = new Stmt.Assign("s", op(var("s"), "+", var("i")));
        Stmt branch = new Stmt.If(op(op(var("i"), "%", num(2)), "==", num(0)), List.of(add), List.of());
        Stmt loop = new Stmt.For("i", num(1), num(5), List.of(branch));
        Program program = main(new Stmt.Let(Type.INT, "s", num(0)), loop, new Stmt.Print(var("s")));
        Run run = Interpreter.run(program, Language.PYTHON, 1_000);
        assertThat(run.output()).containsExactly("6");
        assertThat(run.hits(add)).isEqualTo(2);
        assertThat(run.hits(branch)).isEqualTo(4);
        assertThat(run.finished()).isTrue();
    }

    @Test
    void recursionCountsCallsAndDepth() {
        // fib(n) = n if n <= 1 else fib(n-1) + fib(n-2): fib(5) = 5 with 15 calls, 5 deep
        Program.Function fib = new Program.Function("fib", List.of(new Program.Param(Type.INT, "n")), Type.INT, List.of(
                new Stmt.If(op(var("n"), "<=", num(1)), List.of(new Stmt.Return(var("n"))), List.of()),
                new Stmt.Return(op(new Expr.Call("fib", List.of(op(var("n"), "-", num(1)))), "+",
                        new Expr.Call("fib", List.of(op(var("n"), "-", num(2))))))));
        Run run = Interpreter.call(new Program(List.of(fib), List.of()), Language.JAVASCRIPT, 10_000, "fib", List.of(5L));
        assertThat(run.returned()).isEqualTo(5L);
        assertThat(run.calls("fib")).isEqualTo(15);
        assertThat(run.maxDepth()).isEqualTo(5);
    }

    @Test
    void listsAreSharedInPythonAndCopiedInCpp() {
        // a = [1, 2]; b = a; b.append(3); print(len(a))  -> 3 in Python, 2 in C++ (vector assignment copies)
        Program program = main(new Stmt.Let(Type.LIST, "a", new Expr.ListOf(List.of(num(1), num(2)))),
                new Stmt.Let(Type.LIST, "b", var("a")), new Stmt.Append("b", num(3)), new Stmt.Print(new Expr.Length(var("a"))));
        assertThat(Interpreter.run(program, Language.PYTHON, 100).output()).containsExactly("3");
        assertThat(Interpreter.run(program, Language.CPP, 100).output()).containsExactly("2");
    }

    @Test
    void errorsStopTheRunAtTheirStatement() {
        Stmt bad = new Stmt.Print(new Expr.Item(var("a"), num(2)));
        Program program = main(new Stmt.Let(Type.LIST, "a", new Expr.ListOf(List.of(num(4), num(5)))),
                new Stmt.Print(new Expr.Item(var("a"), num(-1))), bad, new Stmt.Print(num(9)));
        Run run = Interpreter.run(program, Language.PYTHON, 100);
        // a[-1] is 5 in Python; a[2] is out of range
        assertThat(run.output()).containsExactly("5");
        assertThat(run.fault()).isEqualTo(Fault.INDEX);
        assertThat(run.faultAt()).isSameAs(bad);
        Run zero = Interpreter.run(main(new Stmt.Print(op(num(1), "%", num(0)))), Language.CPP, 100);
        assertThat(zero.fault()).isEqualTo(Fault.ZERO_DIVISION);
    }

    @Test
    void shortCircuitSkipsTheRightSide() {
        // 1 > 2 and 1 // 0 == 0 never divides; 1 < 2 or 1 // 0 == 0 neither
        Expr crash = op(op(num(1), "/", num(0)), "==", num(0));
        Program program = main(new Stmt.Print(new Expr.ToText(num(0))),
                new Stmt.If(op(op(num(1), ">", num(2)), "and", crash), List.of(new Stmt.Print(num(1))), List.of()),
                new Stmt.If(op(op(num(1), "<", num(2)), "or", crash), List.of(new Stmt.Print(num(2))), List.of()));
        Run run = Interpreter.run(program, Language.PYTHON, 100);
        assertThat(run.finished()).isTrue();
        assertThat(run.output()).containsExactly("0", "2");
    }

    @Test
    void theStepLimitStopsAWhileLoopThatNeverEnds() {
        Program program = main(new Stmt.Let(Type.INT, "w", num(0)), new Stmt.While(op(var("w"), "<", num(5)), List.of()));
        Run run = Interpreter.run(program, Language.PYTHON, 1_000);
        assertThat(run.fault()).isEqualTo(Fault.LIMIT);
        assertThat(run.steps()).isEqualTo(1_001);
    }

    @Test
    void theWatcherSeesTheVariablesBeforeEachStatement() {
        Stmt twice = new Stmt.Assign("x", op(var("x"), "*", num(2)));
        Program program = main(new Stmt.Let(Type.INT, "x", num(3)), new Stmt.For("i", num(0), num(3), List.of(twice)));
        List<Object> seen = new ArrayList<>();
        Interpreter.run(program, Language.CPP, 100, (statement, variables, depth) -> {
            if (statement == twice) {
                seen.add(variables.get("x"));
            }
        });
        assertThat(seen).containsExactly(3L, 6L, 12L);
    }
}
