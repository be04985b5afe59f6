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

/** Keyword quota: each keyword used exactly its quota, banned words never, in a passage of exactly N words. */
@AutoService(Bootcamp.class)
public final class KeywordQuotaBootcamp extends Camp<KeywordQuotaBootcamp.Puzzle, KeywordQuotaBootcamp.Answer> {

    private static final Knob<Integer> WORDS = Knob.integer("words", 6, 300, 30, "exact number of words");
    private static final Knob<Integer> KEYWORDS = Knob.integer("keywords", 1, 8, 2, "keywords with an exact quota");
    private static final Knob<Integer> BANNED = Knob.integer("banned", 0, 6, 1, "bank words that may not be used");
    private static final Knob<Integer> BANK = Knob.integer("bank", 10, 80, 20, "words in the word bank");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(KeywordQuotaBootcamp.class)
            .title("Keyword quotas")
            .domain("instructions")
            .tags("instructions", "writing", "keywords", "counting")
            .summary("Write a passage of exactly N words from a word bank in which every listed keyword occurs exactly its "
                    + "quota of times and no banned word occurs at all; extra rules from the shared pool join as the level "
                    + "rises. Scoring: 0 unless every core rule holds; otherwise the share of all rules (core and extra) "
                    + "that hold, CORRECT only when all hold.")
            .knob(WORDS)
            .knob(KEYWORDS)
            .knob(BANNED)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the passage")
            .severalAnswers()
            .build();


    /** The word count, keywords and their quotas, banned words, the bank, the extras and a reference passage (never shown). */
    public record Puzzle(int words, List<String> keywords, List<Integer> quotas, List<String> banned, List<String> bank,
            List<Extra> extras, String gold) {
        public Puzzle {
            keywords = List.copyOf(keywords);
            quotas = List.copyOf(quotas);
            banned = List.copyOf(banned);
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public KeywordQuotaBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WORDS, Draw.scale(level, 6, 70))
                .with(KEYWORDS, Draw.scale(level, 1, 5))
                .with(BANNED, Draw.scale(level, 0, 4))
                .with(BANK, Draw.scale(level, 10, 36))
                .with(EXTRAS, Draw.scale(level, 0, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int total = knobs.get(WORDS);
        List<String> bank = Bank.draw(random, knobs.get(BANK), List.of(), 2, 9, word -> true);
        List<String> shuffled = new ArrayList<>(bank);
        Draw.shuffle(shuffled, random);
        int keywordCount = Math.min(knobs.get(KEYWORDS), bank.size() / 3);
        int bannedCount = Math.min(knobs.get(BANNED), bank.size() / 3);
        List<String> keywords = shuffled.subList(0, keywordCount);
        List<String> banned = shuffled.subList(keywordCount, keywordCount + bannedCount);
        List<String> filler = shuffled.subList(keywordCount + bannedCount, shuffled.size());
        List<Integer> quotas = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int room = total / 2;
        for (String keyword : keywords) {
            int quota = Math.max(1, Math.min(Draw.between(1, 4, random), room / keywordCount));
            quotas.add(quota);
            for (int i = 0; i < quota; i++) {
                words.add(keyword);
            }
        }
        words.addAll(Compose.draw(filler, total - words.size(), random));
        Draw.shuffle(words, random);
        String gold = Compose.sentences(words, 3, 9, random.nextBoolean(), random);
        return new Puzzle(total, keywords, quotas, banned, bank, Extras.derive(gold, bank, knobs.get(EXTRAS), Extras.allBut(Extra.Kind.WORDS_AT_LEAST,
                Extra.Kind.WORDS_AT_MOST, Extra.Kind.KEYWORD_AT_LEAST, Extra.Kind.FORBIDDEN_WORD), random), gold);
    }

    @Override
    public String question(Puzzle puzzle) {
        List<String> quotas = new ArrayList<>();
        for (int i = 0; i < puzzle.keywords().size(); i++) {
            quotas.add("\"" + puzzle.keywords().get(i) + "\" exactly " + Extras.times(puzzle.quotas().get(i)));
        }
        String banned = puzzle.banned().isEmpty() ? "" : " The banned words " + String.join(", ", puzzle.banned().stream()
                .map(word -> "\"" + word + "\"").toList()) + " must not occur even once, although they are in the bank.";
        return "Fill a passage of exactly " + puzzle.words() + " words while meeting keyword quotas: "
                + String.join("; ", quotas) + ". A keyword counts only as a whole word (ignoring case), so a longer word"
                + " that merely contains it does not count." + banned + "\n" + Text.WORD_RULE + "\n"
                + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", "Precisely " + puzzle.words() + " words in all.",
                        "Each keyword occurs exactly as often as its quota says.", "No banned word occurs."), puzzle.extras())
                + "\nSend the passage only, for instance \"Word word word. Word word.\"";
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<String> words = Text.words(text);
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(text, puzzle.bank()));
        core.add(Rules.exactly("words", words.size(), puzzle.words()));
        String off = "";
        for (int i = 0; i < puzzle.keywords().size() && off.isEmpty(); i++) {
            int found = Text.occurrences(words, puzzle.keywords().get(i));
            if (found != puzzle.quotas().get(i)) {
                off = "\"" + puzzle.keywords().get(i) + "\" occurs " + found + " times, quota " + puzzle.quotas().get(i);
            }
        }
        core.add(Outcome.core(off.isEmpty(), off.isEmpty() ? "every quota met" : off));
        String used = puzzle.banned().stream().filter(words::contains).findFirst().orElse("");
        core.add(Outcome.core(used.isEmpty(), used.isEmpty() ? "no banned word" : "the banned word \"" + used + "\" occurs"));
        return Rules.with(core, puzzle.extras(), text);
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.words() * (puzzle.keywords().size() + puzzle.banned().size() + puzzle.extras().size());
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
