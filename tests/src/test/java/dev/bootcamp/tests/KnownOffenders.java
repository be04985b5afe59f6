package dev.bootcamp.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.bootcamp.testkit.ConformanceReport;
import dev.bootcamp.testkit.Law;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/**
 * The (bootcamp, law) pairs known to fail the laws of issue 13, listed in {@code known-offenders.txt} while they are
 * being fixed. A listed pair that fails is reported as skipped with its failures; a listed pair that passes fails the
 * build (delete its line, so the list only shrinks); an unlisted failure fails the build. Lines of the form
 * {@code A~B distinct-tasks} list pairs of bootcamps that {@link DistinctTasksTest} finds to be one template.
 */
final class KnownOffenders {
    private static final String FILE = "known-offenders.txt";
    private static final String DISTINCT_TASKS = "distinct-tasks";
    private static final Set<String> PAIRS = new TreeSet<>();
    private static final Map<String, Set<Law>> LISTED = load();

    private KnownOffenders() {}

    /** One dynamic test per law for one bootcamp's report. */
    static List<DynamicTest> lawTests(ConformanceReport report) {
        return Stream.of(Law.values()).map(law -> DynamicTest.dynamicTest(law.title(), () -> judge(report, law))).toList();
    }

    static void judge(ConformanceReport report, Law law) {
        List<ConformanceReport.Failure> failures = report.failures(law);
        String lines = failures.stream().map(Object::toString).collect(Collectors.joining("\n"));
        boolean listed = LISTED.getOrDefault(report.bootcamp(), Set.of()).contains(law);
        if (listed && failures.isEmpty()) {
            fail(report.bootcamp() + " › " + law.title() + " passes now: delete the line '" + line(report.bootcamp(), law) + "' from "
                    + FILE + " so the law is enforced");
        }
        if (listed) {
            Assumptions.abort("known offender, being fixed (issue 13):\n" + lines);
        }
        assertThat(failures).as(report.bootcamp() + " › " + law.title() + "\n" + lines).isEmpty();
    }

    /** Every bootcamp id the list names. */
    static Set<String> bootcamps() {
        return LISTED.keySet();
    }

    /** The listed pairs that share a template, as "a ~ b" with a before b. */
    static Set<String> pairs() {
        return PAIRS;
    }

    static String line(String bootcamp, Law law) {
        return bootcamp + " " + law.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Map<String, Set<Law>> load() {
        Map<String, Set<Law>> listed = new TreeMap<>();
        try (InputStream in = KnownOffenders.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the test resources");
            }
            List<String> problems = new ArrayList<>();
            for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String text = raw.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] parts = text.split("\\s+");
                if (parts.length == 2 && parts[1].equals(DISTINCT_TASKS) && parts[0].matches("[a-z0-9-]+~[a-z0-9-]+")) {
                    String[] ids = parts[0].split("~");
                    if (ids[0].compareTo(ids[1]) >= 0 || !PAIRS.add(ids[0] + " ~ " + ids[1])) {
                        problems.add("'" + text + "' must name two bootcamps in alphabetical order, once");
                    }
                    continue;
                }
                Law law = parts.length == 2 ? lawNamed(parts[1]) : null;
                if (law == null) {
                    problems.add("'" + text + "' is not 'BOOTCAMP LAW' with LAW one of "
                            + Stream.of(Law.values()).map(candidate -> line("", candidate).strip()).collect(Collectors.joining(", ")));
                    continue;
                }
                if (!listed.computeIfAbsent(parts[0], id -> new TreeSet<>()).add(law)) {
                    problems.add("'" + text + "' is listed twice");
                }
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException(FILE + ": " + String.join("; ", problems));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return listed;
    }

    private static Law lawNamed(String name) {
        return Stream.of(Law.values()).filter(law -> line("", law).strip().equals(name)).findFirst().orElse(null);
    }
}
