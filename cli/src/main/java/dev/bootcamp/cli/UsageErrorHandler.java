package dev.bootcamp.cli;

import dev.bootcamp.api.Names;
import java.io.PrintWriter;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * A command line that does not parse gets one line saying what is wrong, a suggestion where one is close, and a hint
 * naming the command's help; never the whole help text (which buries the one line that matters).
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    private static final Pattern NOT_A_NUMBER = Pattern.compile("Invalid value for option '([^']+)': '(.*)' is not an? (long|int|double|float)");
    private static final Pattern NOT_A_PAIR = Pattern.compile("Value for option (?:option )?'([^']+)' \\(([^)]+)\\) should be in KEY=VALUE format but was (.*)");

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
            CommandLine commandLine = exception.getCommandLine();
            if (word.startsWith("-")) {
                return "unknown option '" + word + "'" + Names.didYouMean(word, commandLine.getCommandSpec().optionsMap().keySet());
            }
            Set<String> commands = commandLine.getSubcommands().keySet();
            if (!commands.isEmpty() && commandLine.getCommandSpec().positionalParameters().isEmpty()) {
                return "unknown command '" + word + "'" + Names.didYouMean(word, commands);
            }
            return "unexpected argument '" + word + "'";
        }
        String text = Names.firstLine(exception.getMessage());
        Matcher number = NOT_A_NUMBER.matcher(text);
        if (number.matches()) {
            return number.group(1) + " takes " + (number.group(3).equals("long") || number.group(3).equals("int") ? "a whole number" : "a number")
                    + ", found '" + number.group(2) + "'";
        }
        // picocli says "Value for option option '--set' (KNOB=VALUE) should be in KEY=VALUE format but was size".
        Matcher pair = NOT_A_PAIR.matcher(text);
        if (pair.matches()) {
            return pair.group(1) + " takes " + pair.group(2) + ", found '" + pair.group(3) + "'";
        }
        return text.replace("option option", "option");
    }
}
