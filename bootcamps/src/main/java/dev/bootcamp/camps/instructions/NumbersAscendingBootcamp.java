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

/** Ascending numbers: a passage with exactly k numbers in digits, strictly increasing, with a given sum. */
@AutoService(Bootcamp.class)
public final class NumbersAscendingBootcamp extends Camp<NumbersAscendingBootcamp.Puzzle, NumbersAscendingBootcamp.Answer> {

    private static final Knob<Integer> WORDS = Knob.integer("words", 3, 200, 20, "exact number of words");
    private static final Knob<Integer> NUMBERS = Knob.integer("numbers", 1, 12, 3, "numbers written in digits");
    private static final Knob<Integer> LARGEST = Knob.integer("largest", 12, 9999, 50, "largest number allowed");
    private static final Knob<Integer> BANK = Knob.integer("bank", 6, 80, 16, "words in the word bank");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(NumbersAscendingBootcamp.class)
            .title("Ascending numbers in text")
            .domain("instructions")
            .tags("instructions", "writing", "numbers", "arithmetic", "order")
            .summary("Write a passage of exactly N words (numbers are not words) that contains exactly k whole numbers "
                    + "written in digits, strictly increasing in order of appearance, each between 1 and a stated bound, "
                    + "summing to a stated total; every word from a word bank; extra rules from the shared pool join as the "
                    + "level rises. Scoring: 0 unless every core rule holds; otherwise the share of all rules (core and "
                    + "extra) that hold, CORRECT only when all hold.")
            .knob(WORDS)
            .knob(NUMBERS)
            .knob(LARGEST)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the passage")
            .severalAnswers()
            .build();


    /** Word count, number count, bound, required sum, the bank, the extras and a reference passage (never shown). */
    public record Puzzle(int words, int numbers, int largest, long sum, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public NumbersAscendingBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WORDS, Draw.scale(level, 4, 60))
                .with(NUMBERS, Draw.scale(level, 1, 7))
                .with(LARGEST, Draw.scale(level, 20, 500))
                .with(BANK, Draw.scale(level, 8, 30))
                .with(EXTRAS, Draw.scale(level, 0, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> bank = Bank.draw(random, knobs.get(BANK), List.of(), 2, 9, word -> true);
        int count = Math.min(knobs.get(NUMBERS), knobs.get(LARGEST));
        TreeSet<Integer> values = new TreeSet<>();
        while (values.size() < count) {
            values.add(Draw.between(1, knobs.get(LARGEST), random));
        }
        List<String> words = Compose.draw(bank, knobs.get(WORDS), random);
        List<String> tokens = new ArrayList<>(words);
        List<Integer> spots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            spots.add(Draw.between(0, tokens.size() - 1, random));
        }
        spots.sort(null);
        int shift = 0;
        for (int value : values) {
            tokens.add(spots.get(shift) + shift, String.valueOf(value));
            shift++;
        }
        String gold = Compose.sentences(tokens, 3, 9, true, random);
        long sum = values.stream().mapToLong(Integer::longValue).sum();
        return new Puzzle(words.size(), count, knobs.get(LARGEST), sum, bank, Extras.derive(gold, bank, knobs.get(EXTRAS),
                Extras.allBut(Extra.Kind.WORDS_AT_LEAST, Extra.Kind.WORDS_AT_MOST, Extra.Kind.LOWER_CASE), random), gold);
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Write a passage of exactly " + puzzle.words() + " words that also carries exactly " + puzzle.numbers()
                + (puzzle.numbers() == 1 ? " number" : " numbers") + " written in digits (like 7 or 112, no signs, no"
                + " decimal points, no leading zeros). A number is a maximal run of the digits 0 to 9. Read from start to"
                + " finish the numbers must strictly increase, each lies between 1 and " + puzzle.largest() + ", and"
                + " together they add up to exactly " + puzzle.sum() + ". Numbers are not words and do not count toward"
                + " the " + puzzle.words() + ".\n" + Text.WORD_RULE + "\n" + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", puzzle.words() + " words exactly.", "Exactly " + puzzle.numbers()
                        + " numbers, each 1 to " + puzzle.largest() + " without leading zeros, strictly increasing.",
                        "The numbers sum to " + puzzle.sum() + "."), puzzle.extras())
                + "\nReturn only the passage, such as \"Word 3 word word 10 word.\"";
    }

    /** The numbers of the text, as digit strings. */
    private static List<String> numbers(String text) {
        List<String> numbers = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean digit = i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
            if (digit && start < 0) {
                start = i;
            } else if (!digit && start >= 0) {
                numbers.add(text.substring(start, i));
                start = -1;
            }
        }
        return numbers;
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<String> numbers = numbers(text);
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(text, puzzle.bank()));
        core.add(Rules.exactly("words", Text.words(text).size(), puzzle.words()));
        String order = numbers.size() != puzzle.numbers() ? numbers.size() + " numbers, wanted " + puzzle.numbers() : "";
        long previous = 0;
        long sum = 0;
        for (String number : numbers) {
            if (!order.isEmpty()) {
                break;
            }
            if (number.length() > 6 || number.startsWith("0")) {
                order = "the number " + (number.length() > 12 ? number.substring(0, 12) + "..." : number) + " is out of range";
                break;
            }
            long value = Long.parseLong(number);
            if (value > puzzle.largest() || value <= previous) {
                order = value > puzzle.largest() ? value + " is above " + puzzle.largest() : value + " does not exceed " + previous;
            }
            previous = value;
            sum += value;
        }
        core.add(Outcome.core(order.isEmpty(), order.isEmpty() ? "numbers increase within range" : order));
        core.add(Outcome.core(order.isEmpty() && sum == puzzle.sum(), "the numbers sum to " + sum));
        return Rules.with(core, puzzle.extras(), text);
    }

    @Override
    public double cost(Puzzle puzzle) {
        return (puzzle.words() + 4.0 * puzzle.numbers()) * (1.0 + puzzle.extras().size());
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
