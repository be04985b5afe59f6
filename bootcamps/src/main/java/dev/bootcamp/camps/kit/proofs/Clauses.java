package dev.bootcamp.camps.kit.proofs;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Clauses as bit sets over at most 32 variables: bit {@code 2v} is the literal v, bit {@code 2v + 1} its negation. The
 * empty clause is 0. Written as literals joined by " ∨ " in variable order ({@code P ∨ ¬Q}), the empty clause as □.
 */
public final class Clauses {
    public static final int MAX_VARIABLES = 32;
    /** The words read as the empty clause. */
    public static final List<String> EMPTY = List.of("□", "⊥", "empty", "[]", "∅", "()");

    private Clauses() {}

    public static long literal(int variable, boolean negated) {
        return 1L << (2 * variable + (negated ? 1 : 0));
    }

    /** Whether a clause holds a literal and its negation. */
    public static boolean tautology(long clause) {
        return ((clause & 0x5555555555555555L) & (clause >>> 1)) != 0;
    }

    /** The variables on which two clauses clash (one has v, the other ¬v), as a bit set of variables. */
    public static long clashes(long first, long second) {
        long firstPositive = first & 0x5555555555555555L;
        long firstNegative = (first >>> 1) & 0x5555555555555555L;
        long secondPositive = second & 0x5555555555555555L;
        long secondNegative = (second >>> 1) & 0x5555555555555555L;
        long both = (firstPositive & secondNegative) | (firstNegative & secondPositive);
        long variables = 0;
        while (both != 0) {
            variables |= 1L << (Long.numberOfTrailingZeros(both) / 2);
            both &= both - 1;
        }
        return variables;
    }

    /** The resolvent of two clauses on a variable they clash on. */
    public static long resolve(long first, long second, int variable) {
        long pair = 3L << (2 * variable);
        return (first | second) & ~pair;
    }

    /** The literals that are true when every literal of {@code falseLiterals} is false. */
    public static long opposite(long literals) {
        return ((literals & 0x5555555555555555L) << 1) | ((literals >>> 1) & 0x5555555555555555L);
    }

    /**
     * Whether unit propagation over {@code clauses}, starting from every literal of {@code clause} made false, reaches a
     * clause with all literals false: the test of a reverse-unit-propagation (RUP) step. A clause with a literal and its
     * negation passes at once.
     */
    public static boolean propagatesToConflict(List<Long> clauses, long clause) {
        long falseLiterals = clause;
        boolean changed = true;
        while (changed) {
            changed = false;
            if ((falseLiterals & opposite(falseLiterals)) != 0) {
                return true;
            }
            long trueLiterals = opposite(falseLiterals);
            for (long other : clauses) {
                if ((other & trueLiterals) != 0) {
                    continue;
                }
                long open = other & ~falseLiterals;
                if (open == 0) {
                    return true;
                }
                if (Long.bitCount(open) == 1) {
                    falseLiterals |= opposite(open);
                    trueLiterals = opposite(falseLiterals);
                    changed = true;
                }
            }
        }
        return false;
    }

    /** The number of literals. */
    public static int size(long clause) {
        return Long.bitCount(clause);
    }

    /** Whether the clause is true under an assignment given as a bit set of true variables. */
    public static boolean satisfied(long clause, long trueVariables) {
        for (int v = 0; v < MAX_VARIABLES; v++) {
            boolean value = (trueVariables >>> v & 1) == 1;
            if ((clause >>> (2 * v) & 1) == 1 && value || (clause >>> (2 * v + 1) & 1) == 1 && !value) {
                return true;
            }
        }
        return false;
    }

