package dev.bootcamp.bridge.curriculum;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.Tier;
import dev.bootcamp.core.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * A level per bootcamp, moved by verification results. Only results at a bootcamp's current level count (a result
 * from a case made before the last move is attributed to the level that made it and ignored); after
 * {@code minSamples} of them the pass rate decides: in band mode above {@code high} goes up a level and below
 * {@code low} goes down; in ratchet mode at least {@code promoteAt} goes up. Counters reset on every move. The state
 * is written atomically (temporary file, then rename) after each move and on every {@link #flush()}, and read back on
 * start; a process killed outright ({@code kill -9}) loses only the counts since the last move or flush, never a level move.
 * Thread-safe.
 */
public final class Curriculum {
    private final CurriculumConfig config;
    private final Path stateFile;
    private final Map<String, Entry> entries = new TreeMap<>();
    private long moves;

    /** One bootcamp's state: its level, and results counted at that level since the last move. */
    public record Entry(int level, long samples, double rewardSum, long passes, long totalSamples) {}

    /** Opens a curriculum, restoring its state from {@code stateFile} when the file exists; null keeps it in memory. */
    public Curriculum(CurriculumConfig config, Path stateFile) throws IOException {
        this.config = requireNonNull(config, "config is null");
        this.stateFile = stateFile;
        if (stateFile != null && Files.exists(stateFile)) {
            State state = Json.read(Files.readString(stateFile, StandardCharsets.UTF_8), State.class);
            entries.putAll(state.bootcamps());
            moves = state.moves();
        }
    }

    /** What is saved. */
    public record State(CurriculumConfig config, long moves, Map<String, Entry> bootcamps) {}

    public CurriculumConfig config() {
        return config;
    }

    public synchronized int level(String bootcamp) {
        return entry(bootcamp).level();
    }

    /** A level to make the next case at: the current level, or one of the window of levels below it. */
    public synchronized int sampleLevel(String bootcamp, RandomGenerator random) {
        int level = entry(bootcamp).level();
        int lowest = Math.max(Tier.MIN_LEVEL, level - config.window() + 1);
        return lowest == level ? level : random.nextInt(lowest, level + 1);
    }

    /** Feeds one result; returns the bootcamp's level afterwards. A pass is a reward of 1. */
    public synchronized int record(String bootcamp, int level, double reward) {
        Entry entry = entry(bootcamp);
        if (level != entry.level()) {
            return entry.level();
        }
        long passes = entry.passes() + (reward >= 1 ? 1 : 0);
        entry = new Entry(entry.level(), entry.samples() + 1, entry.rewardSum() + reward, passes, entry.totalSamples() + 1);
        if (entry.samples() >= config.minSamples()) {
            double rate = (double) entry.passes() / entry.samples();
            int next = entry.level();
            if (config.mode().equals("ratchet")) {
                next = rate >= config.promoteAt() ? next + 1 : next;
            } else if (rate > config.high()) {
                next++;
            } else if (rate < config.low()) {
                next--;
            }
            next = Math.max(Tier.MIN_LEVEL, Math.min(Tier.MAX_LEVEL, next));
            if (next != entry.level()) {
                entry = new Entry(next, 0, 0, 0, entry.totalSamples());
                moves++;
                entries.put(bootcamp, entry);
                save();
                return next;
            }
            if (config.mode().equals("band")) {
                // Inside the band (or at an edge level): start a fresh window so the rate tracks recent results.
                entry = new Entry(entry.level(), 0, 0, 0, entry.totalSamples());
            }
        }
        entries.put(bootcamp, entry);
        return entry.level();
    }

    public synchronized State state() {
        return new State(config, moves, new LinkedHashMap<>(entries));
    }

    /**
     * Writes the state file (when there is one), whether or not anything was counted since the last write, so that a
     * stopped server always leaves a file that says where every bootcamp it saw stands.
     */
    public synchronized void flush() {
        save();
    }

    private Entry entry(String bootcamp) {
        return entries.computeIfAbsent(bootcamp, key -> new Entry(config.startLevel(), 0, 0, 0, 0));
    }

    private void save() {
        if (stateFile == null) {
            return;
        }
        try {
            Path directory = stateFile.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path temporary = directory.resolve("." + stateFile.getFileName() + ".partial");
            Files.writeString(temporary, Json.write(state()), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, stateFile, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot save the curriculum state to " + stateFile + ": " + e.getMessage(), e);
        }
    }
}
