package dev.bootcamp.camps.instructions;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.instructions.Bank;
import dev.bootcamp.camps.kit.instructions.Compose;
import dev.bootcamp.camps.kit.instructions.Edits;
import dev.bootcamp.camps.kit.instructions.Extra;
import dev.bootcamp.camps.kit.instructions.Extras;
import dev.bootcamp.camps.kit.instructions.Outcome;
import dev.bootcamp.camps.kit.instructions.Rules;
import dev.bootcamp.camps.kit.instructions.Text;
import dev.bootcamp.camps.kit.instructions.Writing;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Line-width layout: N words set in lines of at most w characters, every line but the last filled greedily. */
@AutoService(Bootcamp.class)
public final class LineWidthLayoutBootcamp extends Camp<LineWidthLayoutBootcamp.Puzzle, LineWidthLayoutBootcamp.Answer> {

    private static final Knob<Integer> WORDS = Knob.integer("words", 3, 200, 20, "exact number of words");
    private static final Knob<Integer> WIDTH = Knob.integer("width", 12, 80, 30, "most characters on a line");
    private static final Knob<Integer> BANK = Knob.integer("bank", 6, 80, 20, "words in the word bank");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(LineWidthLayoutBootcamp.class)
            .title("Greedy line wrapping")
            .domain("instructions")
            .tags("instructions", "writing", "layout", "lines", "wrapping")
            .summary("Write exactly N words from a word bank laid out in lines of at most w characters, single spaces "
                    + "between words, where every line except the last is full: the first word of the next line (with its "
                    + "space) would not fit on it. Extra rules from the shared pool join as the level rises. Scoring: 0 "
                    + "unless every core rule holds; otherwise the share of all rules (core and extra) that hold, CORRECT "
                    + "only when all hold.")
            .knob(WORDS)
            .knob(WIDTH)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the wrapped lines")
            .severalAnswers()
            .build();


    /** The word count, the line width, the bank, the extras and a reference layout (never shown). */
    public record Puzzle(int words, int width, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public LineWidthLayoutBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WORDS, Draw.scale(level, 5, 70))
                .with(WIDTH, Draw.scale(level, 16, 40))
                .with(BANK, Draw.scale(level, 8, 36))
                .with(EXTRAS, Draw.scale(level, 0, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> bank = Bank.draw(random, knobs.get(BANK), List.of(), 2, 11, word -> true);
        int width = knobs.get(WIDTH);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : Compose.draw(bank, knobs.get(WORDS), random)) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        String gold = String.join("\n", lines);
        return new Puzzle(knobs.get(WORDS), width, bank, Extras.derive(gold, bank, knobs.get(EXTRAS), Extras.allBut(Extra.Kind.WORDS_AT_LEAST,
                Extra.Kind.WORDS_AT_MOST, Extra.Kind.NO_COMMA, Extra.Kind.LONGEST_AT_MOST), random), gold);
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Typeset exactly " + puzzle.words() + " words as a left-aligned block no wider than " + puzzle.width()
                + " characters. Use letters and single spaces only, with no punctuation: within a line the words are"
                + " separated by exactly one space, and each line's length counts every character, spaces included. Wrap"
                + " greedily: a line may only end early if the next word would not fit, that is, for every line but the last,"
                + " its length plus one space plus the first word of the following line must exceed " + puzzle.width()
                + ".\n" + Text.WORD_RULE + "\n" + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", puzzle.words() + " words in total.", "Only letters and single spaces"
                        + " inside lines, each line at most " + puzzle.width() + " characters.", "Every line except the last is"
                        + " filled greedily."), puzzle.extras())
                + "\nOutput the lines alone (at width 9, \"red fox\" then \"jumps\" is a valid wrap of three words).";
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<String> lines = Text.lines(text);
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(text, puzzle.bank()));
        core.add(Rules.exactly("words", Text.words(text).size(), puzzle.words()));
        String bad = "";
        for (int i = 0; i < lines.size() && bad.isEmpty(); i++) {
            String line = lines.get(i);
            if (line.length() > puzzle.width()) {
                bad = "line " + (i + 1) + " is " + line.length() + " characters";
            } else if (line.contains("  ") || !line.chars().allMatch(c -> c == ' ' || Text.isLetter((char) c))) {
                bad = "line " + (i + 1) + " holds something other than words and single spaces";
            }
        }
        core.add(Outcome.core(bad.isEmpty(), bad.isEmpty() ? "lines within width" : bad));
        String loose = "";
        for (int i = 0; i + 1 < lines.size() && loose.isEmpty() && bad.isEmpty(); i++) {
            List<String> next = Text.words(lines.get(i + 1));
            if (!next.isEmpty() && lines.get(i).length() + 1 + next.get(0).length() <= puzzle.width()) {
                loose = "line " + (i + 1) + " could still take \"" + next.get(0) + "\"";
            }
        }
        core.add(Outcome.core(bad.isEmpty() && loose.isEmpty(), loose.isEmpty() ? "greedy wrap" : loose));
        return Rules.with(core, puzzle.extras(), text);
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.words() * (1.0 + puzzle.extras().size()) * 30.0 / puzzle.width();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.gold());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Rules.score(outcomes(puzzle, answer.text()));
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        return Edits.nearMisses(gold.text(), puzzle.bank(), text -> outcomes(puzzle, text), random).stream().map(Answer::new).toList();
    }
}
