package dev.bootcamp.cli;

import dev.bootcamp.api.Names;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * A command line that does not parse gets one line saying what is wrong, a suggestion where one is close, and a hint
 * naming the command's help; never the whole help text (which buries the one line that matters).
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("bootcamp: " + message(exception));
        err.println("try '" + commandLine.getCommandSpec().qualifiedName() + " --help'");
        err.flush();
        return ExitCodes.USAGE;
    }

    static String message(CommandLine.ParameterException exception) {
        if (exception instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String word = unmatched.getUnmatched().get(0);
            List<String> names = new ArrayList<>(exception.getCommandLine().getSubcommands().keySet());
            if (word.startsWith("-")) {
                names = new ArrayList<>(exception.getCommandLine().getCommandSpec().optionsMap().keySet());
                return "unknown option '" + word + "'" + Names.didYouMean(word, names);
            }
            if (!names.isEmpty() && exception.getCommandLine().getCommandSpec().positionalParameters().isEmpty()) {
                return "unknown command '" + word + "'" + Names.didYouMean(word, names);
            }
            return "unexpected argument '" + word + "'";
        }
        // picocli says "Value for option option '--set' ..." for a map option without '='.
        return Names.firstLine(exception.getMessage()).replace("option option", "option");
    }
}
