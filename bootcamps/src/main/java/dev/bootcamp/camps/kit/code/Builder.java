package dev.bootcamp.camps.kit.code;

import dev.bootcamp.camps.kit.Draw;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws random statements and expressions over whole-number variables that always terminate: for loops run over
 * literal ranges, and each while loop counts a fresh counter up to a literal bound, the counter assigned only by the
 * loop's last statement. Values may still grow past a language's bounds; run the result and draw again when the run
 * ends in {@link Fault#LIMIT}.
 */
public final class Builder {
    private static final List<String> LOOP_NAMES = List.of("i", "j", "k");
    private static final List<String> COUNTER_NAMES = List.of("w", "v", "u", "t");

    /**
     * How a builder draws: {@code rounds} bounds every loop's rounds, {@code division} allows {@code /} and {@code %}
     * (by a literal that is never 0 unless {@code zeroRisk}), {@code prints} adds print statements, {@code whiles} adds
     * while loops, {@code elses} the share of ifs (in percent) with an else branch.
     */
    public record Options(int rounds, boolean division, boolean prints, boolean whiles, int elses, boolean zeroRisk) {}

    private final RandomGenerator random;
    private final Options options;
    private final List<String> variables;
    private final List<String> readOnly = new ArrayList<>();
    private int loops;
    private String list;
    private int counters;

    /** A builder over the whole-number {@code variables}, which the program must declare before the drawn statements. */
    public Builder(RandomGenerator random, Options options, List<String> variables) {
        this.random = random;
        this.options = options;
        this.variables = List.copyOf(variables);
    }

    /**
     * Lets assignments also read and write the list variable {@code name} (at indices near the variables, loop
     * variables and the list's end), which may index out of range: for programs meant to fail.
     */
    public Builder withList(String name) {
        this.list = name;
        return this;
    }

    /** {@code count} distinct variable names for whole numbers, never a loop variable or counter name. */
    public static List<String> names(int count, RandomGenerator random) {
        List<String> pool = new ArrayList<>(List.of("a", "b", "c", "d", "e", "f", "g", "h", "m", "n", "p", "q", "r", "s", "x", "y", "z"));
        Draw.shuffle(pool, random);
        return List.copyOf(pool.subList(0, count).stream().sorted().toList());
    }

    /** Declarations of the builder's variables with small starting values. */
    public List<Stmt> declarations(int low, int high) {
        List<Stmt> lets = new ArrayList<>();
        for (String name : variables) {
            int value = Draw.between(low, high, random);
            lets.add(new Stmt.Let(Type.INT, name, new Expr.Num(value == 0 ? high : value)));
        }
        return lets;
    }

    /** A block of about {@code size} statements (compound ones count their bodies) nested at most {@code depth} deep. */
    public List<Stmt> block(int size, int depth) {
        List<Stmt> statements = new ArrayList<>();
        int left = size;
        while (left > 0) {
            int kind = random.nextInt(10);
            if (depth > 0 && left >= 2 && kind < 2) {
                int inner = Draw.between(1, Math.min(3, left - 1), random);
                statements.add(branch(inner, depth));
                left -= inner + 1;
            } else if (depth > 0 && left >= 2 && kind < 4 && loops < LOOP_NAMES.size()) {
                int inner = Draw.between(1, Math.min(3, left - 1), random);
                statements.addAll(loop(inner, depth));
                left -= inner + 1;
            } else if (options.prints() && kind < 6) {
                statements.add(new Stmt.Print(printed()));
                left--;
            } else {
                statements.add(assignment());
                left--;
            }
        }
        return statements;
    }

    /** What a print statement shows: a loop variable inside a loop now and then, else a variable or a small expression. */
    private Expr printed() {
        if (!readOnly.isEmpty() && random.nextInt(3) == 0) {
            return new Expr.Binary(Draw.pick(List.of("+", "-", "*"), random), new Expr.Var(Draw.pick(variables, random)),
                    new Expr.Var(readOnly.get(readOnly.size() - 1)));
        }
        return random.nextInt(3) == 0 ? expression(1) : new Expr.Var(Draw.pick(variables, random));
    }

    /** An assignment to one of the variables, often in terms of its own value. */
    public Stmt assignment() {
        if (list != null && random.nextInt(3) == 0) {
            return listStatement();
        }
        String target = Draw.pick(variables, random);
        Expr value = random.nextInt(3) > 0
                ? new Expr.Binary(Draw.pick(List.of("+", "-", "+", "*"), random), new Expr.Var(target), expression(random.nextInt(2)))
                : expression(2);
        if (options.division() && random.nextInt(4) == 0) {
            value = new Expr.Binary(random.nextBoolean() ? "/" : "%", value, divisor());
        }
        return new Stmt.Assign(target, value);
    }

    private Stmt listStatement() {
        List<String> reach = new ArrayList<>(variables);
        reach.addAll(readOnly);
        Expr index = switch (random.nextInt(3)) {
            case 0 -> new Expr.Var(Draw.pick(reach, random));
            case 1 -> new Expr.Binary("+", new Expr.Var(Draw.pick(reach, random)), new Expr.Num(Draw.between(1, 3, random)));
            default -> new Expr.Binary("-", new Expr.Length(new Expr.Var(list)), new Expr.Num(Draw.between(0, 2, random)));
        };
        return switch (random.nextInt(3)) {
            case 0 -> new Stmt.SetItem(list, index, expression(1));
            case 1 -> new Stmt.Assign(Draw.pick(variables, random), new Expr.Item(new Expr.Var(list), index));
            default -> new Stmt.Append(list, new Expr.Var(Draw.pick(reach, random)));
        };
    }

    private Expr divisor() {
        if (options.zeroRisk() && random.nextInt(3) == 0) {
            return new Expr.Var(Draw.pick(variables, random));
        }
        return new Expr.Num(Draw.between(2, 7, random) * (random.nextInt(5) == 0 ? -1 : 1));
    }

    /** A whole-number expression of at most {@code depth} operators over the variables in reach. */
    public Expr expression(int depth) {
        if (depth == 0 || random.nextInt(3) == 0) {
            return leaf();
        }
        String op = Draw.pick(options.division() ? List.of("+", "-", "*", "+", "-", "%") : List.of("+", "-", "*", "+", "-"), random);
        if (op.equals("%")) {
            return new Expr.Binary(op, expression(depth - 1), divisor());
        }
        Expr right = op.equals("*") ? new Expr.Num(Draw.between(2, 4, random)) : expression(depth - 1);
        return new Expr.Binary(op, expression(depth - 1), right);
    }

    private Expr leaf() {
        List<String> reach = new ArrayList<>(variables);
        reach.addAll(readOnly);
        if (random.nextInt(3) == 0) {
            return new Expr.Num(Draw.between(1, 9, random));
        }
        return new Expr.Var(Draw.pick(reach, random));
    }

    /** A comparison of a variable with a number, another variable or a remainder test; compound at higher depth. */
    public Expr condition(boolean compound) {
        Expr simple = comparison();
        if (!compound || random.nextInt(3) > 0) {
            return simple;
        }
        return new Expr.Binary(random.nextBoolean() ? "and" : "or", simple, random.nextInt(4) == 0 ? new Expr.Not(comparison()) : comparison());
    }

    private Expr comparison() {
        List<String> reach = new ArrayList<>(variables);
        reach.addAll(readOnly);
        Expr left = new Expr.Var(Draw.pick(reach, random));
        String op = Draw.pick(List.of("<", "<=", ">", ">=", "==", "!="), random);
        if (random.nextInt(4) == 0) {
            int modulus = Draw.between(2, 4, random);
            return new Expr.Binary(random.nextBoolean() ? "==" : "!=", new Expr.Binary("%", left, new Expr.Num(modulus)),
                    new Expr.Num(random.nextInt(modulus)));
        }
        List<String> others = reach.stream().filter(name -> !name.equals(((Expr.Var) left).name())).toList();
        Expr right = random.nextBoolean() && !others.isEmpty() ? new Expr.Var(Draw.pick(others, random)) : new Expr.Num(Draw.between(-3, 12, random));
        return new Expr.Binary(op, left, right);
    }

    private Stmt branch(int inner, int depth) {
        Expr condition = condition(depth > 1);
        if (random.nextInt(100) < options.elses() && inner >= 2) {
            int first = Draw.between(1, inner - 1, random);
            return new Stmt.If(condition, block(first, depth - 1), block(inner - first, depth - 1));
        }
        return new Stmt.If(condition, block(inner, depth - 1), List.of());
    }

    private List<Stmt> loop(int inner, int depth) {
        int rounds = Draw.between(2, Math.max(2, options.rounds()), random);
        if (options.whiles() && counters < COUNTER_NAMES.size() && random.nextInt(3) == 0) {
            // each counter is declared once per program, so no two declarations share a scope in JavaScript or C++
            String counter = COUNTER_NAMES.get(counters++);
            int step = Draw.between(1, 2, random);
            loops++;
            readOnly.add(counter);
            List<Stmt> body = new ArrayList<>(block(inner, depth - 1));
            readOnly.remove(counter);
            loops--;
            body.add(new Stmt.Assign(counter, new Expr.Binary("+", new Expr.Var(counter), new Expr.Num(step))));
            Expr test = new Expr.Binary("<", new Expr.Var(counter), new Expr.Num((long) rounds * step));
            return List.of(new Stmt.Let(Type.INT, counter, new Expr.Num(0)), new Stmt.While(test, body));
        }
        String variable = LOOP_NAMES.get(loops);
        int start = Draw.between(0, 2, random);
        loops++;
        readOnly.add(variable);
        List<Stmt> body = block(inner, depth - 1);
        readOnly.remove(variable);
        loops--;
        return List.of(new Stmt.For(variable, new Expr.Num(start), new Expr.Num(start + rounds), body));
    }
}
