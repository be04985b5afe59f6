package dev.bootcamp.camps.kit.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Single-point changes of a function, the kind a slip of the pen makes: a comparison turned into its neighbour
 * ({@code <} and {@code <=}, {@code >} and {@code >=}, {@code ==} and {@code !=}), {@code +} and {@code -} swapped, or a
 * number literal moved by one. Each mutant differs from the original at exactly one place.
 */
public final class Mutations {
    private static final Map<String, String> SWAPS = Map.of("<", "<=", "<=", "<", ">", ">=", ">=", ">", "==", "!=", "!=", "==",
            "+", "-", "-", "+");

    private Mutations() {}

    /** How many places of {@code body} a mutant may change. */
    public static int sites(List<Stmt> body) {
        Mutator counter = new Mutator(-1);
        counter.block(body);
        return counter.seen;
    }

    /** {@code function} renamed {@code name}, with the change at {@code site} (0 to {@link #sites} - 1) made; {@code up} picks +1 or -1 for a literal. */
    public static Program.Function mutant(Program.Function function, String name, int site, boolean up) {
        Mutator mutator = new Mutator(site);
        mutator.up = up;
        return new Program.Function(name, function.params(), function.returns(), mutator.block(function.body()));
    }

    private static final class Mutator {
        private final int target;
        private int seen;
        private boolean up;

        Mutator(int target) {
            this.target = target;
        }

        private boolean hit() {
            return seen++ == target;
        }

        List<Stmt> block(List<Stmt> statements) {
            List<Stmt> out = new ArrayList<>();
            for (Stmt statement : statements) {
                out.add(statement(statement));
            }
            return out;
        }

        Stmt statement(Stmt statement) {
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
            // loops keep their bounds, so a mutant terminates whenever the original does
            if (statement instanceof Stmt.For loop) {
                return new Stmt.For(loop.variable(), loop.start(), loop.end(), block(loop.body()));
            }
            if (statement instanceof Stmt.While loop) {
                // the last statement steps the loop's counter and stays as it is too
                List<Stmt> body = new ArrayList<>(block(loop.body().subList(0, loop.body().size() - 1)));
                body.add(loop.body().get(loop.body().size() - 1));
                return new Stmt.While(loop.condition(), body);
            }
            return statement;
        }

        Expr expr(Expr expr) {
            if (expr instanceof Expr.Num num) {
                return hit() ? new Expr.Num(num.value() + (up ? 1 : -1)) : expr;
            }
            if (expr instanceof Expr.Not not) {
                return new Expr.Not(expr(not.operand()));
            }
            if (expr instanceof Expr.Binary binary) {
                String op = binary.op();
                // a divisor stays as it is, so that no mutant divides by zero
                if (op.equals("/") || op.equals("%")) {
                    return new Expr.Binary(op, expr(binary.left()), binary.right());
                }
                String swapped = SWAPS.containsKey(op) && hit() ? SWAPS.get(op) : op;
                return new Expr.Binary(swapped, expr(binary.left()), expr(binary.right()));
            }
            return expr;
        }
    }
}
