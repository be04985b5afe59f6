package dev.bootcamp.cli;

import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Tier;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.InteractiveCatalog;
import dev.bootcamp.scripts.ScriptBootcamp;
import dev.bootcamp.testkit.Conformance;
import dev.bootcamp.testkit.ConformanceReport;
import dev.bootcamp.testkit.EpisodeConformance;
import dev.bootcamp.testkit.Law;
import dev.bootcamp.testkit.Sample;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bootcamp check}: the contract over some or all bootcamps; exit 3 when anything fails. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Run the contract (determinism, gold passes, wrong fails, round trips, no leak, diversity,"
                + " difficulty moves, budgets, uniqueness, no guessing, variety, real difficulty) at every level.",
                "Each failure names the bootcamp, the law, the level and the case seed; replay one with --level L --seed S.",
                "The statistical laws (diversity, the mean cost, no guessing, variety, real difficulty) judge a fixed sample of"
                        + " 200 cases per level that --seeds does not change; --figures prints what that sample showed.",
                "An interactive bootcamp is checked by playing: the expert wins every episode (gold passes), a fresh instance"
                        + " replays it byte for byte (determinism), random and constant players earn at most 0.05 on a fixed"
                        + " sample of 100 episodes per level (no guessing), hostile actions never throw (budgets)."},
        footer = {"", "Examples:", "  bootcamp check --all", "  bootcamp check sudoku --seeds 50", "  bootcamp check mastermind", "  bootcamp check sudoku --level 7 --seed 123",
                "  bootcamp check edit-distance --law no-guessing --figures --seeds 1"})
