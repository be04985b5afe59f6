package dev.bootcamp.cli;

import dev.bootcamp.bridge.export.Exporter;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.Mix;
import dev.bootcamp.core.format.ExportFormat;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bootcamp export}: train and test splits in a trainer's format, each file written atomically. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a train split, and optionally a test split, in a trainer's format.", "Formats:",
                "  verl      DIR/train.parquet: data_source, prompt, ability, reward_model,",
                "            extra_info (verl's RL dataset)",
                "  chat      DIR/train.jsonl: {prompt: [messages], case: SPEC, id} (TRL)",
                "  openrlhf  DIR/train.jsonl: {input: PROMPT, label: SPEC}",
                "  jsonl     DIR/train.jsonl: case records, as 'generate' writes them",
                "SPEC is the case spec as a JSON string, enough to regenerate and verify it.",
                "The splits use separate seed streams of --seed, so no case is in both; the",
                "export also checks that by case id. Files appear only when complete."},
        footer = {"", "Examples:", "  bootcamp export --mix math:2,logic:1 -f verl --train 50000 --test 500 -o data",
                "  bootcamp export sudoku knapsack -f chat --train 5000 --tier hard -o trl"})
final class ExportCommand implements Callable<Integer> {
    private final Catalog catalog;
    private final Terminal terminal;

    @Spec
    CommandSpec spec;

    @Mixin
    LevelOptions levels;

    @Parameters(paramLabel = "ID", arity = "0..*", completionCandidates = BootcampIds.class,
            description = "Bootcamp ids (or domains, or globs), mixed with equal weight.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--mix", paramLabel = "SPEC", description = "A weighted mix, e.g. sudoku:3,graphs/*:1,math:2 (ids, domains, globs).")
    String mix;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "verl, chat, openrlhf or jsonl.")
    String format;

    // Counts are read as text so a bad value is a one-line error like every other usage error.
    @Option(names = "--train", paramLabel = "N", description = "Cases in the train split (at least 1).")
    String train;

    @Option(names = "--test", paramLabel = "M", defaultValue = "0", description = "Cases in the test split (default: ${DEFAULT-VALUE}: no test file).")
    String test;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder, made if missing.")
    String out;

    @Option(names = "--threads", paramLabel = "N", description = "Generator threads (default: the number of cores).")
    Integer threads;

    ExportCommand(Catalog catalog, Terminal terminal) {
        this.catalog = catalog;
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        if (ids.isEmpty() == (mix == null)) {
            throw new UsageException("name bootcamp ids or give --mix SPEC (one of the two)");
        }
        if (format == null) {
            throw new UsageException("give --format verl, chat, openrlhf or jsonl");
        }
        if (train == null) {
            throw new UsageException("give --train N, the number of train cases");
        }
        if (out == null) {
            throw new UsageException("give --out DIR, the folder for train and test files");
        }
        ExportFormat chosenFormat = ExportFormat.parse(format);
        long trainCount = count("--train", train, 1);
        long testCount = count("--test", test, 0);
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1 || threadCount > 256) {
            throw new UsageException("--threads must be in 1..256, found " + threadCount);
        }
        Path directory = directory(out);
        Mix chosen = Mix.parse(mix != null ? mix : String.join(",", ids), catalog);
        Exporter.Request request = new Exporter.Request(chosen, levels.seed, levels.level(), levels.overrides, levels.style(), chosenFormat,
                trainCount, testCount, directory, threadCount);
        Progress progress = new Progress(spec.commandLine().getErr(), terminal.interactive(), trainCount + testCount, "cases");
        long start = System.nanoTime();
        List<Exporter.Written> written = new Exporter(catalog).export(request, progress::update);
        progress.finish();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> parts = new ArrayList<>();
        for (Exporter.Written file : written) {
            parts.add(String.format("%s to %s (%s)", Counts.of(file.rows(), file.split().wireName() + " case"), file.path(), size(file.bytes())));
        }
        spec.commandLine().getOut().printf("wrote %s as %s in %.1f s%n", String.join(" and ", parts), chosenFormat.wireName(), seconds);
        return ExitCodes.OK;
    }

    private static long count(String option, String text, long least) {
        long value;
        try {
            value = Long.parseLong(text.replace("_", "").replace(",", "").trim());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number, found '" + text + "'");
        }
        if (value < least) {
            throw new UsageException(option + " must be at least " + least + ", found " + value);
        }
        return value;
    }

    private static Path directory(String text) {
        Path directory;
        try {
            directory = Path.of(text).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new UsageException("--out: not a valid path: " + text);
        }
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new UsageException("--out must be a folder, but " + text + " is a file");
        }
        return directory;
    }

    private static String size(long bytes) {
        if (bytes < 1 << 20) {
            return String.format("%.1f KiB", bytes / 1024.0);
        }
        return String.format("%.1f MiB", bytes / (double) (1 << 20));
    }
}
