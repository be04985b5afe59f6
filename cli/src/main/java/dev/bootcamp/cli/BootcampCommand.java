package dev.bootcamp.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top command; its subcommands do the work. */
@Command(name = "bootcamp",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Procedurally generated, automatically verified reasoning tasks for RL training.",
        footer = {"", "Exit codes: 0 ok, 1 internal error, 2 usage error, 3 verification or contract",
                "failure.",
                "Examples:",
                "  bootcamp list --domain puzzles",
                "  bootcamp show sudoku",
                "  bootcamp generate sudoku --count 5 --tier hard --out cases.jsonl",
                "  bootcamp export --mix math:2,logic:1 -f verl --train 50000 --test 500 -o data",
                "  bootcamp verify --cases cases.jsonl --responses responses.jsonl --out scores.jsonl",
                "  bootcamp check --all",
                "  bootcamp eval --llm http://localhost:8000/v1 --model my-model --suite quick",
                "  bootcamp new milk-crates --domain math",
                "  bootcamp validate bootcamps/src/main/java/dev/bootcamp/camps/math/MilkCratesBootcamp.java",
                "  bootcamp author --task docs/tasks/milk-crates.md --llm http://localhost:8000/v1 --model my-model"})
final class BootcampCommand implements Runnable {
    /** The subcommands, in the order help lists them; {@link #needed} picks the ones a command line uses. */
    static final List<Class<?>> SUBCOMMANDS = List.of(ListCommand.class, ShowCommand.class, GenerateCommand.class, ExportCommand.class,
            VerifyCommand.class, CheckCommand.class, BenchCommand.class, EvalCommand.class, ReportCommand.class, ServeCommand.class,
            NewCommand.class, ValidateCommand.class, AuthorCommand.class, PlayCommand.class);

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of internal errors.", scope = picocli.CommandLine.ScopeType.INHERIT)
    boolean verbose;

    /** Read before parsing by {@link PluginFolders}; declared here so that picocli accepts and documents it. */
    @Option(names = "--plugins", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = {"A folder of script bootcamps (*.py) to add to the catalogue; repeatable, or several folders"
                    + " joined by the path separator. The BOOTCAMP_PLUGINS environment variable adds more."})
    java.util.List<String> plugins;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /**
     * The subcommands to build for these arguments: only the one they name, none for a bare version request, and all
     * of them otherwise (help lists them, and a misspelt name gets suggestions). Building a subcommand makes its
     * object graph, so a command builds only what it runs.
     */
    static List<Class<?>> needed(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--plugins")) {
                i++;
            } else if (arg.equals("-V") || arg.equals("--version")) {
                return List.of();
            } else if (!arg.startsWith("-")) {
                for (Class<?> type : SUBCOMMANDS) {
                    if (type.getAnnotation(Command.class).name().equals(arg)) {
                        return List.of(type);
                    }
                }
                return SUBCOMMANDS;
            }
        }
        return SUBCOMMANDS;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
