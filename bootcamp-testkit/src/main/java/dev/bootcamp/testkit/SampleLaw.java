package dev.bootcamp.testkit;

import dev.bootcamp.api.BootcampInfo;
import java.util.List;

/**
 * A statistical law, judged on the figures of the fixed {@link Sample} so that it never depends on how many cases per
 * level a run asks for. Add one by writing a class and listing it in {@link Conformance}.
 */
interface SampleLaw {
    /**
     * Judges one bootcamp.
     *
     * @param info the bootcamp's declaration
     * @param figures one entry per checked level, in level order
     * @param findings where broken rules go
     */
    void judge(BootcampInfo info, List<Sample.Figures> figures, Findings findings);

    /** Receives a broken rule; a level of -1 means the failure is not tied to one level. */
    interface Findings {
        void fail(Law law, int level, String message);
    }

    /** The figures of one level, or null when it was not checked. */
    static Sample.Figures at(List<Sample.Figures> figures, int level) {
        return figures.stream().filter(figure -> figure.level() == level && figure.cases() > 0).findFirst().orElse(null);
    }
}
