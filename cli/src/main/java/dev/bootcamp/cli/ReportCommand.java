package dev.bootcamp.cli;

import dev.bootcamp.bridge.eval.EvalRunner;
import dev.bootcamp.bridge.eval.ReportWriter;
import dev.bootcamp.bridge.eval.RunStats;
import dev.bootcamp.core.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bootcamp report}: rebuild one run's report, or compare several runs side by side. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write summary.md and report.html for one eval run folder, or a side-by-side comparison of several."},
        footer = {"", "Examples:", "  bootcamp report eval/qwen3-8b-core",
                "  bootcamp report eval/qwen3-8b-core eval/llama-8b-core --out eval/comparison"})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Run folders written by bootcamp eval.")
    List<String> folders = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Where to write (default: the run folder, or ./comparison for several).")
    String out;

    @Override
    public Integer call() throws Exception {
        List<RunStats> runs = new ArrayList<>();
        for (String folder : folders) {
            Path results = Path.of(folder, EvalRunner.RESULTS);
            if (!Files.isRegularFile(results)) {
                throw new UsageException(folder + " is not an eval run folder: no " + EvalRunner.RESULTS);
            }
            String name = Path.of(folder).getFileName().toString();
            Path runFile = Path.of(folder, "run.json");
            if (Files.exists(runFile)) {
                Object model = Json.read(Files.readString(runFile, StandardCharsets.UTF_8), Map.class).get("model");
                name = model == null ? name : model + " (" + name + ")";
            }
            runs.add(RunStats.of(name, EvalRunner.load(results).values()));
        }
        Path target = Path.of(out != null ? out : folders.size() == 1 ? folders.get(0) : "comparison");
        ReportWriter.write(runs, target);
        runs.forEach(run -> spec.commandLine().getOut().printf("%s: accuracy %.1f%% over %d cases%n", run.name(), run.accuracy() * 100, run.cases()));
        spec.commandLine().getOut().println("report: " + target.resolve("report.html") + " and " + target.resolve("summary.md"));
        return ExitCodes.OK;
    }
}
