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
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Capital-words quota: exactly k words written fully in capitals, every other word fully in lower case. */
@AutoService(Bootcamp.class)
public final class CapitalWordsQuotaBootcamp extends Camp<CapitalWordsQuotaBootcamp.Puzzle, CapitalWordsQuotaBootcamp.Answer> {

    private static final Knob<Integer> WORDS = Knob.integer("words", 3, 200, 20, "exact number of words");
    private static final Knob<Integer> CAPITALS = Knob.integer("capitals", 1, 20, 2, "words written in capitals");
    private static final Knob<Integer> BANK = Knob.integer("bank", 8, 80, 20, "words in the word bank");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(CapitalWordsQuotaBootcamp.class)
            .title("Shouted words quota")
            .domain("instructions")
            .tags("instructions", "writing", "case", "capitals", "counting")
            .summary("Write exactly N words of which exactly k are written entirely in capital letters and all the others "
                    + "entirely in lower case, the capitalised words all different, every word from a word bank; extra "
                    + "rules from the shared pool join as the level rises. Scoring: 0 unless every core rule holds; "
                    + "otherwise the share of all rules (core and extra) that hold, CORRECT only when all hold.")
            .knob(WORDS)
            .knob(CAPITALS)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the text")
            .severalAnswers()
            .build();


    /** The word count, the capitalised count, the bank, the extras and a reference text (never shown). */
    public record Puzzle(int words, int capitals, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public CapitalWordsQuotaBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WORDS, Draw.scale(level, 4, 70))
                .with(CAPITALS, Draw.scale(level, 1, 9))
                .with(BANK, Draw.scale(level, 10, 36))
                .with(EXTRAS, Draw.scale(level, 0, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> bank = Bank.draw(random, knobs.get(BANK), List.of(), 2, 9, word -> true);
        int count = Math.min(knobs.get(CAPITALS), Math.min(knobs.get(WORDS), bank.size()));
        List<String> shouted = Draw.sample(bank, count, random);
        List<String> words = new ArrayList<>();
        for (String word : shouted) {
            words.add(word.toUpperCase(Locale.ROOT));
        }
        List<String> quiet = bank.stream().filter(word -> !shouted.contains(word)).toList();
        words.addAll(Compose.draw(quiet.isEmpty() ? bank : quiet, knobs.get(WORDS) - count, random));
        Draw.shuffle(words, random);
        String gold = Compose.sentences(words, 3, 9, false, random);
        return new Puzzle(knobs.get(WORDS), count, bank, Extras.derive(gold, bank, knobs.get(EXTRAS), Extras.allBut(Extra.Kind.WORDS_AT_LEAST,
                Extra.Kind.WORDS_AT_MOST, Extra.Kind.LOWER_CASE), random), gold);
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Write exactly " + puzzle.words() + " words and shout exactly " + puzzle.capitals() + " of them: a shouted"
                + " word is written wholly in capital letters (like LOUD), and must be a different word from every other"
                + " shouted word. All remaining words are written wholly in lower case, even at the start of a sentence,"
                + " so a word like \"Loud\" with mixed case is not allowed anywhere.\n" + Text.WORD_RULE + "\n"
                + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", "Exactly " + puzzle.words() + " words.", "Exactly " + puzzle.capitals()
                        + " words in capitals, all different.", "Every other word is entirely lower case."), puzzle.extras())
                + "\nReply with the text alone, e.g. \"word WORD word. word word.\"";
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<String> raw = Text.rawWords(text);
        HashSet<String> shouted = new HashSet<>();
        int capitals = 0;
        String mixed = "";
        for (String word : raw) {
            if (word.equals(word.toUpperCase(Locale.ROOT))) {
                capitals++;
                shouted.add(word);
            } else if (!word.equals(word.toLowerCase(Locale.ROOT)) && mixed.isEmpty()) {
                mixed = "\"" + word + "\" mixes cases";
            }
        }
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(text, puzzle.bank()));
        core.add(Rules.exactly("words", raw.size(), puzzle.words()));
        core.add(Outcome.core(capitals == puzzle.capitals() && shouted.size() == capitals, "shouted words: " + capitals
                + (shouted.size() == capitals ? "" : ", some repeated")));
        core.add(Outcome.core(mixed.isEmpty(), mixed.isEmpty() ? "no mixed case" : mixed));
        return Rules.with(core, puzzle.extras(), text);
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.words() * (1.0 + puzzle.extras().size()) + 5.0 * puzzle.capitals();
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
