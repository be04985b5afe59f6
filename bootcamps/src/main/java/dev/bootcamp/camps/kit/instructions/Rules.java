package dev.bootcamp.camps.kit.instructions;

import dev.bootcamp.api.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gated partial credit and the rule list of a prompt. The score is 0 unless every core rule (the task's own rules,
 * which no constant or recycled answer keeps) holds; when they all hold it is the share of all rules, core and extra,
 * that hold, and 1 only when every rule holds.
 */
public final class Rules {
    /** The scoring sentence every prompt carries, so the model knows how partial credit works. */
    public static final String SCORING = "A broken (core) rule scores 0, else you get the share of rules kept.";

    private Rules() {}

    /** The score of a text from its outcomes, core rules first or in any order. */
    public static Score score(List<Outcome> outcomes) {
        int met = 0;
        Outcome firstBroken = null;
        for (Outcome outcome : outcomes) {
            if (outcome.met()) {
                met++;
                continue;
            }
            if (outcome.core()) {
                return Score.wrong("core rule broken: " + outcome.detail());
            }
            if (firstBroken == null) {
                firstBroken = outcome;
            }
        }
        if (firstBroken == null) {
            return Score.correct("all " + outcomes.size() + " rules hold");
        }
        return Score.partial(met / (double) outcomes.size(), String.format(Locale.ROOT, "%d of %d rules hold; broken: %s", met,
                outcomes.size(), firstBroken.detail()));
    }

    /** A core rule that a measured count equals the wanted one. */
    public static Outcome exactly(String what, int found, int wanted) {
        return Outcome.core(found == wanted, what + ": " + found + (found == wanted ? "" : ", wanted " + wanted));
    }

    /** How many of the outcomes are broken. */
    public static int broken(List<Outcome> outcomes) {
        return (int) outcomes.stream().filter(outcome -> !outcome.met()).count();
    }

    /** The outcomes of the core rules followed by those of the extras. */
    public static List<Outcome> with(List<Outcome> core, List<Extra> extras, String text) {
        List<Outcome> all = new ArrayList<>(core);
        for (Extra extra : extras) {
            all.add(Extras.check(extra, text));
        }
        return all;
    }

    /**
     * The numbered rule list of a prompt: the core rules marked (core), then the extras, then the scoring sentence.
     */
    public static String list(List<String> core, List<Extra> extras) {
        StringBuilder text = new StringBuilder("Rules:\n");
        int number = 1;
        for (String rule : core) {
            text.append(number++).append(". (core) ").append(rule).append('\n');
        }
        for (Extra extra : extras) {
            text.append(number++).append(". ").append(Extras.instruction(extra)).append('\n');
        }
        return text.append(SCORING).append('\n').toString();
    }
}
