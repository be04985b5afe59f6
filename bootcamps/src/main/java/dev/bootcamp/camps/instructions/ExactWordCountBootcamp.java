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
import java.util.List;
import java.util.random.RandomGenerator;

/** Exact word count: one paragraph of exactly N words from a word bank, with extra rules as the level rises. */
@AutoService(Bootcamp.class)
public final class ExactWordCountBootcamp extends Camp<ExactWordCountBootcamp.Puzzle, ExactWordCountBootcamp.Answer> {
    private static final Knob<Integer> WORDS = Knob.integer("words", 3, 400, 40, "exact number of words the paragraph must have");
    private static final Knob<Integer> BANK = Knob.integer("bank", 6, 80, 20, "words in the word bank");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(ExactWordCountBootcamp.class)
            .title("Exact word count")
            .domain("instructions")
            .tags("instructions", "writing", "word-count", "constraints")
            .summary("Write one paragraph of exactly N words, every word taken from a given word bank, under extra rules"
                    + " (keywords, forbidden words and letters, letter quotas, first and last word, case, commas) that grow"
                    + " with the level. Words are maximal runs of the letters a to z. Scoring: 0 unless the core rules hold"
                    + " (only bank words, exactly N words, one paragraph); otherwise the share of all rules that hold,"
                    + " CORRECT when all do.")
            .knob(WORDS)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the paragraph itself")
            .severalAnswers()
            .build();

    /** The target count, the bank, the extra rules and a reference paragraph (never shown). */
    public record Puzzle(int words, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text of the paragraph. */
    public record Answer(String text) {}

    public ExactWordCountBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WORDS, Draw.scale(level, 5, 120))
                .with(BANK, Draw.scale(level, 8, 40))
                .with(EXTRAS, Draw.scale(level, 0, 5));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(WORDS);
        List<String> bank = Bank.draw(random, knobs.get(BANK), List.of(), 2, 9, word -> true);
        List<String> used = Draw.sample(bank, Math.max(2, bank.size() * 2 / 3), random);
        String gold = Compose.sentences(Compose.draw(used, count, random), 4, 12, random.nextBoolean(), random);
        return new Puzzle(count, bank, Extras.derive(gold, bank, knobs.get(EXTRAS), Extras.allBut(Extra.Kind.WORDS_AT_LEAST,
                Extra.Kind.WORDS_AT_MOST), random), gold);
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Write a single paragraph that contains exactly " + puzzle.words() + " words, no more and no fewer, and"
                + " nothing else: no title, no blank line, no commentary. Count carefully; being one word off breaks the"
                + " task.\n" + Text.WORD_RULE + "\n" + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", "The paragraph has exactly " + puzzle.words() + " words.",
                        "There is exactly one paragraph (no blank lines)."), puzzle.extras())
                + "\nAnswer with the paragraph alone, for instance in the shape \"Word word word. Word word word word.\"";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.gold());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Rules.score(outcomes(puzzle, answer.text()));
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        int words = Text.words(text).size();
        int paragraphs = Text.paragraphs(text).size();
        return Rules.with(List.of(Bank.check(text, puzzle.bank()),
                Outcome.core(words == puzzle.words(), "word count " + words + " of " + puzzle.words()),
                Outcome.core(paragraphs == 1, paragraphs + " paragraphs, wanted one")), puzzle.extras(), text);
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        return Edits.nearMisses(gold.text(), puzzle.bank(), text -> outcomes(puzzle, text), random).stream().map(Answer::new).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.words() * (1.0 + puzzle.extras().size()) + puzzle.bank().size();
    }
}
