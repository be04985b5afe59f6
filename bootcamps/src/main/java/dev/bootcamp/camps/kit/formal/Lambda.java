package dev.bootcamp.camps.kit.formal;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * An untyped lambda term, named or nameless. A named variable has a {@code name}; a nameless (de Bruijn) variable has
 * an {@code index} from 1 (the nearest enclosing binder) and no name, and a named binder has the name it binds where
 * a nameless one has none. Text: {@code \x. body} (or {@code λx.}), {@code \x y. body} for nested binders, application
 * by juxtaposition to the left ({@code f a b} is {@code (f a) b}), a binder's body reaching as far right as it can;
 * nameless text writes {@code \ body} and numbers for variables.
 */
public record Lambda(Kind kind, String name, int index, Lambda left, Lambda right) {
    /** The longest text read. */
    public static final int MAX_TEXT = 6_000;
    /** The most nodes a read term may have. */
    public static final int MAX_NODES = 1_500;
    private static final int MAX_NESTING = 200;
    private static final List<String> NAMES = List.of("x", "y", "z", "u", "v", "w", "p", "q", "r", "s", "t", "m", "n", "k");

    /** What a node is. */
    public enum Kind { VAR, ABS, APP }

    public Lambda {
        requireNonNull(kind, "kind is null");
    }

    public static Lambda var(String name) {
        return new Lambda(Kind.VAR, name, 0, null, null);
    }

    public static Lambda index(int index) {
        return new Lambda(Kind.VAR, null, index, null, null);
    }

    /** A named binder ({@code name} non-null) or a nameless one ({@code name} null). */
    public static Lambda abs(String name, Lambda body) {
        return new Lambda(Kind.ABS, name, 0, body, null);
    }

    public static Lambda app(Lambda function, Lambda argument) {
        return new Lambda(Kind.APP, null, 0, function, argument);
    }

    public Lambda body() {
        return left;
    }

    /** Nodes: variables, binders and applications. */
    public int size() {
        return switch (kind) {
            case VAR -> 1;
            case ABS -> 1 + left.size();
            case APP -> 1 + left.size() + right.size();
        };
    }

    /** Redexes: applications whose function part is a binder. */
    public int redexes() {
        return switch (kind) {
            case VAR -> 0;
            case ABS -> left.redexes();
            case APP -> (left.kind == Kind.ABS ? 1 : 0) + left.redexes() + right.redexes();
        };
    }

    /** The variable occurrences, left to right. */
    public List<Lambda> occurrences() {
        List<Lambda> found = new ArrayList<>();
        occurrences(found);
        return found;
    }

    private void occurrences(List<Lambda> found) {
        if (kind == Kind.VAR) {
            found.add(this);
            return;
        }
        left.occurrences(found);
        if (right != null) {
            right.occurrences(found);
        }
    }

    /** This term with variable occurrence number {@code occurrence} (from 0, left to right) replaced by {@code with}. */
    public Lambda replaceOccurrence(int occurrence, Lambda with) {
        int[] count = {occurrence};
        return replace(count, with);
    }

    private Lambda replace(int[] count, Lambda with) {
        return switch (kind) {
            case VAR -> count[0]-- == 0 ? with : this;
            case ABS -> new Lambda(Kind.ABS, name, 0, left.replace(count, with), null);
            case APP -> app(left.replace(count, with), right.replace(count, with));
        };
    }

    /** The named variables occurring free, in order of first occurrence. */
    public Set<String> freeNames() {
        Set<String> names = new LinkedHashSet<>();
        free(new ArrayList<>(), names);
        return names;
    }

    private void free(List<String> bound, Set<String> names) {
        switch (kind) {
            case VAR -> {
                if (name != null && !bound.contains(name)) {
                    names.add(name);
                }
            }
            case ABS -> {
                bound.add(name == null ? "" : name);
                left.free(bound, names);
                bound.remove(bound.size() - 1);
            }
            case APP -> {
                left.free(bound, names);
                right.free(bound, names);
            }
        }
    }

    /** Text with the fewest parentheses: binder bodies reach right, applications associate to the left. */
    public String render() {
        StringBuilder text = new StringBuilder();
        render(text);
        return text.toString();
    }

    private void render(StringBuilder text) {
        switch (kind) {
            case VAR -> text.append(name != null ? name : String.valueOf(index));
            case ABS -> {
                text.append('\\').append(name != null ? name + ". " : " ");
                left.render(text);
            }
            case APP -> {
                if (left.kind == Kind.ABS) {
                    text.append('(');
                    left.render(text);
                    text.append(')');
                } else {
                    left.render(text);
                }
                text.append(' ');
                if (right.kind == Kind.VAR) {
                    right.render(text);
                } else {
                    text.append('(');
                    right.render(text);
                    text.append(')');
                }
            }
        }
    }

