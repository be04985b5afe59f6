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
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Acrostic: lines whose first letters, read downwards, spell a given word, written from a word bank. */
@AutoService(Bootcamp.class)
public final class AcrosticBootcamp extends Camp<AcrosticBootcamp.Puzzle, AcrosticBootcamp.Answer> {

    private static final Knob<Integer> LETTERS = Knob.integer("letters", 3, 11, 5, "letters of the word the lines spell");
    private static final Knob<Integer> MOST_WORDS = Knob.integer("most-words", 1, 12, 4, "most words on a line (the least is half of it)");
    private static final Knob<Integer> BANK = Knob.integer("bank", 6, 80, 20, "words in the word bank (at least one per letter is added)");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(AcrosticBootcamp.class)
            .title("Acrostic lines")
            .domain("instructions")
            .tags("instructions", "writing", "acrostic", "lines")
            .summary("Write one line per letter of a given word so that the first letters of the lines spell the word from "
                    + "top to bottom, each line holding a number of words within a stated range, every word from a word "
                    + "bank; extra rules from the shared pool join as the level rises. Scoring: 0 unless every core rule "
                    + "holds; otherwise the share of all rules (core and extra) that hold, CORRECT only when all hold.")
            .knob(LETTERS)
            .knob(MOST_WORDS)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the lines of the acrostic, one per line")
            .severalAnswers()
            .build();


    /** The word to spell, the words-per-line range, the bank, the extras and a reference poem (never shown). */
    public record Puzzle(String word, int least, int most, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public AcrosticBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(LETTERS, Draw.scale(level, 3, 10))
                .with(MOST_WORDS, Draw.scale(level, 2, 8))
                .with(BANK, Draw.scale(level, 10, 40))
                .with(EXTRAS, Draw.scale(level, 0, 5));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> candidates = Words.ofLength(knobs.get(LETTERS), knobs.get(LETTERS)).stream()
                .filter(word -> word.chars().allMatch(c -> !Words.withPrefix(String.valueOf((char) c)).isEmpty())).toList();
        String word = Draw.pick(candidates, random);
        List<String> starters = new ArrayList<>();
        for (char c : word.toCharArray()) {
            List<String> options = Words.withPrefix(String.valueOf(c)).stream().filter(each -> Bank.fits(each, starters)
                    || starters.contains(each)).toList();
            starters.add(Draw.pick(options.isEmpty() ? Words.withPrefix(String.valueOf(c)) : options, random));
        }
        List<String> required = new ArrayList<>();
        for (String starter : starters) {
            if (Bank.fits(starter, required) || required.contains(starter)) {
                required.add(starter);
            }
        }
        List<String> bank = Bank.draw(random, knobs.get(BANK) + required.size(), required, 2, 9, each -> true);
        int most = knobs.get(MOST_WORDS);
        int least = Math.max(1, most / 2);
        List<String> lines = new ArrayList<>();
        for (char c : word.toCharArray()) {
            List<String> first = bank.stream().filter(each -> each.charAt(0) == c).toList();
            List<String> line = new ArrayList<>();
            line.add(Draw.pick(first, random));
            int length = Draw.between(least, most, random);
            line.addAll(Compose.draw(bank, length - 1, random));
            String joined = String.join(" ", line);
            lines.add(Character.toUpperCase(joined.charAt(0)) + joined.substring(1));
        }
        String gold = String.join("\n", lines);
        return new Puzzle(word, least, most, bank, Extras.derive(gold, bank, knobs.get(EXTRAS), Extras.allBut(Extra.Kind.LOWER_CASE,
                Extra.Kind.FIRST_WORD), random), gold);
    }

    @Override
    public String question(Puzzle puzzle) {
        String letters = String.join("-", puzzle.word().toUpperCase(Locale.ROOT).split(""));
        return "Write an acrostic on the word " + puzzle.word().toUpperCase(Locale.ROOT) + ": a poem of exactly "
                + puzzle.word().length() + " lines in which the first letter of each line, read from the top line down,"
                + " spells " + letters + ". So line 1 starts with " + puzzle.word().toUpperCase(Locale.ROOT).charAt(0)
                + ", line 2 with the second letter, and so on. Each line must hold between " + puzzle.least() + " and "
                + puzzle.most() + " words. Case does not matter for the spelling.\n" + Text.LINE_RULE + " " + Text.WORD_RULE + "\n"
                + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", "There are exactly " + puzzle.word().length() + " lines.",
                        "The first letters of the lines spell " + letters + " in order.", "Every line has " + puzzle.least()
                        + " to " + puzzle.most() + " words."), puzzle.extras())
                + "\nReply with the lines only, one under another (an acrostic on OX would be two lines, the first starting with"
                + " O and the second with X).";
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<String> lines = Text.lines(text);
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(text, puzzle.bank()));
        core.add(Rules.exactly("lines", lines.size(), puzzle.word().length()));
        StringBuilder spelt = new StringBuilder();
        String badLength = "";
        for (String line : lines) {
            spelt.append(Text.firstLetter(line));
            int words = Text.words(line).size();
            if (badLength.isEmpty() && (words < puzzle.least() || words > puzzle.most())) {
                badLength = "a line has " + words + " words, outside " + puzzle.least() + ".." + puzzle.most();
            }
        }
        boolean spells = spelt.toString().equals(puzzle.word());
        core.add(Outcome.core(spells, "the first letters spell " + Text.quote(spelt.toString()) + (spells ? "" : ", wanted " + puzzle.word())));
        core.add(Outcome.core(badLength.isEmpty(), badLength.isEmpty() ? "every line has an allowed length" : badLength));
        return Rules.with(core, puzzle.extras(), text);
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.word().length() * (puzzle.least() + puzzle.most()) * (1.0 + puzzle.extras().size()) / 2.0;
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
