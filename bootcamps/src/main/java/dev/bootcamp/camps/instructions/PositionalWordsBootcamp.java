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
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/** Positional words: given words must stand at given positions of a text of exactly N words. */
@AutoService(Bootcamp.class)
public final class PositionalWordsBootcamp extends Camp<PositionalWordsBootcamp.Puzzle, PositionalWordsBootcamp.Answer> {

    private static final Knob<Integer> WORDS = Knob.integer("words", 3, 200, 20, "exact number of words");
    private static final Knob<Integer> PINS = Knob.integer("pins", 1, 20, 3, "positions whose word is fixed");
    private static final Knob<Integer> BANK = Knob.integer("bank", 6, 80, 20, "words in the word bank");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(PositionalWordsBootcamp.class)
            .title("Words at fixed positions")
            .domain("instructions")
            .tags("instructions", "writing", "positions", "counting", "keywords")
            .summary("Write exactly N words such that the word at each listed position (counting words from 1) is the "
                    + "listed word, every word from a word bank; extra rules from the shared pool join as the level rises. "
                    + "Scoring: 0 unless every core rule holds; otherwise the share of all rules (core and extra) that "
                    + "hold, CORRECT only when all hold.")
            .knob(WORDS)
            .knob(PINS)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the text")
            .severalAnswers()
            .build();


    /** The word count, the pinned positions (1-based, increasing) and their words, the bank, the extras and a reference. */
    public record Puzzle(int words, List<Integer> positions, List<String> pinned, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            positions = List.copyOf(positions);
            pinned = List.copyOf(pinned);
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public PositionalWordsBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WORDS, Draw.scale(level, 4, 80))
                .with(PINS, Draw.scale(level, 1, 8))
                .with(BANK, Draw.scale(level, 8, 36))
                .with(EXTRAS, Draw.scale(level, 0, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> bank = Bank.draw(random, knobs.get(BANK), List.of(), 2, 9, word -> true);
        int count = knobs.get(WORDS);
        List<String> words = Compose.draw(bank, count, random);
        TreeSet<Integer> chosen = new TreeSet<>();
        while (chosen.size() < Math.min(knobs.get(PINS), count)) {
            chosen.add(Draw.between(1, count, random));
        }
        List<Integer> positions = List.copyOf(chosen);
        List<String> pinned = positions.stream().map(position -> words.get(position - 1)).toList();
        String gold = Compose.sentences(words, 3, 9, random.nextBoolean(), random);
        return new Puzzle(count, positions, pinned, bank, Extras.derive(gold, bank, knobs.get(EXTRAS), Extras.allBut(Extra.Kind.WORDS_AT_LEAST,
                Extra.Kind.WORDS_AT_MOST, Extra.Kind.FIRST_WORD, Extra.Kind.LAST_WORD), random), gold);
    }

    @Override
    public String question(Puzzle puzzle) {
        List<String> pins = new ArrayList<>();
        for (int i = 0; i < puzzle.positions().size(); i++) {
            pins.add("word " + puzzle.positions().get(i) + " is \"" + puzzle.pinned().get(i) + "\"");
        }
        return "Number the words of your answer 1, 2, 3 and so on from the very first word to the last, across sentences and"
                + " lines. Write exactly " + puzzle.words() + " words so that these pins hold: " + String.join("; ", pins)
                + ". All other positions are free. Track the running count carefully; punctuation does not move the count.\n"
                + Text.WORD_RULE + "\n" + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", "The answer is " + puzzle.words() + " words long.", "Every pinned"
                        + " position holds its word."), puzzle.extras())
                + "\nHand back the text alone (with the pin word 2 is \"sky\", \"Blue sky above.\" fits).";
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<String> words = Text.words(text);
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(text, puzzle.bank()));
        core.add(Rules.exactly("words", words.size(), puzzle.words()));
        String off = "";
        for (int i = 0; i < puzzle.positions().size() && off.isEmpty(); i++) {
            int at = puzzle.positions().get(i);
            if (at > words.size() || !words.get(at - 1).equals(puzzle.pinned().get(i))) {
                off = "word " + at + " is not \"" + puzzle.pinned().get(i) + "\"";
            }
        }
        core.add(Outcome.core(off.isEmpty(), off.isEmpty() ? "every pin holds" : off));
        return Rules.with(core, puzzle.extras(), text);
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.words() * (1.0 + puzzle.extras().size()) + 3.0 * puzzle.positions().size();
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
