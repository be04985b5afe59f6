package dev.bootcamp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.Seeds;
import dev.bootcamp.core.TypedBootcamp;
import dev.bootcamp.scripts.ScriptLoader;
import dev.bootcamp.testkit.Sample;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Law "distinct tasks": no two bootcamps are the same template under two names. Each bootcamp's questions at a few
 * levels are reduced to their template (instance data masked: numbers, single letters and grid symbols dropped), cut
 * into word shingles, and the shingles most of its questions share are its template; two templates whose Jaccard
 * similarity is at least {@link #MAX_SIMILARITY} are a failure unless {@link #ALLOWED} names the pair with a reason,
 * or {@code known-offenders.txt} lists it as being merged (issue 13).
 */
class DistinctTasksTest {
    /** Measured: the six arc-* bootcamps score 0.98-1.0 (allowed), tautology and truth-table 0.43, every other pair at most 0.46. */
    static final double MAX_SIMILARITY = 0.4;
    private static final int QUESTIONS = 12;
    private static final List<Integer> LEVELS = List.of(2, 5, 9);
    private static final int SHINGLE = 4;

    /** The ARC bootcamps: one induction frame that names no rule, each with its own hidden rule family. */
    private static final List<String> ARC = List.of("arc-colour-map", "arc-fill-enclosed", "arc-flips-rotations", "arc-gravity",
            "arc-object-extraction", "arc-symmetry-completion");

    /** Pairs (ids in alphabetical order, joined by " ~ ") that may share a template, each with the reason. */
    static final Map<String, String> ALLOWED = allowed();

    private static Map<String, String> allowed() {
        Map<String, String> allowed = new TreeMap<>();
        allowed.put("sudoku ~ x-sudoku", "X-sudoku states sudoku's rules and adds the two diagonals: a variant whose question"
                + " repeats the rules it shares on purpose, not a second name for one task");
        String arcReason = "ARC rule induction: the prompt names no rule on purpose (inferring it from the examples is the task),"
                + " so every arc-* question is the same frame around grids the mask drops; the tasks differ in the hidden rule"
                + " family (recolouring, filling enclosed background, symmetries and tilings of the whole grid, cells falling,"
                + " cutting out the largest or smallest object, restoring a symmetric pattern), none a special case of another,"
                + " and naming the family in the prompt would give away part of the rule";
        for (int i = 0; i < ARC.size(); i++) {
            for (int j = i + 1; j < ARC.size(); j++) {
                allowed.put(ARC.get(i) + " ~ " + ARC.get(j), arcReason);
            }
        }
        return Map.copyOf(allowed);
    }

    private static Map<String, Set<String>> templates;

    @BeforeAll
    static void sampleEveryBootcamp() throws Exception {
        List<Bootcamp<?, ?>> bootcamps = new ArrayList<>(Catalog.load().all());
        ScriptLoader.builtIn(DistinctTasksTest.class.getClassLoader()).forEach(script -> bootcamps.add(script.fresh().started()));
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            Map<String, Future<Set<String>>> futures = new TreeMap<>();
            for (Bootcamp<?, ?> bootcamp : bootcamps) {
                futures.put(bootcamp.info().id(), pool.submit(() -> template(TypedBootcamp.of(bootcamp))));
            }
            templates = new TreeMap<>();
            for (Map.Entry<String, Future<Set<String>>> entry : futures.entrySet()) {
                templates.put(entry.getKey(), entry.getValue().get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void noTwoBootcampsShareATemplate() {
        List<String> ids = new ArrayList<>(templates.keySet());
        List<String> found = new ArrayList<>();
        Set<String> allowedSeen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                double similarity = jaccard(templates.get(ids.get(i)), templates.get(ids.get(j)));
                String pair = ids.get(i) + " ~ " + ids.get(j);
                if (similarity < MAX_SIMILARITY) {
                    continue;
                }
                if (ALLOWED.containsKey(pair) || KnownOffenders.pairs().contains(pair)) {
                    allowedSeen.add(pair);
                    continue;
                }
                found.add(String.format(Locale.ROOT, "%s: template similarity %.2f", pair, similarity));
            }
        }
        assertThat(found).as("bootcamps whose questions are one template; merge them into levels or knobs of one bootcamp,"
                + " or allow the pair in DistinctTasksTest.ALLOWED with the reason").isEmpty();
        Set<String> expected = new TreeSet<>(ALLOWED.keySet());
        expected.addAll(KnownOffenders.pairs());
        assertThat(new TreeSet<>(allowedSeen)).as("pairs allowed in ALLOWED or listed in known-offenders.txt that are no longer similar;"
                + " remove them").isEqualTo(expected);
    }

    @Test
    void theMaskKeepsTheWordsAndDropsTheInstance() {
        assertThat(mask("Grid 3x4:\n# . 7\n. # 12\nFind the sum of 41 and 5, then answer A.")).isEqualTo("grid find the sum of and then answer");
        assertThat(jaccard(shingles(mask("add up these numbers 1 2 3 and give the total please now")),
                shingles(mask("add up these numbers 9 8 and give the total please now")))).isEqualTo(1.0);
    }

    /** The shingles found in at least half the sampled questions: what the bootcamp says whatever the instance. */
    private static <P, A> Set<String> template(TypedBootcamp<P, A> typed) {
        Map<String, Integer> counts = new HashMap<>();
        int questions = 0;
        for (int level : LEVELS) {
            Knobs knobs = typed.bootcamp().atLevel(level);
            for (int i = 0; i < QUESTIONS; i++) {
                long seed = Seeds.caseSeed(Sample.SEED, typed.info().id(), level * 100_000L + i);
                String question = typed.bootcamp().question(typed.generate(knobs, seed));
                shingles(mask(question)).forEach(shingle -> counts.merge(shingle, 1, Integer::sum));
                questions++;
            }
        }
        int half = questions / 2;
        Set<String> template = new HashSet<>();
        counts.forEach((shingle, count) -> {
            if (count >= half) {
                template.add(shingle);
            }
        });
        return template;
    }

    /** Lower-case words of two letters or more; digits, single letters and symbols (grid cells, numbers) are instance data. */
    static String mask(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (word.length() >= 2) {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }

    static Set<String> shingles(String masked) {
        String[] words = masked.split(" ");
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.length; i++) {
            shingles.add(String.join(" ", List.of(words).subList(i, i + SHINGLE)));
        }
        return shingles;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String shingle : a) {
            if (b.contains(shingle)) {
                common++;
            }
        }
        return common / (double) (a.size() + b.size() - common);
    }
}
