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
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/** Word-chain text: each word begins with the last letter of the word before it. */
@AutoService(Bootcamp.class)
public final class WordChainTextBootcamp extends Camp<WordChainTextBootcamp.Puzzle, WordChainTextBootcamp.Answer> {

    private static final Knob<Integer> WORDS = Knob.integer("words", 3, 120, 10, "exact number of words in the chain");
    private static final Knob<Integer> BANK = Knob.integer("bank", 10, 80, 24, "words in the word bank");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(WordChainTextBootcamp.class)
            .title("Word-chain text")
            .domain("instructions")
            .tags("instructions", "writing", "word-chain", "letters")
            .summary("Write exactly N words in which every word after the first begins with the last letter of the "
                    + "previous word, starting with a given word, every word from a word bank; extra rules from the shared "
                    + "pool join as the level rises. Scoring: 0 unless every core rule holds; otherwise the share of all "
                    + "rules (core and extra) that hold, CORRECT only when all hold.")
            .knob(WORDS)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the text")
            .severalAnswers()
            .build();


    /** The word count, the first word, the bank, the extras and a reference chain (never shown). */
    public record Puzzle(int words, String first, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public WordChainTextBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WORDS, Draw.scale(level, 3, 40))
                .with(BANK, Draw.scale(level, 14, 44))
                .with(EXTRAS, Draw.scale(level, 0, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(WORDS);
        // A word that ends with its own first letter can always follow itself, so a chain of any length exists.
        List<String> loops = Words.ofLength(3, 9).stream().filter(word -> word.charAt(0) == word.charAt(word.length() - 1)).toList();
        List<String> bank = Bank.draw(random, knobs.get(BANK), List.of(Draw.pick(loops, random)), 3, 9, word -> true);
        List<String> chain = walk(bank, count, random);
        if (chain == null) {
            String loop = bank.stream().filter(loops::contains).findFirst().orElseThrow();
            chain = new ArrayList<>(Collections.nCopies(count, loop));
        }
        String gold = Compose.sentences(chain, 3, 8, random.nextBoolean(), random);
        return new Puzzle(count, chain.get(0), bank, Extras.derive(gold, bank, knobs.get(EXTRAS), Extras.allBut(Extra.Kind.WORDS_AT_LEAST,
                Extra.Kind.WORDS_AT_MOST, Extra.Kind.FIRST_WORD), random), gold);
    }

    /** A chain of {@code count} bank words, or null after a bounded number of random walks found none. */
    private static List<String> walk(List<String> bank, int count, RandomGenerator random) {
        for (int attempt = 0; attempt < 30; attempt++) {
            List<String> chain = new ArrayList<>(List.of(Draw.pick(bank, random)));
            while (chain.size() < count) {
                char last = chain.get(chain.size() - 1).charAt(chain.get(chain.size() - 1).length() - 1);
                List<String> next = bank.stream().filter(word -> word.charAt(0) == last).toList();
                if (next.isEmpty()) {
                    break;
                }
                chain.add(Draw.pick(next, random));
            }
            if (chain.size() == count) {
                return chain;
            }
        }
        return null;
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Build a word chain of exactly " + puzzle.words() + " words, written as running text. The first word must be \""
                + puzzle.first() + "\", and from then on each word has to begin with the same letter that ended the word"
                + " just before it (as in \"dog goes so\"). Words may come back more than once. Think ahead: some final"
                + " letters lead nowhere in this bank.\n" + Text.WORD_RULE + "\n" + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", "Chain length: " + puzzle.words() + " words.", "The chain opens with \""
                        + puzzle.first() + "\".", "Every later word starts with the previous word's last letter."), puzzle.extras())
                + "\nReply with the chain alone.";
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<String> words = Text.words(text);
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(text, puzzle.bank()));
        core.add(Rules.exactly("words", words.size(), puzzle.words()));
        core.add(Outcome.core(!words.isEmpty() && words.get(0).equals(puzzle.first()), "the first word is \"" + puzzle.first() + "\""));
        String broken = "";
        for (int i = 1; i < words.size() && broken.isEmpty(); i++) {
            String previous = words.get(i - 1);
            if (words.get(i).charAt(0) != previous.charAt(previous.length() - 1)) {
                broken = "\"" + words.get(i) + "\" does not begin with the last letter of \"" + previous + "\"";
            }
        }
        core.add(Outcome.core(broken.isEmpty(), broken.isEmpty() ? "the chain holds" : broken));
        return Rules.with(core, puzzle.extras(), text);
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.words() * (1.0 + puzzle.extras().size()) + puzzle.bank().size();
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
