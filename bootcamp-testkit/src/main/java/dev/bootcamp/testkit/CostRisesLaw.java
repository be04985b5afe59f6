package dev.bootcamp.testkit;

import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Tier;
import java.util.List;
import java.util.Locale;

/**
 * The statistical half of "difficulty moves": the mean cost never falls by more than a quarter from one level to the
 * next, and level 10 costs more than level 1.
 */
final class CostRisesLaw implements SampleLaw {
    @Override
    public void judge(BootcampInfo info, List<Sample.Figures> figures, Findings findings) {
        Double lastMean = null;
        for (Sample.Figures figure : figures) {
            if (figure.cases() == 0) {
                continue;
            }
            double mean = figure.meanCost();
            if (lastMean != null && mean < 0.75 * lastMean) {
                findings.fail(Law.DIFFICULTY_MOVES, figure.level(), String.format(Locale.ROOT,
                        "mean cost fell to %.1f from %.1f at the level below", mean, lastMean));
            }
            lastMean = mean;
        }
        Sample.Figures low = SampleLaw.at(figures, Tier.MIN_LEVEL);
        Sample.Figures high = SampleLaw.at(figures, Tier.MAX_LEVEL);
        if (low != null && high != null && !(high.meanCost() > low.meanCost())) {
            findings.fail(Law.DIFFICULTY_MOVES, -1, String.format(Locale.ROOT, "mean cost at level 10 (%.1f) is not above level 1 (%.1f)",
                    high.meanCost(), low.meanCost()));
        }
    }
}
