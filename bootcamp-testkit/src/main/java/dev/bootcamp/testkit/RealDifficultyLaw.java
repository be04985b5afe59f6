package dev.bootcamp.testkit;

import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Tier;
import java.util.List;
import java.util.Locale;

/**
 * Real difficulty: {@link Bootcamp#cost} measures work (search nodes, steps, instance size), not the question's length,
 * and its mean at level 10 is at least {@link #MIN_RATIO} times its mean at level 1.
 */
final class RealDifficultyLaw implements SampleLaw {
    static final double MIN_RATIO = 4;

    @Override
    public void judge(BootcampInfo info, List<Sample.Figures> figures, Findings findings) {
        // At one level a work measure can equal the question's length by coincidence (fixed sizes give a fixed length);
        // at every level of several it is the default.
        List<Sample.Figures> measured = figures.stream().filter(figure -> figure.cases() > 0).toList();
        if (measured.size() >= 2 && measured.stream().allMatch(Sample.Figures::costIsQuestionLength)) {
            findings.fail(Law.REAL_DIFFICULTY, -1, "cost() is the length of the question (the default) at every level;"
                    + " declare a cost that measures work: search nodes, steps or instance size");
        }
        Sample.Figures low = SampleLaw.at(figures, Tier.MIN_LEVEL);
        Sample.Figures high = SampleLaw.at(figures, Tier.MAX_LEVEL);
        if (low == null || high == null) {
            return;
        }
        if (!(high.meanCost() >= MIN_RATIO * low.meanCost() && high.meanCost() > 0)) {
            findings.fail(Law.REAL_DIFFICULTY, -1, String.format(Locale.ROOT, "mean cost at level 10 (%.1f) is %.2fx the mean at level 1 (%.1f), below %.0fx",
                    high.meanCost(), ratio(low, high), low.meanCost(), MIN_RATIO));
        }
    }

    /** Level 10's mean cost over level 1's; infinite when level 1 costs nothing. */
    static double ratio(Sample.Figures low, Sample.Figures high) {
        return low.meanCost() > 0 ? high.meanCost() / low.meanCost() : Double.POSITIVE_INFINITY;
    }
}
