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
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/** Sentence-length profile: exactly k sentences whose word counts follow a given sequence, written from a word bank. */
@AutoService(Bootcamp.class)
public final class SentenceLengthProfileBootcamp extends Camp<SentenceLengthProfileBootcamp.Puzzle, SentenceLengthProfileBootcamp.Answer> {

    private static final Knob<Integer> SENTENCES = Knob.integer("sentences", 1, 30, 5, "number of sentences");
    private static final Knob<Integer> LONGEST = Knob.integer("longest", 2, 30, 8, "most words a sentence may be asked for");
    private static final Knob<Integer> BANK = Knob.integer("bank", 6, 80, 20, "words in the word bank");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(SentenceLengthProfileBootcamp.class)
            .title("Sentence-length profile")
            .domain("instructions")
            .tags("instructions", "writing", "sentences", "word-count")
            .summary("Write exactly k sentences, the i-th having exactly the i-th number of words of a given sequence, "
                    + "every word from a word bank, with extra rules from the shared pool as the level rises. Sentences end "
                    + "at . ! or ?; words are runs of the letters a to z. Scoring: 0 unless every core rule holds; "
                    + "otherwise the share of all rules (core and extra) that hold, CORRECT only when all hold.")
            .knob(SENTENCES)
            .knob(LONGEST)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the sentences, as plain text")
            .severalAnswers()
            .build();


    /** The word count of each sentence in order, the bank, the extras and a reference text (never shown). */
    public record Puzzle(List<Integer> lengths, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            lengths = List.copyOf(lengths);
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public SentenceLengthProfileBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SENTENCES, Draw.scale(level, 2, 12))
                .with(LONGEST, Draw.scale(level, 3, 14))
                .with(BANK, Draw.scale(level, 8, 36))
                .with(EXTRAS, Draw.scale(level, 0, 5));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> bank = Bank.draw(random, knobs.get(BANK), List.of(), 2, 9, word -> true);
        List<Integer> lengths = new ArrayList<>();
        StringBuilder gold = new StringBuilder();
        boolean capital = random.nextBoolean();
        for (int i = 0; i < knobs.get(SENTENCES); i++) {
            int length = Draw.between(1, knobs.get(LONGEST), random);
            lengths.add(length);
            String end = random.nextInt(4) == 0 ? "?" : ".";
            String sentence = Compose.sentence(Compose.draw(bank, length, random), capital);
            gold.append(i == 0 ? "" : " ").append(sentence, 0, sentence.length() - 1).append(end);
        }
        String text = gold.toString();
        return new Puzzle(lengths, bank, Extras.derive(text, bank, knobs.get(EXTRAS), Extras.allBut(), random), text);
    }

    @Override
    public String question(Puzzle puzzle) {
        String profile = puzzle.lengths().stream().map(String::valueOf).collect(Collectors.joining(", "));
        return "Compose a short passage whose rhythm is prescribed sentence by sentence. It must have exactly "
                + puzzle.lengths().size() + (puzzle.lengths().size() == 1 ? " sentence" : " sentences") + ", and the"
                + " number of words in each sentence, taken in order from the first, must be: " + profile + ". Sentences may"
                + " share a line or stand on lines of their own.\n" + Text.SENTENCE_RULE + " " + Text.WORD_RULE + "\n"
                + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", "There are exactly " + puzzle.lengths().size() + " sentences.",
                        "Sentence i has exactly the i-th number of words of the profile " + profile + "."), puzzle.extras())
                + "\nReply with the passage alone; a passage with the profile 2, 3 would look like \"Word word. Word word word?\"";
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<String> sentences = Text.sentences(text);
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(text, puzzle.bank()));
        core.add(Rules.exactly("sentences", sentences.size(), puzzle.lengths().size()));
        String mismatch = "";
        for (int i = 0; i < Math.min(sentences.size(), puzzle.lengths().size()) && mismatch.isEmpty(); i++) {
            int words = Text.words(sentences.get(i)).size();
            if (words != puzzle.lengths().get(i)) {
                mismatch = "sentence " + (i + 1) + " has " + words + " words, wanted " + puzzle.lengths().get(i);
            }
        }
        core.add(Outcome.core(mismatch.isEmpty(), mismatch.isEmpty() ? "sentence lengths follow the profile" : mismatch));
        return Rules.with(core, puzzle.extras(), text);
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.lengths().stream().mapToInt(Integer::intValue).sum() * (1.0 + puzzle.extras().size()) + puzzle.lengths().size();
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
