package dev.bootcamp.cli;

import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Names;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Tier;
import dev.bootcamp.core.Episode;
import dev.bootcamp.core.EpisodeSpec;
import dev.bootcamp.core.InteractiveCatalog;
import dev.bootcamp.core.Seeds;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bootcamp play}: one episode of an interactive bootcamp in the terminal, one action per input line. */
@Command(name = "play", mixinStandardHelpOptions = true,
        description = {"Play one episode of an interactive bootcamp: the observations are printed, and each line you type"
                + " is one action.", "The episode is the same for the same id, level and seed, so a game can be replayed;"
                + " --expert lets the reference policy play instead."},
        footer = {"", "Examples:", "  bootcamp play mastermind --level 1", "  bootcamp play number-guessing --level 3 --seed 7 --expert",
                "  printf 'guess 250\\nguess 125\\n' | bootcamp play number-guessing --level 1 --seed 7"})
final class PlayCommand implements Callable<Integer> {
    private final InteractiveCatalog catalog;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", completionCandidates = InteractiveIds.class, description = "An interactive bootcamp (kind 'episode' in 'bootcamp list').")
    String id;

    @Option(names = "--level", paramLabel = "L", defaultValue = "1", description = "Difficulty 1..10, or a tier name (default: ${DEFAULT-VALUE}).")
    String level;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Run seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--expert", description = "Let the reference policy play, printing each action.")
    boolean expert;

    PlayCommand(InteractiveCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() throws IOException {
        if (!catalog.contains(id)) {
            throw new UsageException("no interactive bootcamp '" + id + "'" + Names.didYouMean(id, catalog.ids())
                    + "; interactive bootcamps: " + String.join(", ", catalog.ids()));
        }
        return play(catalog.get(id));
    }

    private <S> int play(Interactive<S> bootcamp) throws IOException {
        int chosen = Tier.parseLevel(level);
        Knobs knobs = bootcamp.atLevel(chosen);
        long episodeSeed = Seeds.caseSeed(seed, bootcamp.info().id(), chosen);
        Episode<S> episode = Episode.begin(bootcamp, EpisodeSpec.of(bootcamp.info(), chosen, knobs, episodeSeed));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s, level %d, episode seed %d, at most %d turns%n%n%s%n", bootcamp.info().title(), chosen, episodeSeed,
                episode.turnLimit(), episode.opening());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (!episode.over()) {
            out.printf("%n[turn %d of %d] > ", episode.turns() + 1, episode.turnLimit());
            out.flush();
            String action = expert ? episode.expertAction() : readAction(in);
            if (action == null) {
                out.printf("%nInput ended after %d turns; the episode is not over.%n", episode.turns());
                out.flush();
                return ExitCodes.OK;
            }
            if (expert) {
                out.println(action);
            }
            Episode.Step step = episode.act(action);
            out.println(step.observation());
        }
        Score score = episode.score();
        out.printf(Locale.ROOT, "%nOutcome: %s, reward %.2f: %s (%d turns)%n", score.verdict(), score.reward(), score.detail(), episode.turns());
        out.flush();
        return ExitCodes.OK;
    }

    /** One line, cut at twice the action limit so a huge paste cannot fill memory; null at the end of input. */
    private static String readAction(BufferedReader in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (line.length() <= 2 * Episode.MAX_ACTION_CHARS) {
                line.append((char) c);
            }
        }
        return c < 0 && line.length() == 0 ? null : line.toString().strip();
    }
}
