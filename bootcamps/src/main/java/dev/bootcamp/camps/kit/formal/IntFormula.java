package dev.bootcamp.camps.kit.formal;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Integer expressions and assertions over named integer variables, as one tree: numbers, variables, {@code + - *},
 * comparisons {@code = != < <= > >=}, and {@code & | !} (also {@code and or not}, {@code == <> && ||}) with
 * {@code true} and {@code false}. A bounded reader checks that numbers and truth values are used where each belongs;
 * evaluation uses exact long arithmetic and reports overflow as an error.
 */
public record IntFormula(String op, String name, long value, List<IntFormula> args) {
    private static final int MAX_TEXT = 2_000;
    private static final int MAX_DEPTH = 40;
    private static final List<String> RELATIONS = List.of("<=", ">=", "!=", "<", ">", "=");

    public IntFormula {
        requireNonNull(op, "op is null");
        args = List.copyOf(args);
    }

    public static IntFormula number(long value) {
        return new IntFormula("num", null, value, List.of());
    }

    public static IntFormula variable(String name) {
        return new IntFormula("var", name, 0, List.of());
    }

    public static IntFormula of(String op, IntFormula... args) {
        return new IntFormula(op, null, 0, List.of(args));
    }

    /** Whether the node is an assertion (true or false) rather than a number. */
    public boolean logical() {
        return switch (op) {
            case "num", "var", "+", "-", "*", "neg" -> false;
            default -> true;
        };
    }

    /** The number this expression denotes in {@code state}; an unknown variable or an overflow throws ArithmeticException. */
    public long number(Map<String, Long> state) {
        return switch (op) {
            case "num" -> value;
            case "var" -> {
                Long bound = state.get(name);
                if (bound == null) {
                    throw new ArithmeticException("unknown variable " + name);
                }
                yield bound;
            }
            case "+" -> Math.addExact(args.get(0).number(state), args.get(1).number(state));
            case "-" -> Math.subtractExact(args.get(0).number(state), args.get(1).number(state));
            case "*" -> Math.multiplyExact(args.get(0).number(state), args.get(1).number(state));
            case "neg" -> Math.negateExact(args.get(0).number(state));
            default -> throw new IllegalStateException("not a number: " + op);
        };
    }

    /** Whether this assertion holds in {@code state}. */
    public boolean holds(Map<String, Long> state) {
        return switch (op) {
            case "true" -> true;
            case "false" -> false;
            case "!" -> !args.get(0).holds(state);
            case "&" -> args.get(0).holds(state) && args.get(1).holds(state);
            case "|" -> args.get(0).holds(state) || args.get(1).holds(state);
            default -> compare(op, args.get(0).number(state), args.get(1).number(state));
        };
    }

    private static boolean compare(String relation, long left, long right) {
        return switch (relation) {
            case "=" -> left == right;
            case "!=" -> left != right;
            case "<" -> left < right;
            case "<=" -> left <= right;
            case ">" -> left > right;
            default -> left >= right;
        };
    }

    /** Text with parentheses around every compound operand: {@code (x + y = n) & (x <= n)}. */
    public String render() {
        return switch (op) {
            case "num" -> String.valueOf(value);
            case "var" -> name;
            case "true", "false" -> op;
            case "neg" -> "-" + wrap(args.get(0));
            case "!" -> "!" + wrap(args.get(0));
            default -> wrap(args.get(0)) + " " + op + " " + wrap(args.get(1));
        };
    }

    private static String wrap(IntFormula operand) {
        return operand.args.isEmpty() ? operand.render() : "(" + operand.render() + ")";
    }

    @Override
    public String toString() {
        return render();
    }

    /** Reads an assertion; throws {@link AnswerFormatException} with a reason for anything else. */
    public static IntFormula parseAssertion(String text) {
        IntFormula formula = new Reader(text).whole();
        if (!formula.logical()) {
            throw new AnswerFormatException("expected a condition (true or false), found a number expression");
        }
        return formula;
    }

    /** Reads a number expression (no comparisons or connectives). */
    public static IntFormula parseNumber(String text) {
        IntFormula formula = new Reader(text).whole();
        if (formula.logical()) {
            throw new AnswerFormatException("expected a number expression, found a condition");
        }
        return formula;
    }

    /** The variable names used, in order of first occurrence. */
    public List<String> variables() {
        List<String> names = new ArrayList<>();
        collect(names);
        return names;
    }

    private void collect(List<String> names) {
        if (op.equals("var") && !names.contains(name)) {
            names.add(name);
        }
        args.forEach(arg -> arg.collect(names));
    }

    /** Precedence climbing over tokens; nesting is bounded. */
    private static final class Reader {
        private final List<String> tokens = new ArrayList<>();
        private int at;

