package dev.bootcamp.cli;

import dev.bootcamp.core.CasePlan;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.Mix;
import dev.bootcamp.core.OrderedBlocks;
import dev.bootcamp.core.engine.GenerateJob;
import dev.bootcamp.core.engine.GenerateManifest;
import dev.bootcamp.core.format.ExportFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bootcamp generate}: cases as JSON lines, written atomically. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate cases as JSON lines, one case per line.",
                "Case i of a run is a pure function of (seed, bootcamp, knobs, i): the same command always writes the same bytes."},
        footer = {"", "Examples:", "  bootcamp generate sudoku --count 5",
                "  bootcamp generate --mix 'sudoku:3,math:2,graphs/*:1' --count 100000 \\",
                "      --tier hard --out train.jsonl",
                "  bootcamp generate knapsack --set items=12 --seed 7 --style boxed",
                "  bootcamp generate --mix math:2,logic:1 --count 10000000 --engine spark \\",
                "      --master 'local[*]' --out cases/ --gzip",
                "",
                "With --engine spark the output is a folder: shard-00000.jsonl, ... and",
                "_manifest.json, written last. The shards read in order are, byte for byte,",
                "what the single-process engine writes. See docs/SPARK.md."})
final class GenerateCommand implements Callable<Integer> {
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

    @Option(names = {"-n", "--count"}, paramLabel = "N", defaultValue = "10", description = "How many cases (default: ${DEFAULT-VALUE}).")
    long count;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = "-",
            description = "Output file, or - for standard output (default). A file appears only when complete.")
    String out;

    @Option(names = "--threads", paramLabel = "N", description = "Generator threads (default: the number of cores).")
    Integer threads;

    @Mixin
    EngineOptions engine;

    @Option(names = "--shards", paramLabel = "N", description = "With a cluster engine: output files (default: one per 100,000 cases).")
    Integer shards;

    @Option(names = "--format", paramLabel = "FORMAT", description = "With a cluster engine: jsonl (default), verl (Parquet), chat or openrlhf.")
    String format;

    @Option(names = "--gzip", description = "With a cluster engine: gzip each JSON-lines shard (.jsonl.gz).")
    boolean gzip;

    GenerateCommand(Catalog catalog, Terminal terminal) {
        this.catalog = catalog;
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        if (ids.isEmpty() == (mix == null)) {
            throw new UsageException("name bootcamp ids or give --mix SPEC (one of the two)");
        }
        if (count < 0) {
            throw new UsageException("--count must be 0 or more, found " + count);
        }
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1 || threadCount > 256) {
            throw new UsageException("--threads must be in 1..256, found " + threadCount);
        }
        String mixSpec = mix != null ? mix : String.join(",", ids);
        if (engine.isCluster()) {
            return generateOnCluster(mixSpec);
        }
        engine.clusterOnly("--shards", shards != null);
        engine.clusterOnly("--format", format != null);
        engine.clusterOnly("--gzip", gzip);
        Mix chosen = Mix.parse(mixSpec, catalog);
        CasePlan plan = new CasePlan(catalog, chosen, levels.seed, levels.level(), levels.overrides, levels.style());
        try (AtomicOutput output = AtomicOutput.open(out, spec.commandLine().getOut())) {
            Progress progress = new Progress(spec.commandLine().getErr(), output.isFile() && terminal.interactive(), count, "cases");
            OrderedBlocks.run(count, threadCount, plan::caseLine, (start, lines) -> {
                for (byte[] line : lines) {
                    output.write(line);
                }
            }, progress::update);
            output.commit();
            progress.finish();
        }
        if (!out.equals("-")) {
            spec.commandLine().getErr().println("wrote " + Counts.of(count, "case") + " to " + out);
        }
        return ExitCodes.OK;
    }

    private Integer generateOnCluster(String mixSpec) throws Exception {
        if (threads != null) {
            throw new UsageException("--threads is for the local engine; a cluster engine runs one task per shard");
        }
        if (out.equals("-")) {
            throw new UsageException("--engine " + engine.name + " writes a folder of shards: give --out DIR");
        }
        GenerateJob job = new GenerateJob(mixSpec, count, levels.level(), levels.overrides, levels.style().wireName(), levels.seed,
                ExportFormat.parse(format == null ? "jsonl" : format), gzip, shards == null ? GenerateJob.defaultShards(count) : shards, out,
                engine.master);
        long start = System.nanoTime();
        GenerateManifest manifest = engine.cluster().generate(job);
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getErr().printf("wrote %s in %s to %s (%s, sha256 %s) in %.1f s on %s%n", Counts.of(manifest.count(), "case"),
                Counts.of(manifest.shards().size(), "shard"), out, GenerateManifest.FILE, manifest.sha256().substring(0, 12), seconds, engine.name);
        return ExitCodes.OK;
    }
}