    @Override
    public String toString() {
        return render();
    }

    /** The nameless form: bound variables become indices, free named variables keep their names. */
    public Lambda nameless() {
        return nameless(new ArrayList<>());
    }

    private Lambda nameless(List<String> binders) {
        return switch (kind) {
            case VAR -> {
                if (name == null) {
                    yield this;
                }
                int at = binders.lastIndexOf(name);
                yield at < 0 ? this : index(binders.size() - at);
            }
            case ABS -> {
                binders.add(name);
                Lambda body = left.nameless(binders);
                binders.remove(binders.size() - 1);
                yield abs(null, body);
            }
            case APP -> app(left.nameless(binders), right.nameless(binders));
        };
    }

    /**
     * A named form of a nameless term: each binder gets the first of x, y, z, u, ... (then x1, y1, ...) that is neither
     * a free name of the term nor bound by an enclosing binder. An index pointing past every binder is an error.
     */
    public Lambda named() {
        Set<String> avoid = freeNames();
        return named(new ArrayList<>(), avoid);
    }

    private Lambda named(List<String> binders, Set<String> avoid) {
        return switch (kind) {
            case VAR -> {
                if (name != null) {
                    yield this;
                }
                if (index < 1 || index > binders.size()) {
                    throw new IllegalArgumentException("index " + index + " has no binder");
                }
                yield var(binders.get(binders.size() - index));
            }
            case ABS -> {
                String fresh = fresh(binders, avoid);
                binders.add(fresh);
                Lambda body = left.named(binders, avoid);
                binders.remove(binders.size() - 1);
                yield abs(fresh, body);
            }
            case APP -> app(left.named(binders, avoid), right.named(binders, avoid));
        };
    }

    private static String fresh(List<String> binders, Set<String> avoid) {
        for (int round = 0; ; round++) {
            for (String base : NAMES) {
                String candidate = round == 0 ? base : base + round;
                if (!binders.contains(candidate) && !avoid.contains(candidate)) {
                    return candidate;
                }
            }
        }
    }

    /** Whether two named terms differ only in the names of bound variables. */
    public static boolean alphaEquivalent(Lambda left, Lambda right) {
        return left.nameless().equals(right.nameless());
    }

    /** A nameless term with every index above {@code cutoff} raised by {@code by}. */
    static Lambda shift(Lambda term, int by, int cutoff) {
        return switch (term.kind) {
            case VAR -> term.name == null && term.index > cutoff ? index(term.index + by) : term;
            case ABS -> abs(null, shift(term.left, by, cutoff + 1));
            case APP -> app(shift(term.left, by, cutoff), shift(term.right, by, cutoff));
        };
    }

    /** The body of a nameless binder with its variable replaced by {@code argument} (which lives outside the binder). */
    static Lambda instantiate(Lambda body, Lambda argument, int depth) {
        return switch (body.kind) {
            case VAR -> {
                if (body.name != null || body.index <= depth) {
                    yield body;
                }
                yield body.index == depth + 1 ? shift(argument, depth, 0) : index(body.index - 1);
            }
            case ABS -> abs(null, instantiate(body.left, argument, depth + 1));
            case APP -> app(instantiate(body.left, argument, depth), instantiate(body.right, argument, depth));
        };
    }

    /** The nameless term with the free named variable {@code variable} replaced by the nameless {@code value}, capture-free. */
    public static Lambda substituteFree(Lambda term, String variable, Lambda value) {
        return substituteFree(term, variable, value, 0);
    }

    private static Lambda substituteFree(Lambda term, String variable, Lambda value, int depth) {
        return switch (term.kind) {
            case VAR -> variable.equals(term.name) ? shift(value, depth, 0) : term;
            case ABS -> abs(null, substituteFree(term.left, variable, value, depth + 1));
            case APP -> app(substituteFree(term.left, variable, value, depth), substituteFree(term.right, variable, value, depth));
        };
    }