        Reader(String text) {
            if (text.length() > MAX_TEXT) {
                throw new AnswerFormatException("the condition is too long (at most " + MAX_TEXT + " characters)");
            }
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                int start = i;
                if (c < 128 && Character.isLetterOrDigit(c)) {
                    while (i < text.length() && text.charAt(i) < 128 && Character.isLetterOrDigit(text.charAt(i))) {
                        i++;
                    }
                } else if (i + 1 < text.length() && List.of("<=", ">=", "!=", "==", "&&", "||", "<>").contains(text.substring(i, i + 2))) {
                    i += 2;
                } else if ("+-*()<>=!&|".indexOf(c) >= 0) {
                    i++;
                } else {
                    throw new AnswerFormatException("unexpected character '" + Answers.abbreviate(String.valueOf(c)) + "' in the condition");
                }
                tokens.add(normal(text.substring(start, i)));
            }
        }

        private static String normal(String token) {
            return switch (token.toLowerCase(Locale.ROOT)) {
                case "==" -> "=";
                case "<>" -> "!=";
                case "&&", "and" -> "&";
                case "||", "or" -> "|";
                case "not" -> "!";
                case "true", "false" -> token.toLowerCase(Locale.ROOT);
                default -> token;
            };
        }

        IntFormula whole() {
            if (tokens.isEmpty()) {
                throw new AnswerFormatException("the condition is empty");
            }
            IntFormula result = or(0);
            if (at < tokens.size()) {
                throw new AnswerFormatException("unexpected '" + Answers.abbreviate(tokens.get(at)) + "' in the condition");
            }
            return result;
        }

        private String peek() {
            return at < tokens.size() ? tokens.get(at) : "";
        }

        private IntFormula or(int depth) {
            IntFormula left = and(depth);
            while (peek().equals("|")) {
                at++;
                left = of("|", logical(left), logical(and(depth)));
            }
            return left;
        }

        private IntFormula and(int depth) {
            IntFormula left = not(depth);
            while (peek().equals("&")) {
                at++;
                left = of("&", logical(left), logical(not(depth)));
            }
            return left;
        }

        private IntFormula not(int depth) {
            if (peek().equals("!")) {
                at++;
                if (depth > MAX_DEPTH) {
                    throw new AnswerFormatException("the condition is nested too deeply");
                }
                return of("!", logical(not(depth + 1)));
            }
            IntFormula left = sum(depth);
            if (RELATIONS.contains(peek())) {
                String relation = tokens.get(at++);
                return of(relation, numeric(left), numeric(sum(depth)));
            }
            return left;
        }

        private IntFormula sum(int depth) {
            IntFormula left = product(depth);
            while (peek().equals("+") || peek().equals("-")) {
                String op = tokens.get(at++);
                left = of(op, numeric(left), numeric(product(depth)));
            }
            return left;
        }

        private IntFormula product(int depth) {
            IntFormula left = unary(depth);
            while (peek().equals("*")) {
                at++;
                left = of("*", numeric(left), numeric(unary(depth)));
            }
            return left;
        }

        private IntFormula unary(int depth) {
            if (depth > MAX_DEPTH) {
                throw new AnswerFormatException("the condition is nested too deeply");
            }
            String token = peek();
            if (token.isEmpty()) {
                throw new AnswerFormatException("the condition ends too early");
            }
            at++;
            if (token.equals("-")) {
                return of("neg", numeric(unary(depth + 1)));
            }
            if (token.equals("(")) {
                IntFormula inner = or(depth + 1);
                if (!peek().equals(")")) {
                    throw new AnswerFormatException("a '(' is not closed");
                }
                at++;
                return inner;
            }
            if (token.equals("true") || token.equals("false")) {
                return new IntFormula(token, null, 0, List.of());
            }
            if (Character.isDigit(token.charAt(0))) {
                if (token.length() > 9 || !token.chars().allMatch(Character::isDigit)) {
                    throw new AnswerFormatException("bad number '" + Answers.abbreviate(token) + "'");
                }
                return number(Long.parseLong(token));
            }
            if (Character.isLetter(token.charAt(0)) && token.length() <= 12) {
                return variable(token);
            }
            throw new AnswerFormatException("unexpected '" + Answers.abbreviate(token) + "' in the condition");
        }

        private static IntFormula logical(IntFormula formula) {
            if (!formula.logical()) {
                throw new AnswerFormatException("'" + Answers.abbreviate(formula.render()) + "' is a number where a condition is needed");
            }
            return formula;
        }

        private static IntFormula numeric(IntFormula formula) {
            if (formula.logical()) {
                throw new AnswerFormatException("'" + Answers.abbreviate(formula.render()) + "' is a condition where a number is needed");
            }
            return formula;
        }
    }
}
