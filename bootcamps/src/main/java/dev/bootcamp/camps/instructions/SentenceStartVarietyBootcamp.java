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

/** Sentence-start variety: k sentences, no two opening with the same word, with an exact total word count. */
@AutoService(Bootcamp.class)
public final class SentenceStartVarietyBootcamp extends Camp<SentenceStartVarietyBootcamp.Puzzle, SentenceStartVarietyBootcamp.Answer> {

    private static final Knob<Integer> SENTENCES = Knob.integer("sentences", 2, 30, 4, "number of sentences");
    private static final Knob<Integer> WORDS = Knob.integer("words", 2, 20, 5, "average words per sentence");
    private static final Knob<Integer> BANK = Knob.integer("bank", 0, 60, 10, "bank words beyond one per sentence");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(SentenceStartVarietyBootcamp.class)
            .title("Varied sentence openings")
            .domain("instructions")
            .tags("instructions", "writing", "sentences", "variety")
            .summary("Write exactly k sentences, no two of which begin with the same word, using exactly N words in all, "
                    + "every word from a word bank; extra rules from the shared pool join as the level rises. Scoring: 0 "
                    + "unless every core rule holds; otherwise the share of all rules (core and extra) that hold, CORRECT "
                    + "only when all hold.")
            .knob(SENTENCES)
            .knob(WORDS)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the sentences")
            .severalAnswers()
            .build();


    /** The sentence count, the total word count, the bank, the extras and a reference text (never shown). */
    public record Puzzle(int sentences, int words, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public SentenceStartVarietyBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SENTENCES, Draw.scale(level, 2, 14))
                .with(WORDS, Draw.scale(level, 3, 8))
                .with(BANK, Draw.scale(level, 2, 12))
                .with(EXTRAS, Draw.scale(level, 0, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(SENTENCES);
        List<String> bank = Bank.draw(random, count + knobs.get(BANK), List.of(), 2, 9, word -> true);
        List<String> openers = Draw.sample(bank, count, random);
        List<String> sentences = new ArrayList<>();
        int total = 0;
        for (String opener : openers) {
            List<String> words = new ArrayList<>(List.of(opener));
            words.addAll(Compose.draw(bank, Draw.between(1, 2 * knobs.get(WORDS) - 2, random), random));
            total += words.size();
            sentences.add(Compose.sentence(words, true));
        }
        String gold = String.join(" ", sentences);
        return new Puzzle(count, total, bank, Extras.derive(gold, bank, knobs.get(EXTRAS), Extras.allBut(Extra.Kind.WORDS_AT_LEAST,
                Extra.Kind.WORDS_AT_MOST), random), gold);
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Vary your sentence openings. Write exactly " + puzzle.sentences() + " sentences in which no two sentences"
                + " begin with the same word (case ignored), and spend exactly " + puzzle.words() + " words across all of"
                + " them together; how they are split between the sentences is up to you. The bank has barely more words"
                + " than you need openers, so plan which word opens which sentence.\n" + Text.SENTENCE_RULE + " "
                + Text.WORD_RULE + "\n" + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", "Exactly " + puzzle.sentences() + " sentences.", "All sentences open"
                        + " with different words.", "Grand total of words: " + puzzle.words() + "."), puzzle.extras())
                + "\nPost the sentences only, e.g. \"Rain falls. Wind rises here.\"";
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<String> sentences = Text.sentences(text);
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(text, puzzle.bank()));
        core.add(Rules.exactly("sentences", sentences.size(), puzzle.sentences()));
        HashSet<String> openers = new HashSet<>();
        String repeated = "";
        for (String sentence : sentences) {
            String opener = Text.words(sentence).get(0);
            if (!openers.add(opener) && repeated.isEmpty()) {
                repeated = "two sentences open with \"" + opener + "\"";
            }
        }
        core.add(Outcome.core(repeated.isEmpty(), repeated.isEmpty() ? "openers all differ" : repeated));
        core.add(Rules.exactly("words", Text.words(text).size(), puzzle.words()));
        return Rules.with(core, puzzle.extras(), text);
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.words() * (1.0 + puzzle.extras().size()) + puzzle.sentences() * puzzle.sentences();
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