    /** One normal-order (leftmost-outermost) beta step of a nameless term, or null when it is in normal form. */
    public static Lambda betaStep(Lambda term) {
        return switch (term.kind) {
            case VAR -> null;
            case ABS -> {
                Lambda body = betaStep(term.left);
                yield body == null ? null : abs(null, body);
            }
            case APP -> {
                if (term.left.kind == Kind.ABS) {
                    yield instantiate(term.left.left, term.right, 0);
                }
                Lambda function = betaStep(term.left);
                if (function != null) {
                    yield app(function, term.right);
                }
                Lambda argument = betaStep(term.right);
                yield argument == null ? null : app(term.left, argument);
            }
        };
    }

    /** A normal form reached in {@code steps} steps; {@code finished} is false when a bound stopped the reduction. */
    public record Reduction(Lambda result, int steps, boolean finished) {}

    /** Normal-order reduction of a nameless term, at most {@code maxSteps} steps and terms of {@code maxSize} nodes. */
    public static Reduction normalise(Lambda term, int maxSteps, int maxSize) {
        Lambda current = term;
        for (int steps = 0; ; steps++) {
            if (current.size() > maxSize) {
                return new Reduction(current, steps, false);
            }
            Lambda next = betaStep(current);
            if (next == null) {
                return new Reduction(current, steps, true);
            }
            if (steps >= maxSteps) {
                return new Reduction(current, steps, false);
            }
            current = next;
        }
    }

    /**
     * A random closed named term of about {@code size} nodes over binder names from the first {@code names} of x, y, z,
     * u, ...; an application's function part is a binder (a redex) with probability {@code redexShare}.
     */
    public static Lambda random(int size, int names, double redexShare, RandomGenerator random) {
        return random(Math.max(2, size), new ArrayList<>(), NAMES.subList(0, Math.min(names, NAMES.size())), redexShare, random);
    }

    /** As {@link #random(int, int, double, RandomGenerator)}, with the named variables {@code free} in scope from the start. */
    public static Lambda random(int size, List<String> free, int names, double redexShare, RandomGenerator random) {
        return random(Math.max(2, size), new ArrayList<>(free), NAMES.subList(0, Math.min(names, NAMES.size())), redexShare, random);
    }

    private static Lambda random(int size, List<String> scope, List<String> names, double redexShare, RandomGenerator random) {
        if (!scope.isEmpty() && (size <= 1 || size <= 2 && random.nextBoolean())) {
            return var(scope.get(random.nextInt(scope.size())));
        }
        if (scope.isEmpty() || size <= 3 || random.nextDouble() < 0.35) {
            String binder = names.get(random.nextInt(names.size()));
            scope.add(binder);
            Lambda body = random(size - 1, scope, names, redexShare, random);
            scope.remove(scope.size() - 1);
            return abs(binder, body);
        }
        int leftSize = 1 + random.nextInt(size - 2);
        Lambda function;
        if (random.nextDouble() < redexShare && leftSize >= 2) {
            String binder = names.get(random.nextInt(names.size()));
            scope.add(binder);
            function = abs(binder, random(leftSize - 1, scope, names, redexShare, random));
            scope.remove(scope.size() - 1);
        } else {
            function = random(leftSize, scope, names, redexShare, random);
        }
        return app(function, random(size - 1 - leftSize, scope, names, redexShare, random));
    }

    /**
     * A random closed term in normal form shaped like a combinator: {@code binders} distinct binders x, y, z, ... at the
     * top over an application tree with {@code applications} applications whose leaves are bound variables; an argument
     * is an inner binder (over a smaller tree) with probability {@code innerShare}. Function parts are never binders,
     * so there is no redex.
     */
    public static Lambda randomCombinator(int binders, int applications, double innerShare, RandomGenerator random) {
        int count = Math.max(1, Math.min(binders, 6));
        List<String> scope = new ArrayList<>(NAMES.subList(0, count));
        int[] next = {count};
        Lambda body = tree(Math.max(0, applications), scope, next, innerShare, random);
        for (int i = count - 1; i >= 0; i--) {
            body = abs(NAMES.get(i), body);
        }
        return body;
    }

    private static Lambda tree(int applications, List<String> scope, int[] next, double innerShare, RandomGenerator random) {
        if (applications == 0) {
            return var(scope.get(random.nextInt(scope.size())));
        }
        int left = random.nextInt(applications);
        int right = applications - 1 - left;
        Lambda function = tree(left, scope, next, innerShare, random);
        Lambda argument;
        if (right >= 1 && next[0] < NAMES.size() && random.nextDouble() < innerShare) {
            String name = NAMES.get(next[0]++);
            scope.add(name);
            argument = abs(name, tree(right - 1, scope, next, innerShare, random));
            scope.remove(scope.size() - 1);
        } else {
            argument = tree(right, scope, next, innerShare, random);
        }
        return app(function, argument);
    }

