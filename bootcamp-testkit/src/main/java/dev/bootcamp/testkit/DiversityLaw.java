package dev.bootcamp.testkit;

import dev.bootcamp.api.BootcampInfo;
import java.util.List;
import java.util.Locale;

/** Diversity: at every level at least {@link BootcampInfo#diversityFloor()} of the sampled puzzles are distinct. */
final class DiversityLaw implements SampleLaw {
    @Override
    public void judge(BootcampInfo info, List<Sample.Figures> figures, Findings findings) {
        for (Sample.Figures figure : figures) {
            if (figure.cases() > 0 && figure.distinctPuzzles() < info.diversityFloor() * figure.cases()) {
                findings.fail(Law.DIVERSITY, figure.level(), String.format(Locale.ROOT, "%d distinct puzzles in %d cases, below the floor of %s",
                        figure.distinctPuzzles(), figure.cases(), info.diversityFloor()));
            }
        }
    }
}
