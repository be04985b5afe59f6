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

/** Keyword order: every listed keyword appears, and their first appearances follow the listed order. */
@AutoService(Bootcamp.class)
public final class KeywordOrderBootcamp extends Camp<KeywordOrderBootcamp.Puzzle, KeywordOrderBootcamp.Answer> {

    private static final Knob<Integer> WORDS = Knob.integer("words", 4, 200, 20, "exact number of words");
    private static final Knob<Integer> KEYWORDS = Knob.integer("keywords", 2, 12, 3, "keywords whose first appearances are ordered");
    private static final Knob<Integer> BANK = Knob.integer("bank", 8, 80, 20, "words in the word bank");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(KeywordOrderBootcamp.class)
            .title("Keywords in order")
            .domain("instructions")
            .tags("instructions", "writing", "keywords", "order")
            .summary("Write a passage of exactly N words from a word bank in which every listed keyword appears, the first "
                    + "appearance of each keyword coming after the first appearance of the keyword listed before it, and no "
                    + "keyword used more than a stated number of times; extra rules from the shared pool join as the level "
                    + "rises. Scoring: 0 unless every core rule holds; otherwise the share of all rules (core and extra) "
                    + "that hold, CORRECT only when all hold.")
            .knob(WORDS)
            .knob(KEYWORDS)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the passage")
            .severalAnswers()
            .build();


    /** The word count, the keywords in order, the most uses of one keyword, the bank, the extras and a reference. */
    public record Puzzle(int words, List<String> keywords, int mostUses, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            keywords = List.copyOf(keywords);
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public KeywordOrderBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WORDS, Draw.scale(level, 5, 70))
                .with(KEYWORDS, Draw.scale(level, 2, 8))
                .with(BANK, Draw.scale(level, 10, 36))
                .with(EXTRAS, Draw.scale(level, 0, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> bank = Bank.draw(random, knobs.get(BANK), List.of(), 2, 9, word -> true);
        int count = knobs.get(WORDS);
        List<String> shuffled = new ArrayList<>(bank);
        Draw.shuffle(shuffled, random);
        List<String> keywords = shuffled.subList(0, Math.min(knobs.get(KEYWORDS), Math.min(count, bank.size() - 1)));
        List<String> filler = shuffled.subList(keywords.size(), shuffled.size());
        int mostUses = Draw.between(1, 3, random);
        List<String> words = new ArrayList<>(Compose.draw(filler, count - keywords.size(), random));
        List<Integer> spots = new ArrayList<>();
        for (int i = 0; i < keywords.size(); i++) {
            spots.add(Draw.between(0, words.size(), random));
        }
        spots.sort(null);
        for (int i = 0; i < keywords.size(); i++) {
            words.add(spots.get(i) + i, keywords.get(i));
        }
        String gold = Compose.sentences(words, 3, 9, random.nextBoolean(), random);
        return new Puzzle(count, keywords, mostUses, bank, Extras.derive(gold, bank, knobs.get(EXTRAS), Extras.allBut(Extra.Kind.WORDS_AT_LEAST,
                Extra.Kind.WORDS_AT_MOST, Extra.Kind.ORDER, Extra.Kind.KEYWORD_AT_LEAST), random), gold);
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Write a passage of exactly " + puzzle.words() + " words that introduces these keywords in this order: "
                + String.join(" -> ", puzzle.keywords()) + ". Every keyword must appear, and the first time each keyword"
                + " appears must come after the first time the keyword before it in the list appeared. Afterwards a keyword"
                + " may return, but no keyword may appear more than " + Extras.times(puzzle.mostUses()) + " in total.\n"
                + Text.WORD_RULE + "\n" + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", "Length: " + puzzle.words() + " words.", "The keywords first appear"
                        + " in the listed order.", "No keyword appears more than " + Extras.times(puzzle.mostUses()) + "."), puzzle.extras())
                + "\nWrite the passage and nothing else.";
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<String> words = Text.words(text);
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(text, puzzle.bank()));
        core.add(Rules.exactly("words", words.size(), puzzle.words()));
        String order = "";
        int previous = -1;
        for (String keyword : puzzle.keywords()) {
            int first = words.indexOf(keyword);
            if (first < 0) {
                order = "\"" + keyword + "\" never appears";
                break;
            }
            if (first < previous) {
                order = "\"" + keyword + "\" first appears too early";
                break;
            }
            previous = first;
        }
        core.add(Outcome.core(order.isEmpty(), order.isEmpty() ? "keywords in order" : order));
        String over = puzzle.keywords().stream().filter(keyword -> Text.occurrences(words, keyword) > puzzle.mostUses()).findFirst().orElse("");
        core.add(Outcome.core(over.isEmpty(), over.isEmpty() ? "keyword uses within the limit" : "\"" + over + "\" appears too often"));
        return Rules.with(core, puzzle.extras(), text);
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.words() * (1.0 + puzzle.extras().size()) + 4.0 * puzzle.keywords().size();
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
