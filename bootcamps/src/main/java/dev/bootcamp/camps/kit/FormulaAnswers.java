package dev.bootcamp.camps.kit;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Score;
import dev.bootcamp.verify.Formula;
import java.util.SortedSet;
import java.util.TreeSet;

/** Reading and first checks shared by bootcamps whose answer is one formula in a single variable. */
public final class FormulaAnswers {
    private FormulaAnswers() {}

    /** Answer text to the canonical formula text an answer record stores; throws {@link AnswerFormatException}. */
    public static String canonical(String text) {
        return Formula.parseAnswer(text).text();
    }

    /** The formula an answer record stores, or null when it holds no formula (a hand-made or tampered record). */
    public static Formula read(String canonical) {
        try {
            return Formula.parse(canonical);
        } catch (AnswerFormatException e) {
            return null;
        }
    }

    /** Why a formula may not be an answer in {@code variable} (another variable occurs), or null when it may. */
    public static String strayVariables(Formula formula, String variable) {
        SortedSet<String> stray = new TreeSet<>(formula.variables());
        stray.remove(variable);
        if (stray.isEmpty()) {
            return null;
        }
        return "uses " + String.join(", ", stray) + "; the only variable allowed is " + variable;
    }

    /** The codec of a formula answer: the canonical formula text, read with {@link #canonical}. */
    public static Codec<String> codec() {
        return Codec.of(formula -> formula, FormulaAnswers::canonical);
    }

    /**
     * The checks every formula answer in {@code variable} shares: it is a formula, uses no other variable, and equals
     * {@code expected}. WRONG with the reason ({@code notEqual} before the comparison's detail when the values differ),
     * else CORRECT with {@code equal} before that detail; a bootcamp that also asks for a form checks it after a pass.
     */
    public static Score check(String answer, Formula expected, String variable, String notEqual, String equal) {
        Formula formula = read(answer);
        if (formula == null) {
            return Score.wrong("the answer is not a formula");
        }
        String stray = strayVariables(formula, variable);
        if (stray != null) {
            return Score.wrong(stray);
        }
        Formula.Comparison comparison = Formula.compare(expected, formula);
        if (!comparison.equivalent()) {
            return Score.wrong(notEqual + comparison.detail());
        }
        return Score.correct(equal + comparison.detail());
    }
}
