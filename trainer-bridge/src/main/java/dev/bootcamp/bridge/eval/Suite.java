package dev.bootcamp.bridge.eval;

import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.api.ConfigurationException;
import dev.bootcamp.api.Names;
import dev.bootcamp.api.Tier;
import dev.bootcamp.core.Case;
import dev.bootcamp.core.CasePlan;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.Mix;
import dev.bootcamp.core.Seeds;
import dev.bootcamp.core.TypedBootcamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Deterministic case sets, defined in code so nothing is downloaded: {@code core} (three cases per bootcamp at each
 * of easy, medium and hard), {@code quick} (one medium case per bootcamp, for smoke runs), or a user's mix.
 */
public final class Suite {
    public static final List<String> NAMES = List.of("core", "quick");
    private static final long SUITE_SEED = 20_261_126L;

    private Suite() {}

    public static List<Case> named(String name, Catalog catalog, AnswerStyle style) {
        return switch (name) {
            case "core" -> perBootcamp(catalog, List.of(Tier.EASY.level(), Tier.MEDIUM.level(), Tier.HARD.level()), 3, style);
            case "quick" -> perBootcamp(catalog, List.of(Tier.MEDIUM.level()), 1, style);
            default -> throw new ConfigurationException("unknown suite '" + name + "'" + Names.didYouMean(name, NAMES)
                    + " suites: " + String.join(", ", NAMES) + " (or use --mix SPEC --count N)");
        };
    }

    public static List<Case> mix(String spec, long count, int level, long seed, Catalog catalog, AnswerStyle style) {
        CasePlan plan = new CasePlan(catalog, Mix.parse(spec, catalog), seed, level, Map.of(), style);
        List<Case> cases = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            cases.add(plan.caseAt(i));
        }
        return cases;
    }

    private static List<Case> perBootcamp(Catalog catalog, List<Integer> levels, int perLevel, AnswerStyle style) {
        List<Case> cases = new ArrayList<>();
        for (String id : catalog.ids()) {
            TypedBootcamp<?, ?> typed = catalog.typed(id);
            for (int level : levels) {
                for (int i = 0; i < perLevel; i++) {
                    long seed = Seeds.caseSeed(SUITE_SEED, id, level * 1000L + i);
                    cases.add(typed.makeCase(typed.bootcamp().atLevel(level), level, seed, style));
                }
            }
        }
        return cases;
    }
}
