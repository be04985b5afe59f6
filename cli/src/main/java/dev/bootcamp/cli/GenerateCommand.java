package dev.bootcamp.cli;

import com.google.inject.Inject;
import dev.bootcamp.api.Catalog;
import dev.bootcamp.api.Json;
import dev.bootcamp.api.Mix;
import dev.bootcamp.bridge.CasePlan;
import dev.bootcamp.bridge.OrderedBlocks;
import java.io.Writer;
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
                "  bootcamp generate --mix 'sudoku:3,math:2,graphs/*:1' --count 100000 --tier hard --out train.jsonl",
                "  bootcamp generate knapsack --set items=12 --seed 7 --style boxed"})
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

    @Inject
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
        Mix chosen = Mix.parse(mix != null ? mix : String.join(",", ids), catalog);
        CasePlan plan = new CasePlan(catalog, chosen, levels.seed, levels.level(), levels.overrides, levels.style());
        try (AtomicOutput output = AtomicOutput.open(out, spec.commandLine().getOut())) {
            Writer writer = output.writer();
            Progress progress = new Progress(spec.commandLine().getErr(), output.isFile() && terminal.interactive(), count, "cases");
            OrderedBlocks.run(count, threadCount, index -> Json.write(plan.caseAt(index)), (start, lines) -> {
                for (String line : lines) {
                    writer.write(line);
                    writer.write('\n');
                }
            }, progress::update);
            output.commit();
            progress.finish();
        }
        if (!out.equals("-")) {
            spec.commandLine().getErr().println("wrote " + count + " cases to " + out);
        }
        return ExitCodes.OK;
    }
}
