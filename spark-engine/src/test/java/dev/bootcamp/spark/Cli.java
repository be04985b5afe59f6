package dev.bootcamp.spark;

import dev.bootcamp.cli.Main;
import dev.bootcamp.cli.Terminal;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs a {@code bootcamp} command in this JVM, as a user would type it. */
record Cli(int code, String out, String err) {
    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), new Terminal(false));
        return new Cli(code, out.toString(), err.toString());
    }
}
