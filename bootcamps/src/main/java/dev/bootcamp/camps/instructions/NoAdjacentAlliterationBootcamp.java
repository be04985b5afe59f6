package dev.bootcamp.camps.instructions;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Words;
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

/** No adjacent alliteration: no two neighbouring words may begin with the same letter. */
@AutoService(Bootcamp.class)
public final class NoAdjacentAlliterationBootcamp extends Camp<NoAdjacentAlliterationBootcamp.Puzzle, NoAdjacentAlliterationBootcamp.Answer> {

    private static final Knob<Integer> WORDS = Knob.integer("words", 3, 200, 20, "exact number of words");
    private static final Knob<Integer> INITIALS = Knob.integer("initials", 2, 8, 4, "different first letters among the bank words");
    private static final Knob<Integer> BANK = Knob.integer("bank", 6, 80, 20, "words in the word bank");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(NoAdjacentAlliterationBootcamp.class)
            .title("No neighbouring initials")
            .domain("instructions")
            .tags("instructions", "writing", "alliteration", "letters")
            .summary("Write exactly N words in which no two neighbouring words (across sentence breaks too) begin with the "
                    + "same letter, every word from a word bank whose words share few initials; extra rules from the shared "
                    + "pool join as the level rises. Scoring: 0 unless every core rule holds; otherwise the share of all "
                    + "rules (core and extra) that hold, CORRECT only when all hold.")
            .knob(WORDS)
            .knob(INITIALS)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the text")
            .severalAnswers()
            .build();


    /** The word count, the bank, the extras and a reference text (never shown). */
    public record Puzzle(int words, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public NoAdjacentAlliterationBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WORDS, Draw.scale(level, 4, 80))
                .with(INITIALS, Draw.scale(level, 8, 2))
                .with(BANK, Draw.scale(level, 8, 36))
                .with(EXTRAS, Draw.scale(level, 0, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        String initials = "";
        while (initials.length() < knobs.get(INITIALS)) {
            char c = "abcdfghlmprstw".charAt(random.nextInt(14));
            if (initials.indexOf(c) < 0) {
                initials += c;
            }
        }
        String letters = initials;
        List<String> required = new ArrayList<>();
        for (char c : letters.toCharArray()) {
            required.add(Draw.pick(Words.withPrefix(String.valueOf(c)).stream().filter(word -> word.length() <= 9
                    && Bank.fits(word, required)).toList(), random));
        }
        List<String> bank = Bank.draw(random, knobs.get(BANK), required, 2, 9, word -> letters.indexOf(word.charAt(0)) >= 0);
        List<String> words = new ArrayList<>();
        while (words.size() < knobs.get(WORDS)) {
            String word = Draw.pick(bank, random);
            if (words.isEmpty() || words.get(words.size() - 1).charAt(0) != word.charAt(0)) {
                words.add(word);
            }
        }
        String gold = Compose.sentences(words, 3, 9, random.nextBoolean(), random);
        return new Puzzle(knobs.get(WORDS), bank, Extras.derive(gold, bank, knobs.get(EXTRAS), Extras.allBut(Extra.Kind.WORDS_AT_LEAST,
                Extra.Kind.WORDS_AT_MOST), random), gold);
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Steer clear of alliteration. Write exactly " + puzzle.words() + " words such that no two words standing next to"
                + " each other start with the same letter; this holds across sentence breaks and line breaks as well, since"
                + " only the sequence of words matters. The bank offers few different first letters, so alternate them"
                + " deliberately.\n" + Text.WORD_RULE + "\n" + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", "Write " + puzzle.words() + " words exactly.", "Neighbouring words never"
                        + " share their first letter."), puzzle.extras())
                + "\nReply with just the words (\"Bold cats bite\" would fail at \"cats bite\").";
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<String> words = Text.words(text);
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(text, puzzle.bank()));
        core.add(Rules.exactly("words", words.size(), puzzle.words()));
        String pair = "";
        for (int i = 1; i < words.size() && pair.isEmpty(); i++) {
            if (words.get(i).charAt(0) == words.get(i - 1).charAt(0)) {
                pair = "\"" + words.get(i - 1) + " " + words.get(i) + "\" share a first letter";
            }
        }
        core.add(Outcome.core(pair.isEmpty(), pair.isEmpty() ? "no neighbouring initials repeat" : pair));
        return Rules.with(core, puzzle.extras(), text);
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.words() * (1.0 + puzzle.extras().size()) * (10.0 - puzzle.bank().stream().map(word -> word.charAt(0)).distinct().count()) / 8;
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