final class CheckCommand implements Callable<Integer> {
    private final Catalog catalog;
    private final InteractiveCatalog interactive;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "0..*", completionCandidates = BootcampIds.class, description = "Bootcamp ids (or domains, or globs).")
    List<String> ids = new ArrayList<>();

    @Option(names = "--all", description = "Every bootcamp in the catalogue.")
    boolean all;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "20", description = "Cases per level (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--level", paramLabel = "L", description = "Only this level (1..10 or a tier).")
    String level;

    @Option(names = "--seed", paramLabel = "S", description = "Replay one case seed, as printed by a failure (needs --level).")
    Long seed;

    @Option(names = "--fuzz", paramLabel = "N", defaultValue = "10000", description = "Hostile answers per bootcamp (default: ${DEFAULT-VALUE}).")
    int fuzz;

    @Option(names = "--threads", paramLabel = "N", description = "Bootcamps checked at once (default: the number of cores).")
    Integer threads;

    @Option(names = "--law", paramLabel = "LAW", split = ",",
            description = "Only report these laws, by title with spaces or dashes (such as no-guessing,variety); the exit code counts only them.")
    List<String> laws = new ArrayList<>();

    @Option(names = "--figures", description = "Print the fixed sample's figures per level: distinct prompts and gold answers of 200,"
            + " the best constant answer and its mean reward, the mean cost, and the cost ratio of level 10 to level 1; for an interactive"
            + " bootcamp, the expert's win rate and turns and a random policy's mean score.")
    boolean figures;

    CheckCommand(Catalog catalog, InteractiveCatalog interactive) {
        this.catalog = catalog;
        this.interactive = interactive;
    }

    @Override
    public Integer call() throws Exception {
        if (all == !ids.isEmpty()) {
            throw new UsageException("name bootcamp ids or give --all (one of the two)");
        }
        if (seed != null && level == null) {
            throw new UsageException("--seed replays one case and needs --level");
        }
        if (seeds < 1 || fuzz < 0) {
            throw new UsageException("--seeds must be at least 1 and --fuzz at least 0");
        }
        Conformance.Options options = Conformance.Options.defaults().withSeedsPerLevel(seeds).withFuzzCount(fuzz);
        if (level != null) {
            options = options.withLevels(List.of(Tier.parseLevel(level)));
        }
        if (seed != null) {
            options = options.withReplaySeed(seed);
        }
        Set<Law> chosenLaws = laws.isEmpty() ? EnumSet.allOf(Law.class) : parseLaws(laws);
        List<String> selected = new ArrayList<>();
        if (all) {
            selected.addAll(catalog.ids());
            selected.addAll(interactive.ids());
        } else {
            for (String id : ids) {
                List<String> found = interactive.contains(id) ? List.of(id)
                        : id.equals("interactive") ? interactive.ids() : catalog.select(id);
                found.stream().filter(one -> !selected.contains(one)).forEach(selected::add);
            }
        }
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
        ExecutorService pool = Executors.newFixedThreadPool(threadCount);
        PrintWriter out = spec.commandLine().getOut();
        int failed = 0;
        long totalCases = 0;
        try {
            List<Future<Result>> results = new ArrayList<>();
            for (String id : selected) {
                Conformance.Options chosen = options;
                if (interactive.contains(id)) {
                    results.add(pool.submit(() -> play(interactive.get(id), chosen)));
                } else {
                    Bootcamp<?, ?> bootcamp = catalog.get(id);
                    results.add(pool.submit(() -> run(bootcamp, chosen)));
                }
            }
            for (Future<Result> future : results) {
                Result result = future.get();
                ConformanceReport report = result.report();
                totalCases += report.cases();
                List<ConformanceReport.Failure> found = report.failures().stream().filter(failure -> chosenLaws.contains(failure.law())).toList();
                if (found.isEmpty()) {
                    out.printf("PASS %s (%d cases, %.1f s)%n", report.bootcamp(), report.cases(), result.seconds());
                } else {
                    failed++;
                    out.printf("FAIL %s (%s in %s)%n", report.bootcamp(), Counts.of(found.size(), "failure"),
                            Counts.of(report.cases(), "case"));
                    found.forEach(failure -> out.println("  " + failure));
                }
                if (figures && interactive.contains(report.bootcamp())) {
                    printEpisodeFigures(out, interactive.get(report.bootcamp()), options.levels());
                } else if (figures) {
                    printFigures(out, report);
                }
                out.flush();
            }
        } finally {
            pool.shutdownNow();
        }
        out.printf("%,d of %s passed the contract (%s, %s)%n", selected.size() - failed, Counts.of(selected.size(), "bootcamp"),
                Counts.of(totalCases, "case"), Counts.levels(options.levels()));
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static Set<Law> parseLaws(List<String> names) {
        Set<Law> chosen = EnumSet.noneOf(Law.class);
        for (String name : names) {
            String wanted = name.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
            Law law = Stream.of(Law.values()).filter(candidate -> candidate.title().equals(wanted)).findFirst()
                    .orElseThrow(() -> new UsageException("unknown law '" + name + "'; laws: "
                            + Stream.of(Law.values()).map(candidate -> candidate.title().replace(' ', '-')).collect(Collectors.joining(", "))));
            chosen.add(law);
        }
        return chosen;
    }

    /** One line per level of the fixed sample, then the cost ratio. */
    private static void printFigures(PrintWriter out, ConformanceReport report) {
        for (Sample.Figures figure : report.figures()) {
            out.printf(Locale.ROOT, "  level %d: %d distinct prompts and %d distinct answers in %d cases; best constant answer '%s' earns %.3f;"
                    + " mean cost %.1f%s%n", figure.level(), figure.distinctPrompts(), figure.distinctAnswers(), figure.cases(),
                    abbreviate(figure.bestGuess()), figure.bestGuessReward(), figure.meanCost(),
                    figure.costIsQuestionLength() ? " (the question's length)" : "");
        }
        if (!Double.isNaN(report.costRatio())) {
            out.printf(Locale.ROOT, "  cost level 10 / level 1: %.2fx%n", report.costRatio());
        }
    }

    /** For an interactive bootcamp: per level, the expert's wins and turns and a random policy's score on 100 sample episodes. */
    private static void printEpisodeFigures(PrintWriter out, Interactive<?> bootcamp, List<Integer> levels) {
        for (int level : levels) {
            EpisodeConformance.Figures figure = EpisodeConformance.figures(bootcamp, level, EpisodeConformance.SAMPLE);
            out.printf(Locale.ROOT, "  level %d: the expert wins %.0f%% of %d episodes in %.1f turns on average (limit %.1f); a random policy"
                    + " scores %.3f; mean cost %.1f%n", level, figure.expertWinRate() * 100, figure.episodes(), figure.expertTurns(),
                    figure.turnLimit(), figure.randomScore(), figure.meanCost());
        }
    }

    private static String abbreviate(String text) {
        String flat = text.replace("\n", "\\n");
        return flat.length() <= 40 ? flat : flat.substring(0, 37) + "...";
    }

    @SuppressWarnings("unchecked")
    private static Result run(Bootcamp<?, ?> bootcamp, Conformance.Options options) {
        long start = System.nanoTime();
        Class<? extends Bootcamp<?, ?>> type = (Class<? extends Bootcamp<?, ?>>) bootcamp.getClass();
        // A script bootcamp has no no-argument constructor: fresh instances come from its source, loaded up front.
        ConformanceReport report = bootcamp instanceof ScriptBootcamp script
                ? Conformance.check(() -> script.fresh().started(), options)
                : Conformance.check(type, options);
        return new Result(report, (System.nanoTime() - start) / 1e9);
    }

    private static Result play(Interactive<?> bootcamp, Conformance.Options options) {
        long start = System.nanoTime();
        ConformanceReport report = EpisodeConformance.check(() -> fresh(bootcamp), options);
        return new Result(report, (System.nanoTime() - start) / 1e9);
    }

    private static Interactive<?> fresh(Interactive<?> bootcamp) {
        try {
            return bootcamp.getClass().getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(bootcamp.getClass().getName() + " needs a public no-argument constructor", e);
        }
    }

    private record Result(ConformanceReport report, double seconds) {}
}
