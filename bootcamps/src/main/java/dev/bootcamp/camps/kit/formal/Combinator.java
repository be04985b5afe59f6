package dev.bootcamp.camps.kit.formal;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;

/**
 * A combinatory-logic term: an atom (a combinator S, K, I, B, C, W or a lower-case variable) or an application of one
 * term to another, written left-associatively ({@code S K K x} is {@code ((S K) K) x}).
 */
public record Combinator(String atom, Combinator function, Combinator argument) {
    /** The combinator letters read by the parser. */
    public static final String COMBINATORS = "SKIBCW";
    /** The most characters of text read. */
    public static final int MAX_TEXT = 4000;

    public static Combinator atom(String name) {
        return new Combinator(name, null, null);
    }

    public static Combinator apply(Combinator function, Combinator argument) {
        return new Combinator(null, function, argument);
    }

    public boolean leaf() {
        return atom != null;
    }

    public int size() {
        return leaf() ? 1 : function.size() + argument.size();
    }

    public boolean contains(String name) {
        return leaf() ? atom.equals(name) : function.contains(name) || argument.contains(name);
    }

    /** Left-associative text with only the parentheses needed. */
    public String render() {
        if (leaf()) {
            return atom;
        }
        String right = argument.render();
        return function.render() + " " + (argument.leaf() ? right : "(" + right + ")");
    }

    /** Parses a term of combinators and single lower-case letters; recursion is bounded by {@link Terms#MAX_DEPTH}. */
    public static Combinator parse(String text) {
        if (text.length() > MAX_TEXT) {
            throw new AnswerFormatException("the term is too long (" + text.length() + " characters; at most " + MAX_TEXT + ")");
        }
        int[] at = {0};
        Combinator term = sequence(text, at, 0);
        if (at[0] < text.length()) {
            throw new AnswerFormatException("unexpected ')' at position " + (at[0] + 1));
        }
        return term;
    }

    private static Combinator sequence(String text, int[] at, int depth) {
        if (depth > Terms.MAX_DEPTH) {
            throw new AnswerFormatException("the term is nested too deeply");
        }
        Combinator term = null;
        while (at[0] < text.length()) {
            char c = text.charAt(at[0]);
            Combinator next;
            if (Character.isWhitespace(c)) {
                at[0]++;
                continue;
            } else if (c == ')') {
                break;
            } else if (c == '(') {
                at[0]++;
                next = sequence(text, at, depth + 1);
                if (at[0] >= text.length() || text.charAt(at[0]) != ')') {
                    throw new AnswerFormatException("a '(' is never closed");
                }
                at[0]++;
            } else if (COMBINATORS.indexOf(c) >= 0 || c >= 'a' && c <= 'z') {
                next = atom(String.valueOf(c));
                at[0]++;
            } else {
                throw new AnswerFormatException("unexpected character '" + Answers.abbreviate(String.valueOf(c)) + "'; use " + String.join(" ", COMBINATORS.split("")) + ", letters and parentheses");
            }
            term = term == null ? next : apply(term, next);
        }
        if (term == null) {
            throw new AnswerFormatException("an empty term or empty parentheses");
        }
        return term;
    }

    /** The result of reducing: the last term, the steps taken, and whether it is a normal form. */
    public record Reduction(Combinator result, int steps, boolean normal) {}

    /**
     * Reduces in normal order (always the leftmost-outermost redex) until no combinator has enough arguments, at most
     * {@code maxSteps} steps and terms of {@code maxSize} atoms.
     */
    public Reduction normalise(int maxSteps, int maxSize) {
        Combinator current = this;
        for (int step = 0; step < maxSteps; step++) {
            Combinator next = current.step();
            if (next == null) {
                return new Reduction(current, step, true);
            }
            current = next;
            if (current.size() > maxSize) {
                return new Reduction(current, step + 1, false);
            }
        }
        return new Reduction(current, maxSteps, current.step() == null);
    }

    /** One leftmost-outermost step, or null in normal form. Iterative down the spine; arguments recurse. */
    private Combinator step() {
        List<Combinator> args = new ArrayList<>();
        Combinator head = this;
        while (!head.leaf()) {
            args.add(0, head.argument);
            head = head.function;
        }
        int needed = switch (head.atom) {
            case "I" -> 1;
            case "K", "W" -> 2;
            case "S", "B", "C" -> 3;
            default -> Integer.MAX_VALUE;
        };
        if (args.size() >= needed) {
            Combinator reduced = switch (head.atom) {
                case "I" -> args.get(0);
                case "K" -> args.get(0);
                case "W" -> apply(apply(args.get(0), args.get(1)), args.get(1));
                case "S" -> apply(apply(args.get(0), args.get(2)), apply(args.get(1), args.get(2)));
                case "B" -> apply(args.get(0), apply(args.get(1), args.get(2)));
                default -> apply(apply(args.get(0), args.get(2)), args.get(1));
            };
            for (int i = needed; i < args.size(); i++) {
                reduced = apply(reduced, args.get(i));
            }
            return reduced;
        }
        for (int i = 0; i < args.size(); i++) {
            Combinator inner = args.get(i).step();
            if (inner != null) {
                Combinator rebuilt = head;
                for (int j = 0; j < args.size(); j++) {
                    rebuilt = apply(rebuilt, j == i ? inner : args.get(j));
                }
                return rebuilt;
            }
        }
        return null;
    }
}