    /** Whether the clauses over {@code variables} variables have no satisfying assignment (brute force, at most 20). */
    public static boolean unsatisfiable(List<Long> clauses, int variables) {
        long[] array = clauses.stream().mapToLong(Long::longValue).toArray();
        for (long assignment = 0; assignment < 1L << variables; assignment++) {
            long trueLiterals = 0;
            for (int v = 0; v < variables; v++) {
                trueLiterals |= literal(v, (assignment >>> v & 1) == 0);
            }
            boolean all = true;
            for (long clause : array) {
                if ((clause & trueLiterals) == 0) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a clause without knowing the variables: its literals ({@code P}, {@code ¬Q}) sorted by name, negative after
     * positive, without repeats; an empty list for the empty clause. See {@link #parse} for what is read.
     */
    public static List<String> literals(String text) {
        String stripped = text.strip();
        if (stripped.length() > 1_000) {
            throw new AnswerFormatException("a clause longer than 1000 characters");
        }
        if (EMPTY.contains(stripped.toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        TreeSet<String> literals = new TreeSet<>(Clauses::compareLiterals);
        for (String token : stripped.replace("∨", " ").replace("|", " ").replace(",", " ").split("\\s+")) {
            if (token.isEmpty() || token.equalsIgnoreCase("or")) {
                continue;
            }
            boolean negated = false;
            String name = token;
            while (!name.isEmpty() && "¬~!-".indexOf(name.charAt(0)) >= 0) {
                negated = !negated;
                name = name.substring(1);
            }
            if (!name.matches("[A-Z][0-9]{0,3}")) {
                throw new AnswerFormatException("'" + Answers.abbreviate(token) + "' is not a literal (a capital letter, ¬ before it when negated)");
            }
            literals.add(negated ? "¬" + name : name);
        }
        if (literals.isEmpty()) {
            throw new AnswerFormatException("an empty clause is written □");
        }
        return List.copyOf(literals);
    }

    private static int compareLiterals(String a, String b) {
        String nameA = a.startsWith("¬") ? a.substring(1) : a;
        String nameB = b.startsWith("¬") ? b.substring(1) : b;
        int byName = nameA.compareTo(nameB);
        return byName != 0 ? byName : Boolean.compare(a.startsWith("¬"), b.startsWith("¬"));
    }

    /** The literals of a clause, in the order {@link #literals(String)} gives. */
    public static List<String> literals(long clause, List<String> names) {
        List<String> literals = new ArrayList<>();
        for (int v = 0; v < names.size(); v++) {
            if ((clause >>> (2 * v) & 1) == 1) {
                literals.add(names.get(v));
            }
            if ((clause >>> (2 * v + 1) & 1) == 1) {
                literals.add("¬" + names.get(v));
            }
        }
        literals.sort(Clauses::compareLiterals);
        return literals;
    }

    /** The clause of a literal list over {@code names}, or -1 when a literal names another variable. */
    public static long mask(List<String> literals, List<String> names) {
        long clause = 0;
        for (String literal : literals) {
            boolean negated = literal.startsWith("¬");
            int variable = names.indexOf(negated ? literal.substring(1) : literal);
            if (variable < 0) {
                return -1;
            }
            clause |= literal(variable, negated);
        }
        return clause;
    }

    /** A literal list written as {@link #render(long, List)} writes a clause. */
    public static String render(List<String> literals) {
        return literals.isEmpty() ? "□" : String.join(" ∨ ", literals);
    }

    public static String render(long clause, List<String> names) {
        return render(literals(clause, names));
    }

    /**
     * Reads a clause: literals ({@code P}, {@code ¬P}, {@code ~P}, {@code -P}, {@code !P}) separated by ∨, |, "or",
     * commas or spaces, or one of {@link #EMPTY} for the empty clause; a name not in {@code names} is an error.
     */
    public static long parse(String text, List<String> names) {
        String stripped = text.strip();
        if (stripped.length() > 1_000) {
            throw new AnswerFormatException("a clause longer than 1000 characters");
        }
        if (EMPTY.contains(stripped.toLowerCase(Locale.ROOT))) {
            return 0;
        }
        String spaced = stripped.replace("∨", " ").replace("|", " ").replace(",", " ");
        long clause = 0;
        boolean any = false;
        for (String token : spaced.split("\\s+")) {
            if (token.isEmpty() || token.equalsIgnoreCase("or")) {
                continue;
            }
            boolean negated = false;
            String name = token;
            while (!name.isEmpty() && "¬~!-".indexOf(name.charAt(0)) >= 0) {
                negated = !negated;
                name = name.substring(1);
            }
            int variable = names.indexOf(name);
            if (variable < 0) {
                throw new AnswerFormatException("'" + Answers.abbreviate(token) + "' is not a literal over " + String.join(", ", names));
            }
            clause |= literal(variable, negated);
            any = true;
        }
        if (!any) {
            throw new AnswerFormatException("an empty clause is written □");
        }
        return clause;
    }
}
