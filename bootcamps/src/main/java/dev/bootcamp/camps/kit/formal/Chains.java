package dev.bootcamp.camps.kit.formal;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Equational rewrite chains in text: a start term on the first line, then one step a line written
 * {@code A3 -> 1.2 : term} (axiom, direction {@code ->} left to right or {@code <-} right to left, position, the term
 * after the step).
 */
public final class Chains {
    /** The most steps a chain may have. */
    public static final int MAX_STEPS = 200;

    private Chains() {}

    /** A chain: its first term and its steps. */
    public record Chain(Term start, List<Theory.Move> steps) {
        public Chain {
            steps = List.copyOf(steps);
        }
    }

    public static String render(Chain chain) {
        StringBuilder text = new StringBuilder(chain.start().render());
        for (Theory.Move step : chain.steps()) {
            text.append('\n').append(step.axiom()).append(step.forward() ? " -> " : " <- ").append(Term.position(step.position()))
                    .append(" : ").append(step.result().render());
        }
        return text.toString();
    }

    public static Chain parse(String text) {
        if (text.length() > Terms.MAX_TEXT) {
            throw new AnswerFormatException("the chain is too long (" + text.length() + " characters)");
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        if (lines.isEmpty()) {
            throw new AnswerFormatException("no chain found");
        }
        if (lines.size() > MAX_STEPS + 1) {
            throw new AnswerFormatException("too many steps (at most " + MAX_STEPS + ")");
        }
        String first = lines.get(0).startsWith("=") ? lines.get(0).substring(1) : lines.get(0);
        Term start = Terms.parse(first);
        List<Theory.Move> steps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            steps.add(step(lines.get(i), i));
        }
        return new Chain(start, steps);
    }

    private static Theory.Move step(String line, int number) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            throw new AnswerFormatException("step " + number + " needs 'axiom direction position : term'");
        }
        String[] head = line.substring(0, colon).strip().split("\\s+");
        if (head.length != 3) {
            throw new AnswerFormatException("step " + number + " needs an axiom, a direction and a position before the colon");
        }
        boolean forward = switch (head[1]) {
            case "->", "→" -> true;
            case "<-", "←" -> false;
            default -> throw new AnswerFormatException("step " + number + ": the direction must be -> or <-, found '" + Answers.abbreviate(head[1]) + "'");
        };
        return new Theory.Move(head[0].toUpperCase(Locale.ROOT), forward, position(head[2], number), Terms.parse(line.substring(colon + 1)));
    }

    /** A position: {@code root}, or argument numbers from 1 joined by dots. */
    public static List<Integer> position(String text, int number) {
        if (text.equalsIgnoreCase("root") || text.equals("ε")) {
            return List.of();
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length > Terms.MAX_DEPTH) {
            throw new AnswerFormatException("step " + number + ": the position is too deep");
        }
        List<Integer> position = new ArrayList<>();
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 2 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new AnswerFormatException("step " + number + ": a position is root or numbers joined by dots, found '" + Answers.abbreviate(text) + "'");
            }
            position.add(Integer.parseInt(part));
        }
        return position;
    }

    /**
     * The first problem of the chain as a proof of {@code left = right} in the theory, or null when every step is one
     * axiom instance at the position named and the chain runs from {@code left} to {@code right}.
     */
    public static String problem(Chain chain, Theory theory, Term left, Term right) {
        if (!chain.start().equals(left)) {
            return "the chain must start with " + left.render() + ", not " + chain.start().render();
        }
        Term current = chain.start();
        for (int i = 0; i < chain.steps().size(); i++) {
            Theory.Move step = chain.steps().get(i);
            Rule axiom = theory.axiom(step.axiom());
            if (axiom == null) {
                return "step " + (i + 1) + " names no axiom of the theory ('" + Answers.abbreviate(step.axiom()) + "')";
            }
            String problem = Rewriting.stepProblem(current, step.result(), step.forward() ? axiom : axiom.reversed(), step.position());
            if (problem != null) {
                return "step " + (i + 1) + " (" + axiom.name() + (step.forward() ? " ->" : " <-") + "): " + problem;
            }
            current = step.result();
        }
        return current.equals(right) ? null : "the chain ends at " + current.render() + ", not " + right.render();
    }
}
