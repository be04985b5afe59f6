package dev.bootcamp.testkit;

import dev.bootcamp.api.BootcampInfo;
import java.util.List;
import java.util.Locale;

/**
 * No guessing: one constant answer (the most common gold, or a trivial one such as "yes", "none" or "0") earns a mean
 * reward of at most {@link #MAX_REWARD} at every level, partial credit included, through the full response pipeline.
 * A policy that ignores the question must not learn that it is paid.
 */
final class NoGuessingLaw implements SampleLaw {
    static final double MAX_REWARD = 0.05;

    @Override
    public void judge(BootcampInfo info, List<Sample.Figures> figures, Findings findings) {
        for (Sample.Figures figure : figures) {
            if (figure.cases() > 0 && figure.bestGuessReward() > MAX_REWARD) {
                findings.fail(Law.NO_GUESSING, figure.level(), String.format(Locale.ROOT,
                        "answering '%s' to every case earns a mean reward of %.2f over %d cases, above %.2f; ask for a witness or widen the answer space",
                        Sample.abbreviate(figure.bestGuess()), figure.bestGuessReward(), figure.cases(), MAX_REWARD));
            }
        }
    }
}
