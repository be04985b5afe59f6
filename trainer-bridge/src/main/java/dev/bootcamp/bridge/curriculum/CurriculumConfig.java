package dev.bootcamp.bridge.curriculum;

import dev.bootcamp.api.ConfigurationException;
import dev.bootcamp.api.Tier;

/**
 * How the curriculum moves levels.
 *
 * @param mode {@code band}: keep each bootcamp's pass rate inside [low, high], moving the level up above the band and
 *     down below it; {@code ratchet}: RLVE's rule, promote when accuracy at the current top level reaches
 *     {@code promoteAt}, never demote
 * @param low lower edge of the target band (default 0.3)
 * @param high upper edge of the target band (default 0.7)
 * @param promoteAt accuracy that promotes in ratchet mode (default 0.9)
 * @param minSamples results at the current level needed before the level may move (default 64)
 * @param window how many recent levels cases are drawn from: uniformly in [level - window + 1, level] (default 1)
 * @param startLevel level every bootcamp starts at (default 1)
 */
public record CurriculumConfig(String mode, double low, double high, double promoteAt, int minSamples, int window, int startLevel) {
    public CurriculumConfig {
        if (!mode.equals("band") && !mode.equals("ratchet")) {
            throw new ConfigurationException("curriculum mode must be band or ratchet, found '" + mode + "'");
        }
        if (!(0 <= low && low < high && high <= 1)) {
            throw new ConfigurationException("the target band needs 0 <= low < high <= 1, found " + low + ".." + high);
        }
        if (!(0 < promoteAt && promoteAt <= 1)) {
            throw new ConfigurationException("promote-at must be in (0, 1], found " + promoteAt);
        }
        if (minSamples < 1 || window < 1 || window > Tier.MAX_LEVEL) {
            throw new ConfigurationException("min-samples must be at least 1 and window in 1..10, found " + minSamples + " and " + window);
        }
        Tier.checkLevel(startLevel);
    }

    public static CurriculumConfig defaults() {
        return new CurriculumConfig("band", 0.3, 0.7, 0.9, 64, 1, 1);
    }
}