    /** Reads a named term; throws {@link AnswerFormatException} with a reason for anything else. */
    public static Lambda parse(String text) {
        return new Reader(text, false).whole();
    }

    /** Reads a nameless term (binders {@code \} without names, variables as numbers from 1). */
    public static Lambda parseNameless(String text) {
        return new Reader(text, true).whole();
    }

    /** A character-level reader; nesting and node count are bounded. */
    private static final class Reader {
        private final String text;
        private final boolean nameless;
        private int at;
        private int nodes;

        Reader(String text, boolean nameless) {
            if (text.length() > MAX_TEXT) {
                throw new AnswerFormatException("the term is too long (" + text.length() + " characters; at most " + MAX_TEXT + ")");
            }
            this.text = text;
            this.nameless = nameless;
        }

        Lambda whole() {
            Lambda term = term(0);
            skip();
            if (at < text.length()) {
                throw new AnswerFormatException("unexpected text at '" + Answers.abbreviate(text.substring(at)) + "'");
            }
            return term;
        }

        private void skip() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private void count() {
            if (++nodes > MAX_NODES) {
                throw new AnswerFormatException("the term has too many parts (at most " + MAX_NODES + ")");
            }
        }

        private boolean binderStart() {
            return at < text.length() && (text.charAt(at) == '\\' || text.charAt(at) == 'λ');
        }

        Lambda term(int depth) {
            if (depth > MAX_NESTING) {
                throw new AnswerFormatException("the term is nested too deeply");
            }
            skip();
            if (binderStart()) {
                return binder(depth);
            }
            Lambda result = null;
            while (true) {
                skip();
                if (at >= text.length() || text.charAt(at) == ')') {
                    break;
                }
                Lambda next = binderStart() ? binder(depth + 1) : atom(depth + 1);
                count();
                result = result == null ? next : app(result, next);
            }
            if (result == null) {
                throw new AnswerFormatException(at >= text.length() ? "a term is missing at the end" : "a term is missing before ')'");
            }
            return result;
        }

        private Lambda binder(int depth) {
            at++;
            count();
            if (nameless) {
                skip();
                if (at < text.length() && text.charAt(at) == '.') {
                    at++;
                }
                return abs(null, term(depth + 1));
            }
            List<String> names = new ArrayList<>();
            while (true) {
                skip();
                if (at < text.length() && text.charAt(at) == '.') {
                    at++;
                    break;
                }
                String name = identifier();
                if (name == null) {
                    throw new AnswerFormatException("a binder needs variable names and then a dot");
                }
                names.add(name);
                if (names.size() > MAX_NESTING) {
                    throw new AnswerFormatException("too many names in one binder");
                }
            }
            if (names.isEmpty()) {
                throw new AnswerFormatException("a binder needs at least one variable name before the dot");
            }
            Lambda body = term(depth + 1);
            for (int i = names.size() - 1; i >= 0; i--) {
                body = abs(names.get(i), body);
            }
            return body;
        }

        private Lambda atom(int depth) {
            char c = text.charAt(at);
            if (c == '(') {
                at++;
                Lambda inner = term(depth + 1);
                skip();
                if (at >= text.length() || text.charAt(at) != ')') {
                    throw new AnswerFormatException("a '(' is not closed");
                }
                at++;
                return inner;
            }
            if (nameless) {
                int start = at;
                while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
                    at++;
                }
                if (at == start || at - start > 4) {
                    throw new AnswerFormatException("expected an index (a number from 1) at '" + Answers.abbreviate(text.substring(start)) + "'");
                }
                int index = Integer.parseInt(text.substring(start, at));
                if (index < 1) {
                    throw new AnswerFormatException("indices start at 1, found 0");
                }
                return index(index);
            }
            String name = identifier();
            if (name == null) {
                throw new AnswerFormatException("expected a variable, '(' or a binder at '" + Answers.abbreviate(text.substring(at)) + "'");
            }
            return var(name);
        }

        private String identifier() {
            int start = at;
            while (at < text.length() && text.charAt(at) < 128 && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_' || text.charAt(at) == '\'')) {
                at++;
            }
            if (at == start) {
                return null;
            }
            if (!Character.isLetter(text.charAt(start)) || at - start > 12) {
                throw new AnswerFormatException("a variable name is a letter followed by letters or digits, found '" + Answers.abbreviate(text.substring(start, at)) + "'");
            }
            return text.substring(start, at);
        }
    }
}
