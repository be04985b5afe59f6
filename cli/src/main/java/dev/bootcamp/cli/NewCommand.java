package dev.bootcamp.cli;

import dev.bootcamp.agent.AgentException;
import dev.bootcamp.agent.ProjectSources;
import dev.bootcamp.agent.Scaffolder;
import dev.bootcamp.agent.ScriptScaffolder;
import dev.bootcamp.core.Catalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bootcamp new}: scaffold a bootcamp whose unfinished parts fail validation by name. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Scaffold a new bootcamp: a compiling, registered skeleton (built as a syntax tree) in"
                + " bootcamps/src/main/java/dev/bootcamp/camps/<domain>/<Name>Bootcamp.java, or with --lang python a script"
                + " bootcamp in plugins/<id>.py.",
                "Every part still to write throws \"TODO: …\", so `bootcamp validate` names each one until it is done."},
        footer = {"", "Examples:", "  bootcamp new milk-crates --domain math", "  bootcamp new word-ladder --domain strings --root ~/bootcamp",
                "  bootcamp new vowel-count --domain strings --lang python      (then: --plugins plugins)",
                "See docs/AUTHORING.md for the walk-through."})
final class NewCommand implements Callable<Integer> {
    private final Catalog catalog;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The new id, kebab-case; milk-crates gives class MilkCratesBootcamp.")
    String id;

    @Option(names = "--domain", paramLabel = "D", required = true, description = "The domain (package), e.g. math, puzzles, graphs.")
    String domain;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "java",
            description = "java (default: a class in the catalogue) or python (a script bootcamp for a plugin folder).")
    String lang;

    @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
            description = "Project folder; a Java file goes under DIR/" + ProjectSources.CATALOGUE + " (default: the current folder).")
    Path root;

    @Option(names = "--plugins-folder", paramLabel = "DIR", defaultValue = "plugins",
            description = "With --lang python: the folder for the script, relative to --root (default: ${DEFAULT-VALUE}).")
    Path pluginsFolder;

    NewCommand(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() throws Exception {
        String language = lang.strip().toLowerCase(Locale.ROOT);
        if (language.equals("python")) {
            return newScript();
        }
        if (!language.equals("java")) {
            throw new UsageException("--lang takes java or python, found '" + lang + "'");
        }
        Scaffolder.Skeleton skeleton;
        try {
            skeleton = new Scaffolder(catalog).create(id, domain, root.resolve(ProjectSources.CATALOGUE));
        } catch (AgentException e) {
            throw new UsageException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("created " + skeleton.file());
        out.println("  class " + skeleton.className() + ", id " + skeleton.id() + ", registered with @AutoService(Bootcamp.class)");
        out.println("next steps:");
        out.println("  1. write the records Puzzle and Answer, then every method that throws \"TODO: …\"; fill in the info"
                + " (title, summary, knobs, answer shape) and remove every TODO");
        out.println("  2. bootcamp validate " + skeleton.file() + "   (static checks, compile, contract; exit 0 when clean)");
        out.println("  3. rebuild, then: bootcamp show " + skeleton.id() + " and bootcamp check " + skeleton.id());
        out.println("guide: docs/AUTHORING.md");
        return ExitCodes.OK;
    }

    private Integer newScript() throws Exception {
        Path folder = root.resolve(pluginsFolder);
        Path file;
        try {
            file = new ScriptScaffolder(catalog).create(id, domain, folder);
        } catch (AgentException e) {
            throw new UsageException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("created " + file);
        out.println("next steps:");
        out.println("  1. fill in INFO (title, summary, knobs, ten levels, answer shape) and write the six functions that raise"
                + " \"TODO: …\"; near_misses and cost are optional");
        out.println("  2. bootcamp validate " + file + "   (sandbox rules, INFO, contract; exit 0 when clean)");
        out.println("  3. bootcamp show " + id + " --plugins " + folder + "   and use --plugins " + folder + " with any command");
        out.println("guide: docs/AUTHORING.md");
        return ExitCodes.OK;
    }
}
