package dev.bootcamp.cli;

import dev.bootcamp.agent.Finding;
import dev.bootcamp.agent.ProjectSources;
import dev.bootcamp.agent.ValidationReport;
import dev.bootcamp.agent.ValidationReports;
import dev.bootcamp.agent.Validator;
import dev.bootcamp.api.Names;
import dev.bootcamp.api.Tier;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.testkit.ConformanceReport;
import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bootcamp validate}: static checks, in-memory compilation and the contract, with a JSON and a Markdown report. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate a bootcamp source file (with its same-stem helpers) or a registered bootcamp id.",
                "A file gets static checks (SPI, registration, no file/network/process/reflection/clock/unseeded randomness, no"
                        + " mutable static state, size limits, no console output, no TODO; only allow-listed JDK types), compilation"
                        + " in memory, then loading and the contract in a child process inside an OS sandbox (bubblewrap: no network,"
                        + " read-only system, private temporary folder, memory/CPU/process limits, killed after --timeout). An id gets"
                        + " the contract on its registered class in this process, and the static checks when its source is under"
                        + " --root. A script bootcamp (.py) gets the sandbox rules (on Jython's syntax tree), its INFO and the"
                        + " required functions checked, then the contract in the sandbox.",
                "Without a working sandbox a file is checked and compiled but not run, unless --unsandboxed. See docs/SECURITY.md.",
                "Writes report.json and report.md (default: validation/<id>/). Exit 0 when clean, 3 on any failure."},
        footer = {"", "Examples:", "  bootcamp validate bootcamps/src/main/java/dev/bootcamp/camps/math/MilkCratesBootcamp.java",
                "  bootcamp validate knapsack --seeds 50", "  bootcamp validate bootcamps/src/main/java/dev/bootcamp/camps/math/MilkCratesBootcamp.java --level 7 --seed 123",
                "  bootcamp validate plugins/vowel-count.py"})
final class ValidateCommand implements Callable<Integer> {
    private static final int PRINTED = 12;

    private final Catalog catalog;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|ID", description = "A .java file, a script bootcamp's .py file, or the id of a registered bootcamp.")
    String target;

    @Option(names = "--report", paramLabel = "DIR", description = "Where report.json and report.md go (default: validation/<id>).")
    Path reportFolder;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "20", description = "Cases per level (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--level", paramLabel = "L", description = "Only this level (1..10 or a tier); with --seed, replay one case.")
    String level;

    @Option(names = "--seed", paramLabel = "S", description = "Replay one case seed, as printed in a report (needs --level).")
    Long seed;

    @Option(names = "--fuzz", paramLabel = "N", defaultValue = "10000", description = "Hostile answers in all (default: ${DEFAULT-VALUE}).")
    int fuzz;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "Most time the candidate's process may take before it is killed and reported as stuck (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--unsandboxed", description = "Where no sandbox works (no bubblewrap), run the candidate anyway in a plain child"
            + " process: this runs untrusted code with your rights.")
    boolean unsandboxed;

    @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
            description = "Project folder, for the source of a registered id (default: the current folder).")
    Path root;

    ValidateCommand(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() throws Exception {
        if (seeds < 1 || fuzz < 0 || timeoutSeconds < 1) {
            throw new UsageException("--seeds and --timeout must be at least 1 and --fuzz at least 0");
        }
        if (seed != null && level == null) {
            throw new UsageException("--seed replays one case and needs --level");
        }
        Validator.Options options = new Validator.Options(seeds, Validator.Options.defaults().levels(), -1, fuzz, Duration.ofSeconds(timeoutSeconds));
        if (level != null) {
            options = seed != null ? options.withReplay(Tier.parseLevel(level), seed)
                    : new Validator.Options(seeds, List.of(Tier.parseLevel(level)), -1, fuzz, options.timeout());
        }
        Validator validator = new Validator(catalog, unsandboxed);
        Path file = Path.of(target);
        ValidationReport report;
        if (Files.isRegularFile(file) && target.endsWith(".py")) {
            report = validator.validateScript(file, options);
        } else if (Files.isRegularFile(file)) {
            report = validator.validateFile(file, options);
        } else if (catalog.contains(target)) {
            report = validator.validateRegistered(target, root.resolve(ProjectSources.CATALOGUE), options);
        } else if (target.endsWith(".java") || target.endsWith(".py") || target.contains("/") || target.contains(File.separator)) {
            throw new UsageException("no such file: " + target);
        } else {
            throw new UsageException("'" + target + "' is neither a file nor a bootcamp id" + Names.didYouMean(target, catalog.ids()));
        }
        Path folder = reportFolder != null ? reportFolder : Path.of("validation", report.bootcamp());
        ValidationReports.write(report, folder);
        print(report, folder);
        return report.passed() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private void print(ValidationReport report, Path folder) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(report.summary());
        report.contract().countByLaw().forEach((law, count) -> {
            ConformanceReport.Failure first = report.contract().failures(law).get(0);
            out.println("  contract › " + law.title() + " ×" + count + ", first" + (first.level() < 0 ? "" : " at level " + first.level()
                    + (first.seed() < 0 ? "" : " (seed " + first.seed() + ")")) + ": " + first.message());
        });
        printSome(out, report.compileErrors().stream().map(Object::toString).toList());
        printSome(out, report.findings().stream().map(Finding::toString).toList());
        out.println("report: " + folder.resolve(ValidationReports.MARKDOWN) + " and " + folder.resolve(ValidationReports.JSON));
    }

    private static void printSome(PrintWriter out, List<String> lines) {
        lines.stream().limit(PRINTED).forEach(line -> out.println("  " + line));
        if (lines.size() > PRINTED) {
            out.println("  … and " + (lines.size() - PRINTED) + " more in the report");
        }
    }
}
