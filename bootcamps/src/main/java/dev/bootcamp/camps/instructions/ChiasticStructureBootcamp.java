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

/** Chiastic structure: 2k sentences whose second half repeats the first half in reverse order. */
@AutoService(Bootcamp.class)
public final class ChiasticStructureBootcamp extends Camp<ChiasticStructureBootcamp.Puzzle, ChiasticStructureBootcamp.Answer> {

    private static final Knob<Integer> HALF = Knob.integer("half", 1, 15, 3, "sentences in each half (k)");
    private static final Knob<Integer> MOST_WORDS = Knob.integer("most-words", 2, 15, 6, "most words a sentence may have");
    private static final Knob<Integer> BANK = Knob.integer("bank", 6, 80, 20, "words in the word bank");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(ChiasticStructureBootcamp.class)
            .title("Chiastic passage")
            .domain("instructions")
            .tags("instructions", "writing", "chiasmus", "sentences", "structure")
            .summary("Write 2k sentences: the first k all different, each with a word count in a given range, and the last "
                    + "k repeating them word for word in reverse order (sentence 2k repeats sentence 1), every word from a "
                    + "word bank; extra rules from the shared pool join as the level rises. Scoring: 0 unless every core "
                    + "rule holds; otherwise the share of all rules (core and extra) that hold, CORRECT only when all hold.")
            .knob(HALF)
            .knob(MOST_WORDS)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the sentences")
            .severalAnswers()
            .build();


    /** Sentences per half, the word-count range, the bank, the extras and a reference passage (never shown). */
    public record Puzzle(int half, int least, int most, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public ChiasticStructureBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(HALF, Draw.scale(level, 1, 7))
                .with(MOST_WORDS, Draw.scale(level, 3, 10))
                .with(BANK, Draw.scale(level, 8, 36))
                .with(EXTRAS, Draw.scale(level, 0, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> bank = Bank.draw(random, knobs.get(BANK), List.of(), 2, 9, word -> true);
        int most = knobs.get(MOST_WORDS);
        int least = Math.max(2, most / 2);
        List<String> first = new ArrayList<>();
        for (int attempt = 0; attempt < 2_000 && first.size() < knobs.get(HALF); attempt++) {
            String sentence = Compose.sentence(Compose.draw(bank, Draw.between(least, most, random), random), true);
            if (!first.contains(sentence)) {
                first.add(sentence);
            }
        }
        List<String> all = new ArrayList<>(first);
        for (int i = first.size() - 1; i >= 0; i--) {
            all.add(first.get(i));
        }
        String gold = String.join(" ", all);
        return new Puzzle(first.size(), least, most, bank, Extras.derive(gold, bank, knobs.get(EXTRAS), Extras.allBut(Extra.Kind.LOWER_CASE), random), gold);
    }

    @Override
    public String question(Puzzle puzzle) {
        int total = 2 * puzzle.half();
        return "Shape a chiasmus out of whole sentences. Write exactly " + total + " sentences. The first " + puzzle.half()
                + " must all be different from one another, each holding " + puzzle.least() + " to " + puzzle.most()
                + " words. The remaining " + puzzle.half() + " mirror them: sentence " + total + " repeats sentence 1 word"
                + " for word, sentence " + (total - 1) + " repeats sentence 2, and so on inwards, so the passage reads as"
                + " A B ... B A. Repeats are compared by their words only, ignoring case and punctuation.\n"
                + Text.SENTENCE_RULE + " " + Text.WORD_RULE + "\n" + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", total + " sentences in all.", "The first half holds distinct sentences of "
                        + puzzle.least() + " to " + puzzle.most() + " words.", "The second half mirrors the first."), puzzle.extras())
                + "\nSubmit the passage alone (with 2 sentences a valid passage reads \"Sun sets. Sun sets.\").";
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<List<String>> sentences = Text.sentences(text).stream().map(Text::words).toList();
        int total = 2 * puzzle.half();
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(text, puzzle.bank()));
        core.add(Rules.exactly("sentences", sentences.size(), total));
        String firstHalf = "";
        HashSet<List<String>> seen = new HashSet<>();
        for (int i = 0; i < Math.min(puzzle.half(), sentences.size()) && firstHalf.isEmpty(); i++) {
            int size = sentences.get(i).size();
            if (size < puzzle.least() || size > puzzle.most()) {
                firstHalf = "sentence " + (i + 1) + " has " + size + " words";
            } else if (!seen.add(sentences.get(i))) {
                firstHalf = "sentence " + (i + 1) + " repeats an earlier one";
            }
        }
        core.add(Outcome.core(firstHalf.isEmpty(), firstHalf.isEmpty() ? "first half distinct" : firstHalf));
        String mirror = "";
        for (int i = 0; i < puzzle.half() && sentences.size() == total && mirror.isEmpty(); i++) {
            if (!sentences.get(i).equals(sentences.get(total - 1 - i))) {
                mirror = "sentence " + (total - i) + " does not repeat sentence " + (i + 1);
            }
        }
        core.add(Outcome.core(mirror.isEmpty() && sentences.size() == total, mirror.isEmpty() ? "the halves mirror" : mirror));
        return Rules.with(core, puzzle.extras(), text);
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.half() * (puzzle.least() + puzzle.most()) * (1.0 + puzzle.extras().size());
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
