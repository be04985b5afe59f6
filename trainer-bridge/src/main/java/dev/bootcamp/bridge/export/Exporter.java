package dev.bootcamp.bridge.export;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.api.ConfigurationException;
import dev.bootcamp.core.CaseLine;
import dev.bootcamp.core.CasePlan;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.Json;
import dev.bootcamp.core.Mix;
import dev.bootcamp.core.OrderedBlocks;
import dev.bootcamp.core.format.ExportFormat;
import dev.bootcamp.core.format.Split;
import dev.bootcamp.core.format.SplitWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * Writes a train split and, if asked, a test split of one mix to {@code <directory>/train.<ext>} and
 * {@code test.<ext>}. The splits use separate seed streams ({@link Split#seed}), so they share no case by construction;
 * the test ids are also kept and every train id is checked against them, and an overlap fails the export. Both files
 * appear only when both are complete and checked; an existing file of the same name is replaced. Without a test split,
 * a test file left in the folder by an earlier export is an error rather than a silent mismatch.
 */
public final class Exporter {
    private final Catalog catalog;

    public Exporter(Catalog catalog) {
        this.catalog = requireNonNull(catalog, "catalog is null");
    }

    /**
     * What to export.
     *
     * @param runSeed the run seed; each split derives its own from it
     * @param trainCount rows in the train split, at least 1
     * @param testCount rows in the test split; 0 writes no test file
     * @param threads generator threads
     */
    public record Request(Mix mix, long runSeed, int level, Map<String, String> overrides, AnswerStyle style, ExportFormat format,
            long trainCount, long testCount, Path directory, int threads) {
        public Request {
            requireNonNull(mix, "mix is null");
            overrides = Map.copyOf(new TreeMap<>(overrides));
            requireNonNull(style, "style is null");
            requireNonNull(format, "format is null");
            requireNonNull(directory, "directory is null");
            if (trainCount < 1) {
                throw new IllegalArgumentException("the train split needs at least 1 case, found " + trainCount);
            }
            if (testCount < 0) {
                throw new IllegalArgumentException("the test split needs 0 or more cases, found " + testCount);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, found " + threads);
            }
        }
    }

    /** One file written. */
    public record Written(Split split, Path path, long rows, long bytes) {}

    /** Indicates a case id in both splits; it would be a bug in seed derivation, so nothing is written. */
    public static final class SplitOverlapException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        SplitOverlapException(String message) {
            super(message);
        }
    }

    /** A prepared row with the id of its case. */
    private record Prepared<R>(String id, R row) {}

    /** Sees each case id in order; may throw to stop the export. */
    private interface IdCheck {
        void accept(String id, long index);
    }

    /**
     * Exports both splits; {@code progress} gets the number of cases written so far, test split first.
     *
     * @return the files written, train first
     */
    public List<Written> export(Request request, LongConsumer progress) throws Exception {
        requireNonNull(progress, "progress is null");
        // Making the plans validates the mix's knobs before any file exists.
        CasePlan train = plan(request, Split.TRAIN);
        CasePlan test = plan(request, Split.TEST);
        Path trainPath = request.directory().resolve("train." + request.format().extension());
        Path testPath = request.directory().resolve("test." + request.format().extension());
        if (request.testCount() == 0 && Files.exists(testPath)) {
            throw new ConfigurationException(testPath + " is left from an earlier export and would not match the new train split;"
                    + " remove it or ask for a test split");
        }
        Files.createDirectories(request.directory());
        CaseIdSet testIds = new CaseIdSet();
        try (SplitWriter<?> testWriter = request.testCount() == 0 ? null : open(request, testPath, Split.TEST);
                SplitWriter<?> trainWriter = open(request, trainPath, Split.TRAIN)) {
            if (testWriter != null) {
                writeSplit(testWriter, test, request.testCount(), request.threads(), (id, index) -> testIds.add(id), progress);
            }
            long offset = request.testCount();
            writeSplit(trainWriter, train, request.trainCount(), request.threads(), (id, index) -> {
                if (testIds.contains(id)) {
                    throw new SplitOverlapException("train case " + index + " (" + id + ") is also in the test split; the seed streams"
                            + " should make that impossible, so nothing was written");
                }
            }, done -> progress.accept(offset + done));
            if (testWriter != null) {
                testWriter.commit();
            }
            trainWriter.commit();
        }
        List<Written> written = new ArrayList<>();
        written.add(new Written(Split.TRAIN, trainPath, request.trainCount(), Files.size(trainPath)));
        if (request.testCount() > 0) {
            written.add(new Written(Split.TEST, testPath, request.testCount(), Files.size(testPath)));
        }
        return List.copyOf(written);
    }

    private CasePlan plan(Request request, Split split) {
        return new CasePlan(catalog, request.mix(), split.seed(request.runSeed()), request.level(), request.overrides(), request.style());
    }

    private SplitWriter<?> open(Request request, Path path, Split split) throws IOException {
        return SplitWriter.open(request.format(), path, split, catalog, provenance(request, split));
    }

    /** Stored in the Parquet footer under {@code bootcamp.export}: how to make the same file again. */
    private static Map<String, String> provenance(Request request, Split split) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("split", split.wireName());
        export.put("run_seed", request.runSeed());
        export.put("split_seed", split.seed(request.runSeed()));
        export.put("level", request.level());
        export.put("style", request.style().wireName());
        export.put("knob_overrides", new TreeMap<>(request.overrides()));
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < request.mix().ids().size(); i++) {
            weights.put(request.mix().ids().get(i), request.mix().weights().get(i));
        }
        export.put("mix", weights);
        return Map.of("bootcamp.export", Json.write(export));
    }

    private static <R> void writeSplit(SplitWriter<R> writer, CasePlan plan, long count, int threads, IdCheck check, LongConsumer progress)
            throws Exception {
        OrderedBlocks.run(count, threads, index -> {
            CaseLine line = plan.lineAt(index);
            return new Prepared<>(line.summary().id(), writer.prepare(line, index));
        }, (start, block) -> {
            for (int i = 0; i < block.size(); i++) {
                check.accept(block.get(i).id(), start + i);
                writer.write(block.get(i).row());
            }
        }, progress);
    }
}
