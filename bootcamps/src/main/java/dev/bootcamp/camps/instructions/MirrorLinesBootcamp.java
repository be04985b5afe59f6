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
import java.util.HashSet;
import java.util.List;
import java.util.random.RandomGenerator;

/** Mirror lines: every line reads the same word by word forwards and backwards. */
@AutoService(Bootcamp.class)
public final class MirrorLinesBootcamp extends Camp<MirrorLinesBootcamp.Puzzle, MirrorLinesBootcamp.Answer> {

    private static final Knob<Integer> LINES = Knob.integer("lines", 1, 20, 3, "number of lines");
    private static final Knob<Integer> LINE_WORDS = Knob.integer("line-words", 2, 15, 5, "exact words per line");
    private static final Knob<Integer> BANK = Knob.integer("bank", 6, 80, 16, "words in the word bank");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(MirrorLinesBootcamp.class)
            .title("Word-palindrome lines")
            .domain("instructions")
            .tags("instructions", "writing", "palindrome", "lines", "symmetry")
            .summary("Write n different lines of exactly w words each, every line a word-level palindrome (its sequence of "
                    + "words is the same read backwards), every word from a word bank; extra rules from the shared pool "
                    + "join as the level rises. Scoring: 0 unless every core rule holds; otherwise the share of all rules "
                    + "(core and extra) that hold, CORRECT only when all hold.")
            .knob(LINES)
            .knob(LINE_WORDS)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the lines, one per line")
            .severalAnswers()
            .build();


    /** The line count, words per line, the bank, the extras and a reference poem (never shown). */
    public record Puzzle(int lines, int lineWords, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public MirrorLinesBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(LINES, Draw.scale(level, 1, 8))
                .with(LINE_WORDS, Draw.scale(level, 3, 11))
                .with(BANK, Draw.scale(level, 8, 36))
                .with(EXTRAS, Draw.scale(level, 0, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> bank = Bank.draw(random, knobs.get(BANK), List.of(), 2, 9, word -> true);
        int width = knobs.get(LINE_WORDS);
        List<String> lines = new ArrayList<>();
        for (int attempt = 0; attempt < 2_000 && lines.size() < knobs.get(LINES); attempt++) {
            List<String> half = Compose.draw(bank, (width + 1) / 2, random);
            List<String> line = new ArrayList<>(half);
            for (int i = width / 2 - 1; i >= 0; i--) {
                line.add(half.get(i));
            }
            String joined = String.join(" ", line);
            if (!lines.contains(joined)) {
                lines.add(joined);
            }
        }
        String gold = String.join("\n", lines);
        return new Puzzle(lines.size(), width, bank, Extras.derive(gold, bank, knobs.get(EXTRAS), Extras.allBut(), random), gold);
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Write " + puzzle.lines() + (puzzle.lines() == 1 ? " line" : " different lines") + ", each of exactly "
                + puzzle.lineWords() + " words, where every line is a palindrome at the level of words: reading its words"
                + " from the last to the first gives the same sequence as reading them from the first to the last (\"dogs"
                + " chase cats chase dogs\" is one). Letters inside a word are not reversed. No two lines may be the same"
                + " sequence of words.\n" + Text.LINE_RULE + " " + Text.WORD_RULE + "\n" + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", "Exactly " + puzzle.lines() + " lines, pairwise different.", "Each line has "
                        + puzzle.lineWords() + " words.", "Each line's words read the same in both directions."), puzzle.extras())
                + "\nSend the lines alone, one below the other.";
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<List<String>> lines = Text.lines(text).stream().map(Text::words).toList();
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(text, puzzle.bank()));
        boolean distinct = new HashSet<>(lines).size() == lines.size();
        core.add(Outcome.core(lines.size() == puzzle.lines() && distinct, lines.size() + " lines" + (distinct ? "" : ", some repeated")));
        String width = "";
        String mirror = "";
        for (int i = 0; i < lines.size(); i++) {
            List<String> words = lines.get(i);
            if (width.isEmpty() && words.size() != puzzle.lineWords()) {
                width = "line " + (i + 1) + " has " + words.size() + " words";
            }
            for (int j = 0; j < words.size() / 2 && mirror.isEmpty(); j++) {
                if (!words.get(j).equals(words.get(words.size() - 1 - j))) {
                    mirror = "line " + (i + 1) + " is not the same backwards";
                }
            }
        }
        core.add(Outcome.core(width.isEmpty(), width.isEmpty() ? "line lengths right" : width));
        core.add(Outcome.core(mirror.isEmpty(), mirror.isEmpty() ? "every line mirrors" : mirror));
        return Rules.with(core, puzzle.extras(), text);
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.lines() * puzzle.lineWords() * (1.0 + puzzle.extras().size());
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
