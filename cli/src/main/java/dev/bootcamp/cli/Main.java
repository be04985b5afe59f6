package dev.bootcamp.cli;

import dev.bootcamp.core.RegistryException;
import dev.bootcamp.scripts.ScriptLoader;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The {@code bootcamp} command: one command factory, one command line, an exit code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code = run(args, out, err, new Terminal(System.console() != null));
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command with the given writers; used by {@link #main} and by in-process tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Terminal terminal) {
        CommandFactory factory = new CommandFactory(terminal, PluginFolders.of(args, System.getenv(ScriptLoader.PLUGINS_VARIABLE)));
        CommandLine commandLine;
        try {
            commandLine = new CommandLine(BootcampCommand.class, factory);
            for (Class<?> subcommand : BootcampCommand.needed(args)) {
                commandLine.addSubcommand(subcommand);
            }
        } catch (CommandLine.InitializationException e) {
            // The commands are made with the catalogue, so a plugin that cannot be loaded surfaces here.
            RegistryException cause = registryCause(e);
            if (cause == null) {
                throw e;
            }
            err.println("bootcamp: " + cause.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        verbatimFooters(commandLine);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Footers (the examples) are printed line for line: picocli would wrap them at 80 columns, breaking a copied
     * example in the middle of an argument.
     */
    private static void verbatimFooters(CommandLine commandLine) {
        commandLine.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, help -> {
            StringBuilder text = new StringBuilder();
            for (String line : help.commandSpec().usageMessage().footer()) {
                text.append(line).append(System.lineSeparator());
            }
            return text.toString();
        });
        commandLine.getSubcommands().values().forEach(Main::verbatimFooters);
    }

    private static RegistryException registryCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RegistryException registry) {
                return registry;
            }
        }
        return null;
    }
}
