package dev.bootcamp.cli;

import dev.bootcamp.api.ConfigurationException;
import dev.bootcamp.core.BadInputException;
import dev.bootcamp.core.GenerationException;
import dev.bootcamp.core.RegistryException;
import dev.bootcamp.core.engine.EngineException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/** Turns an exception into one clear line on the error writer; the stack trace only with {@code --verbose}. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean verbose = parseResult.expandedArgs().contains("--verbose") || parseResult.expandedArgs().contains("-v");
        int code;
        String message;
        if (exception instanceof ConfigurationException || exception instanceof RegistryException) {
            code = ExitCodes.USAGE;
            message = exception.getMessage();
        } else if (exception instanceof UsageException || exception instanceof BadInputException) {
            code = ExitCodes.USAGE;
            message = exception.getMessage();
        } else if (exception instanceof IOException || exception instanceof UncheckedIOException) {
            code = ExitCodes.INTERNAL;
            message = "I/O error: " + exception.getMessage();
        } else if (exception instanceof GenerationException || exception instanceof EngineException) {
            code = ExitCodes.INTERNAL;
            message = exception.getMessage();
        } else {
            code = ExitCodes.INTERNAL;
            message = "internal error: " + exception + " (run with --verbose for the stack trace)";
        }
        err.println("bootcamp: " + message);
        if (verbose) {
            StringWriter trace = new StringWriter();
            exception.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        }
        err.flush();
        return code;
    }
}
