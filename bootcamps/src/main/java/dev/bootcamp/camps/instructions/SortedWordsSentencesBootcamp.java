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
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/** Sorted-word sentences: inside every sentence the words appear in alphabetical order. */
@AutoService(Bootcamp.class)
public final class SortedWordsSentencesBootcamp extends Camp<SortedWordsSentencesBootcamp.Puzzle, SortedWordsSentencesBootcamp.Answer> {

    private static final Knob<Integer> SENTENCES = Knob.integer("sentences", 1, 30, 3, "number of sentences");
    private static final Knob<Integer> SENTENCE_WORDS = Knob.integer("sentence-words", 2, 15, 4, "exact words per sentence");
    private static final Knob<Integer> BANK = Knob.integer("bank", 6, 80, 20, "words in the word bank");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(SortedWordsSentencesBootcamp.class)
            .title("Alphabetical sentences")
            .domain("instructions")
            .tags("instructions", "writing", "alphabetical", "sentences", "order")
            .summary("Write exactly k sentences of exactly m words each in which, inside every sentence, each word comes "
                    + "at or after the previous one in alphabetical order (ignoring case), every word from a word bank; "
                    + "extra rules from the shared pool join as the level rises. Scoring: 0 unless every core rule holds; "
                    + "otherwise the share of all rules (core and extra) that hold, CORRECT only when all hold.")
            .knob(SENTENCES)
            .knob(SENTENCE_WORDS)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the sentences")
            .severalAnswers()
            .build();


    /** The sentence count, the words per sentence, the bank, the extras and a reference text (never shown). */
    public record Puzzle(int sentences, int sentenceWords, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public SortedWordsSentencesBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SENTENCES, Draw.scale(level, 1, 10))
                .with(SENTENCE_WORDS, Draw.scale(level, 3, 9))
                .with(BANK, Draw.scale(level, 10, 40))
                .with(EXTRAS, Draw.scale(level, 0, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> bank = Bank.draw(random, knobs.get(BANK), List.of(), 2, 9, word -> true);
        List<String> sentences = new ArrayList<>();
        boolean capital = random.nextBoolean();
        for (int i = 0; i < knobs.get(SENTENCES); i++) {
            List<String> words = Compose.draw(bank, knobs.get(SENTENCE_WORDS), random);
            Collections.sort(words);
            sentences.add(Compose.sentence(words, capital));
        }
        String gold = String.join(" ", sentences);
        return new Puzzle(knobs.get(SENTENCES), knobs.get(SENTENCE_WORDS), bank, Extras.derive(gold, bank, knobs.get(EXTRAS),
                Extras.allBut(Extra.Kind.WORDS_AT_LEAST, Extra.Kind.WORDS_AT_MOST), random), gold);
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Write " + puzzle.sentences() + (puzzle.sentences() == 1 ? " sentence" : " sentences") + " of exactly "
                + puzzle.sentenceWords() + " words each, with a twist: within each sentence the words must be in"
                + " alphabetical (dictionary) order, every word equal to or after the one before it, ignoring case. The order"
                + " restarts with every new sentence. Comparison is letter by letter, and a word that is a prefix of another"
                + " (\"can\", \"candle\") comes first.\n" + Text.SENTENCE_RULE + " " + Text.WORD_RULE + "\n"
                + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", "Sentence count: " + puzzle.sentences() + ", each of "
                        + puzzle.sentenceWords() + " words.", "Within each sentence the words are in alphabetical order."), puzzle.extras())
                + "\nShow only the sentences, for instance \"Ants bite cold dogs. Every fox grins.\"";
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<String> sentences = Text.sentences(text);
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(text, puzzle.bank()));
        String shape = sentences.size() != puzzle.sentences() ? sentences.size() + " sentences, wanted " + puzzle.sentences() : "";
        String order = "";
        for (String sentence : sentences) {
            List<String> words = Text.words(sentence);
            if (shape.isEmpty() && words.size() != puzzle.sentenceWords()) {
                shape = "a sentence has " + words.size() + " words, wanted " + puzzle.sentenceWords();
            }
            for (int i = 1; i < words.size() && order.isEmpty(); i++) {
                if (words.get(i - 1).compareTo(words.get(i)) > 0) {
                    order = "\"" + words.get(i) + "\" comes after \"" + words.get(i - 1) + "\" but sorts before it";
                }
            }
        }
        core.add(Outcome.core(shape.isEmpty(), shape.isEmpty() ? "sentence shape right" : shape));
        core.add(Outcome.core(order.isEmpty(), order.isEmpty() ? "every sentence is in order" : order));
        return Rules.with(core, puzzle.extras(), text);
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.sentences() * puzzle.sentenceWords() * (1.0 + puzzle.extras().size());
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
