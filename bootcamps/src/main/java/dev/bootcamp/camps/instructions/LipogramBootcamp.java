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
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Lipogram: a passage of exactly N words that never uses the banned letters, from a bank that contains traps. */
@AutoService(Bootcamp.class)
public final class LipogramBootcamp extends Camp<LipogramBootcamp.Puzzle, LipogramBootcamp.Answer> {

    private static final Knob<Integer> WORDS = Knob.integer("words", 3, 300, 30, "exact number of words");
    private static final Knob<Integer> BANNED = Knob.integer("banned", 1, 5, 1, "letters that may not appear");
    private static final Knob<Integer> BANK = Knob.integer("bank", 8, 80, 24, "words in the word bank");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(LipogramBootcamp.class)
            .title("Lipogram")
            .domain("instructions")
            .tags("instructions", "writing", "lipogram", "letters")
            .summary("Write a passage of exactly N words without ever using the banned letters (in either case), every "
                    + "word from a word bank of which many words contain a banned letter; extra rules from the shared pool "
                    + "join as the level rises. Scoring: 0 unless every core rule holds; otherwise the share of all rules "
                    + "(core and extra) that hold, CORRECT only when all hold.")
            .knob(WORDS)
            .knob(BANNED)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the passage")
            .severalAnswers()
            .build();


    /** The word count, the banned letters, the bank, the extras and a reference passage (never shown). */
    public record Puzzle(int words, String banned, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public LipogramBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    /** Letters that a lipogram can plausibly drop, the hardest (most common) last. */
    private static final String CANDIDATES = "bcdfghkmpwyulnrtsoiae";

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WORDS, Draw.scale(level, 5, 90))
                .with(BANNED, Draw.scale(level, 1, 3))
                .with(BANK, Draw.scale(level, 10, 44))
                .with(EXTRAS, Draw.scale(level, 0, 5));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        StringBuilder banned = new StringBuilder();
        while (banned.length() < knobs.get(BANNED)) {
            char c = CANDIDATES.charAt(random.nextInt(CANDIDATES.length()));
            if (banned.indexOf(String.valueOf(c)) < 0) {
                banned.append(c);
            }
        }
        String letters = banned.toString();
        int bankSize = knobs.get(BANK);
        List<String> safe = Bank.draw(random, Math.max(4, bankSize / 2), List.of(), 2, 9, word -> clean(word, letters));
        List<String> bank = Bank.draw(random, bankSize, safe, 2, 9, word -> true);
        String gold = Compose.sentences(Compose.draw(safe, knobs.get(WORDS), random), 3, 10, random.nextBoolean(), random);
        return new Puzzle(knobs.get(WORDS), letters, bank, Extras.derive(gold, bank, knobs.get(EXTRAS), Extras.allBut(Extra.Kind.WORDS_AT_LEAST,
                Extra.Kind.WORDS_AT_MOST, Extra.Kind.LETTER_ABSENT), random), gold);
    }

    @Override
    public String question(Puzzle puzzle) {
        String letters = String.join(", ", puzzle.banned().toUpperCase(Locale.ROOT).split(""));
        return "Write a lipogram: a passage of exactly " + puzzle.words() + " words in which the letter"
                + (puzzle.banned().length() == 1 ? " " : "s ") + letters + " never appear" + (puzzle.banned().length() == 1 ? "s" : "")
                + ", neither in lower nor in upper case, anywhere in the answer. Beware: many words of the bank contain"
                + " a banned letter, so choose among them with care before you start.\n" + Text.WORD_RULE + "\n"
                + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", "Its length is " + puzzle.words() + " words exactly.",
                        "No banned letter (" + letters + ") appears anywhere."), puzzle.extras())
                + "\nGive the passage and nothing more, for example of the shape \"Word word word. Word word.\"";
    }

    private static boolean clean(String text, String banned) {
        for (char c : banned.toCharArray()) {
            if (Text.letterCount(text, c) > 0) {
                return false;
            }
        }
        return true;
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(text, puzzle.bank()));
        core.add(Rules.exactly("words", Text.words(text).size(), puzzle.words()));
        String found = "";
        for (char c : puzzle.banned().toCharArray()) {
            if (found.isEmpty() && Text.letterCount(text, c) > 0) {
                found = "the banned letter " + c + " appears " + Extras.times(Text.letterCount(text, c));
            }
        }
        core.add(Outcome.core(found.isEmpty(), found.isEmpty() ? "no banned letter" : found));
        return Rules.with(core, puzzle.extras(), text);
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.words() * (puzzle.banned().length() + puzzle.extras().size()) + puzzle.bank().size();
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
