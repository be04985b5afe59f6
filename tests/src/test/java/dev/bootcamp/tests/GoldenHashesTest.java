package dev.bootcamp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.core.Case;
import dev.bootcamp.core.Cases;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.Episode;
import dev.bootcamp.core.InteractiveCatalog;
import dev.bootcamp.core.Json;
import dev.bootcamp.core.Seeds;
import dev.bootcamp.core.TypedBootcamp;
import dev.bootcamp.scripts.ScriptLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Pins what every bootcamp, Java or built-in script, generates: a SHA-256 over its first cases at a fixed seed and level 5,
 * and for an interactive bootcamp over its expert's transcripts of its first episodes. A change to a generator (or to an
 * episode's rules or observations) without a version bump fails here. After a deliberate change (with its version bumped), rewrite the
 * file with {@code mvn -pl tests -am test -Dtest=GoldenHashesTest -Dgolden.update=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class GoldenHashesTest {
    private static final Path FILE = Path.of("src/test/resources/golden-hashes.txt");
    private static final int CASES = 5;
    private static final long SEED = 42;
    private static final int LEVEL = 5;

    @Test
    void everyBootcampGeneratesWhatItsVersionPinned() throws IOException {
        Catalog catalog = ScriptLoader.extend(Catalog.load(), GoldenHashesTest.class.getClassLoader(), List.of());
        Map<String, String> actual = new TreeMap<>();
        for (String id : catalog.ids()) {
            actual.put(id, catalog.info(id).version() + " " + hash(catalog.typed(id)));
        }
        InteractiveCatalog interactive = InteractiveCatalog.load();
        for (String id : interactive.ids()) {
            assertThat(catalog.ids()).as("an interactive bootcamp's id is also a task's").doesNotContain(id);
            actual.put(id, interactive.get(id).info().version() + " " + transcripts(interactive.get(id)));
        }
        if (Boolean.getBoolean("golden.update")) {
            List<String> lines = new ArrayList<>(List.of("# bootcamp version sha256(first " + CASES + " cases, seed " + SEED + ", level " + LEVEL + ")"));
            actual.forEach((id, value) -> lines.add(id + " " + value));
            Files.write(FILE, lines, StandardCharsets.UTF_8);
        }
        Map<String, String> pinned = read();
        List<String> problems = new ArrayList<>();
        actual.forEach((id, value) -> {
            String expected = pinned.get(id);
            if (expected == null) {
                problems.add(id + ": no golden hash; add it (see this test's Javadoc)");
            } else if (!expected.equals(value)) {
                String pinnedVersion = expected.split(" ")[0];
                String version = value.split(" ")[0];
                problems.add(pinnedVersion.equals(version)
                        ? id + ": generates different cases but its version is still " + version + "; bump the version"
                        : id + ": version changed to " + version + "; update the golden hash");
            }
        });
        pinned.keySet().stream().filter(id -> !actual.containsKey(id)).forEach(id -> problems.add(id + ": pinned but not in the catalogue"));
        assertThat(problems).isEmpty();
    }

    private static String hash(TypedBootcamp<?, ?> typed) {
        BootcampInfo info = typed.info();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < CASES; i++) {
            Case record = typed.makeCase(typed.bootcamp().atLevel(LEVEL), LEVEL, Seeds.caseSeed(SEED, info.id(), i), AnswerStyle.TAGS);
            lines.append(Json.write(record)).append('\n');
        }
        return HexFormat.of().formatHex(Cases.sha256(lines.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The expert's transcripts (opening, then each action, observation and reward) of the first episodes at level 5. */
    private static String transcripts(Interactive<?> bootcamp) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < CASES; i++) {
            Episode<?> episode = Episode.begin(bootcamp, LEVEL, Seeds.caseSeed(SEED, bootcamp.info().id(), i));
            lines.append(episode.opening()).append('\n');
            while (!episode.over()) {
                String action = episode.expertAction();
                Episode.Step step = episode.act(action);
                lines.append("> ").append(action).append('\n').append(step.observation()).append(" [").append(step.reward()).append("]\n");
            }
        }
        return HexFormat.of().formatHex(Cases.sha256(lines.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, String> read() throws IOException {
        Map<String, String> pinned = new TreeMap<>();
        if (!Files.exists(FILE)) {
            return pinned;
        }
        for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.trim().split("\\s+", 2);
            pinned.put(parts[0], parts[1]);
        }
        return pinned;
    }
}
