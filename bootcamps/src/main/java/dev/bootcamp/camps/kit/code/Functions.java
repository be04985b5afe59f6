package dev.bootcamp.camps.kit.code;

import dev.bootcamp.camps.kit.Draw;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Random one-argument whole-number functions {@code f(x)} and their values over a range of arguments. */
public final class Functions {
    private Functions() {}

    /**
     * A function {@code name(x)} with two local variables set from {@code x}, a drawn block of {@code statements}
     * statements nested {@code depth} deep (x itself may be reassigned) and a return of a local plus x or a local.
     */
    public static Program.Function draw(String name, int statements, int depth, boolean division, RandomGenerator random) {
        List<String> locals = List.of("a", "b");
        List<String> variables = List.of("a", "b", "x");
        Builder builder = new Builder(random, new Builder.Options(Draw.between(2, 5, random), division, false, depth >= 2, 40, false), variables);
        List<Stmt> body = new ArrayList<>();
        for (String local : locals) {
            Expr start = random.nextBoolean() ? Expr.op(Expr.var("x"), Draw.pick(List.of("+", "-", "*"), random), Expr.num(Draw.between(1, 4, random)))
                    : Expr.num(Draw.between(0, 5, random));
            body.add(new Stmt.Let(Type.INT, local, start));
        }
        body.addAll(builder.block(statements, depth));
        Expr result = random.nextBoolean() ? Expr.op(Expr.var(Draw.pick(locals, random)), "+", Expr.var("x")) : Expr.var(Draw.pick(locals, random));
        body.add(new Stmt.Return(result));
        return new Program.Function(name, List.of(new Program.Param(Type.INT, "x")), Type.INT, body);
    }

    /**
     * {@link #draw} with a first statement {@code x = x - shift}, so that the arguments where the function changes its
     * behaviour sit around {@code shift} rather than around 0.
     */
    public static Program.Function drawShifted(String name, int statements, int depth, boolean division, int shift, RandomGenerator random) {
        Program.Function function = draw(name, statements, depth, division, random);
        List<Stmt> body = new ArrayList<>();
        body.add(new Stmt.Assign("x", Expr.op(Expr.var("x"), shift < 0 ? "+" : "-", Expr.num(Math.abs(shift)))));
        body.addAll(function.body());
        return new Program.Function(name, function.params(), function.returns(), body);
    }

    /**
     * The value of {@code name(x)} in {@code program} for each x from {@code low} to {@code high}, null where the run
     * faults or passes {@code stepLimit}.
     */
    public static List<Long> table(Program program, String name, Language language, long low, long high, int stepLimit) {
        List<Long> values = new ArrayList<>();
        for (long x = low; x <= high; x++) {
            Run run = Interpreter.call(program, language, stepLimit, name, List.of(x));
            values.add(run.finished() ? (Long) run.returned() : null);
        }
        return values;
    }
}
