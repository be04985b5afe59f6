package dev.bootcamp.cli;

import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.api.Tier;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options shared by commands that make cases: level or tier, knob overrides, seed and answer style. */
final class LevelOptions {
    @Option(names = "--level", paramLabel = "L", description = "Difficulty 1..10, or a tier name (default: medium = 5).")
    String level;

    @Option(names = "--tier", paramLabel = "T", description = "easy (2), medium (5), hard (8) or expert (10).")
    String tier;

    @Option(names = "--set", paramLabel = "KNOB=VALUE", description = "Override a knob, e.g. --set size=6 (repeatable).")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Run seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "tags",
            description = "Answer style stated in prompts: tags, boxed or final-line (default: ${DEFAULT-VALUE}).")
    String style;

    int level() {
        if (level != null && tier != null) {
            throw new UsageException("give --level or --tier, not both");
        }
        if (tier != null) {
            return Tier.parseLevel(tier);
        }
        return level == null ? Tier.MEDIUM.level() : Tier.parseLevel(level);
    }

    AnswerStyle style() {
        return AnswerStyle.parse(style);
    }
}
