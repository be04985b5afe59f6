package dev.bootcamp.cli;

import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Tier;
import dev.bootcamp.core.Case;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.Seeds;
import dev.bootcamp.core.TypedBootcamp;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bootcamp show ID}: the summary, the knobs, the level table and one example with its gold answer. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Describe one bootcamp, with an example case.",
        footer = {"", "Examples:", "  bootcamp show sudoku", "  bootcamp show knapsack --level 8"})
final class ShowCommand implements Runnable {
    private final Catalog catalog;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", completionCandidates = BootcampIds.class, description = "The bootcamp id.")
    String id;

    @Option(names = "--level", paramLabel = "L", defaultValue = "easy", description = "Level or tier of the example (default: ${DEFAULT-VALUE}).")
    String level;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Run seed of the example (default: ${DEFAULT-VALUE}).")
    long seed;

    ShowCommand(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void run() {
        TypedBootcamp<?, ?> typed = catalog.typed(id);
        BootcampInfo info = typed.info();
        PrintWriter out = spec.commandLine().getOut();
        out.println(info.id() + " — " + info.title() + " (" + info.domain() + ", version " + info.version() + ")");
        out.println("tags: " + String.join(", ", info.tags()));
        out.println();
        out.println(info.summary());
        out.println();
        out.println("answer: " + info.answerShape());
        if (info.uniqueSolution()) {
            out.println("every puzzle has exactly one solution (checked by an independent counter)");
        }
        if (info.severalAnswers()) {
            out.println("several answers can be correct; the checker tests the rules");
        }
        out.println();
        out.println("Knobs (override with --set name=value):");
        Table knobs = new Table("name", "type", "allowed", "default", "meaning");
        for (Knob<?> knob : info.knobs()) {
            knobs.row(knob.name(), knob.kind().wireName(), knob.allowed(), knob.defaultValue(), knob.meaning());
        }
        knobs.print(out);
        out.println();
        out.println("Levels (tiers: easy = 2, medium = 5, hard = 8, expert = 10):");
        List<String> header = new ArrayList<>(List.of("level"));
        info.knobs().forEach(knob -> header.add(knob.name()));
        Table levels = new Table(header.toArray(String[]::new));
        for (int l = Tier.MIN_LEVEL; l <= Tier.MAX_LEVEL; l++) {
            Knobs values = typed.bootcamp().atLevel(l);
            List<Object> row = new ArrayList<>(List.of(l));
            info.knobs().forEach(knob -> row.add(values.values().get(knob.name())));
            levels.row(row.toArray());
        }
        levels.print(out);
        int exampleLevel = Tier.parseLevel(level);
        Case example = typed.makeCase(typed.bootcamp().atLevel(exampleLevel), exampleLevel, Seeds.caseSeed(seed, info.id(), 0), AnswerStyle.TAGS);
        out.println();
        out.println("Example at level " + exampleLevel + " (" + example.id() + "):");
        out.println();
        out.println(example.prompt());
        out.println();
        out.println("Gold answer:");
        out.println(example.answerText());
    }
}
