package dev.bootcamp.testkit;

import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Tier;
import java.util.List;

/**
 * Variety: at every level from 2 up at least {@link #MIN_DISTINCT_PROMPTS} of the sampled prompts are distinct and the
 * gold answers take at least {@link BootcampInfo#minDistinctAnswers()} values. Level 1 may have a small space, but not
 * a degenerate one: at least {@link #MIN_DISTINCT_PROMPTS_LEVEL_1} distinct prompts and half the declared answers.
 */
final class VarietyLaw implements SampleLaw {
    static final double MIN_DISTINCT_PROMPTS = 0.95;
    static final double MIN_DISTINCT_PROMPTS_LEVEL_1 = 0.5;

    @Override
    public void judge(BootcampInfo info, List<Sample.Figures> figures, Findings findings) {
        for (Sample.Figures figure : figures) {
            if (figure.cases() == 0) {
                continue;
            }
            boolean first = figure.level() == Tier.MIN_LEVEL;
            int prompts = (int) Math.ceil((first ? MIN_DISTINCT_PROMPTS_LEVEL_1 : MIN_DISTINCT_PROMPTS) * figure.cases());
            if (figure.distinctPrompts() < prompts) {
                findings.fail(Law.VARIETY, figure.level(), figure.distinctPrompts() + " distinct prompts in " + figure.cases()
                        + " cases, fewer than " + prompts);
            }
            int declared = first ? (info.minDistinctAnswers() + 1) / 2 : info.minDistinctAnswers();
            int answers = Math.min(declared, figure.cases());
            if (figure.distinctAnswers() < answers) {
                findings.fail(Law.VARIETY, figure.level(), figure.distinctAnswers() + " distinct gold answers in " + figure.cases()
                        + " cases, fewer than " + answers + " ('" + Sample.abbreviate(figure.commonAnswer()) + "' is the most common)");
            }
        }
    }
}
