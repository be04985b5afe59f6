package dev.bootcamp.camps.kit.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One small change to a function: the {@code target}-th mutable spot (a number literal or a comparison, counted in
 * source order) is replaced, a literal by itself plus {@code delta}, a comparison by its {@link #SWAPS} partner.
 */
public final class Mutation {
    /** The comparison each comparison becomes. */
    public static final Map<String, String> SWAPS = Map.of("<", "<=", "<=", "<", ">", ">=", ">=", ">", "==", "!=", "!=", "==");

    private final int target;
    private final long delta;
    private int seen;

    private Mutation(int target, long delta) {
        this.target = target;
        this.delta = delta;
    }

    /** How many mutable spots {@code function} has. */
    public static int spots(Program.Function function) {
        Mutation counter = new Mutation(-1, 0);
        counter.block(function.body());
        return counter.seen;
    }

    /** {@code function} with its {@code target}-th spot changed (literals by {@code delta}). */
    public static Program.Function apply(Program.Function function, int target, long delta) {
        Mutation mutation = new Mutation(target, delta);
        return new Program.Function(function.name(), function.params(), function.returns(), mutation.block(function.body()));
    }

    private List<Stmt> block(List<Stmt> statements) {
        List<Stmt> changed = new ArrayList<>();
        for (Stmt statement : statements) {
            changed.add(statement(statement));
        }
        return changed;
    }

    private Stmt statement(Stmt statement) {
        if (statement instanceof Stmt.Let let) {
            return new Stmt.Let(let.type(), let.name(), expr(let.value()));
        }
        if (statement instanceof Stmt.Assign assign) {
            return new Stmt.Assign(assign.name(), expr(assign.value()));
        }
        if (statement instanceof Stmt.If branch) {
            return new Stmt.If(expr(branch.condition()), block(branch.then()), block(branch.otherwise()));
        }
        if (statement instanceof Stmt.Return done) {
            return new Stmt.Return(done.value() == null ? null : expr(done.value()));
        }
        if (statement instanceof Stmt.Print print) {
            return new Stmt.Print(expr(print.value()));
        }
        // loop headers and their counters stay as they are, so a mutant always terminates as its original does
        if (statement instanceof Stmt.For loop) {
            return new Stmt.For(loop.variable(), loop.start(), loop.end(), block(loop.body()));
        }
        if (statement instanceof Stmt.While loop) {
            return new Stmt.While(loop.condition(), block(loop.body()));
        }
        return statement;
    }

    private Expr expr(Expr expr) {
        if (expr instanceof Expr.Num num) {
            return seen++ == target && num.value() + delta != 0 ? new Expr.Num(num.value() + delta) : num;
        }
        if (expr instanceof Expr.Not not) {
            return new Expr.Not(expr(not.operand()));
        }
        if (expr instanceof Expr.Binary binary) {
            Expr left = expr(binary.left());
            Expr right = expr(binary.right());
            String op = binary.op();
            if (SWAPS.containsKey(op) && seen++ == target) {
                op = SWAPS.get(op);
            }
            return new Expr.Binary(op, left, right);
        }
        return expr;
    }
}
