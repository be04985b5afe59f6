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

/** Template markers: a title in double angle brackets, k square-bracket placeholders, a body of N words and a P.S. line. */
@AutoService(Bootcamp.class)
public final class TemplateMarkersBootcamp extends Camp<TemplateMarkersBootcamp.Puzzle, TemplateMarkersBootcamp.Answer> {

    private static final Knob<Integer> BODY = Knob.integer("body", 3, 200, 20, "exact words of the body");
    private static final Knob<Integer> PLACEHOLDERS = Knob.integer("placeholders", 1, 10, 2, "square-bracket placeholders in the body");
    private static final Knob<Integer> TITLE_WORDS = Knob.integer("title-words", 1, 8, 2, "exact words of the title");
    private static final Knob<Integer> BANK = Knob.integer("bank", 10, 80, 20, "words in the word bank");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(TemplateMarkersBootcamp.class)
            .title("Template with placeholders")
            .domain("instructions")
            .tags("instructions", "writing", "template", "placeholders", "format")
            .summary("Write a fill-in template: a first line holding only a title of t words in double angle brackets, a "
                    + "body of exactly N words containing exactly k different one-word placeholders in square brackets, and "
                    + "a last line that starts with P.S.; all words (the P.S. label aside) from a word bank; extra rules "
                    + "from the shared pool join as the level rises. Scoring: 0 unless every core rule holds; otherwise the "
                    + "share of all rules (core and extra) that hold, CORRECT only when all hold.")
            .knob(BODY)
            .knob(PLACEHOLDERS)
            .knob(TITLE_WORDS)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the template text")
            .severalAnswers()
            .build();


    /** Body words, placeholder count, title words, the bank, the extras and a reference template (never shown). */
    public record Puzzle(int body, int placeholders, int titleWords, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public TemplateMarkersBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    private static final String PS = "P.S.";

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(BODY, Draw.scale(level, 5, 70))
                .with(PLACEHOLDERS, Draw.scale(level, 1, 6))
                .with(TITLE_WORDS, Draw.scale(level, 1, 5))
                .with(BANK, Draw.scale(level, 10, 36))
                .with(EXTRAS, Draw.scale(level, 0, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> bank = Bank.draw(random, knobs.get(BANK), List.of(), 2, 9, word -> true);
        int body = Math.max(knobs.get(BODY), knobs.get(PLACEHOLDERS));
        int count = Math.min(knobs.get(PLACEHOLDERS), bank.size());
        List<String> words = Compose.draw(bank, body, random);
        List<String> slots = Draw.sample(bank, count, random);
        int[] order = Draw.permutation(body, random);
        for (int i = 0; i < count; i++) {
            words.set(order[i], "[" + slots.get(i) + "]");
        }
        String title = String.join(" ", Compose.draw(bank, knobs.get(TITLE_WORDS), random));
        String gold = "<<" + Character.toUpperCase(title.charAt(0)) + title.substring(1) + ">>\n"
                + Compose.sentences(words, 3, 9, true, random).replace(".[", ". [") + "\n"
                + PS + " " + Compose.sentence(Compose.draw(bank, Draw.between(1, 5, random), random), true);
        String plain = withoutLabel(gold);
        return new Puzzle(body, count, knobs.get(TITLE_WORDS), bank, Extras.derive(plain, bank, knobs.get(EXTRAS),
                Extras.allBut(Extra.Kind.LOWER_CASE, Extra.Kind.FIRST_WORD, Extra.Kind.LAST_WORD, Extra.Kind.WORDS_AT_LEAST,
                        Extra.Kind.WORDS_AT_MOST), random), gold);
    }

    /** The text with the P.S. label of its last line removed, so that the label's letters are not words. */
    private static String withoutLabel(String text) {
        List<String> lines = Text.lines(text);
        if (lines.isEmpty() || !lines.get(lines.size() - 1).startsWith(PS)) {
            return text;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, lines.size() - 1));
        kept.add(lines.get(lines.size() - 1).substring(PS.length()));
        return String.join("\n", kept);
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Draft a fill-in-the-blanks template. Its first line holds nothing but a title of exactly " + puzzle.titleWords()
                + " words wrapped in double angle brackets, like <<Title Here>>. After it comes the body, exactly "
                + puzzle.body() + " words, in which exactly " + puzzle.placeholders() + " placeholders appear: a"
                + " placeholder is one word in square brackets, such as [name], and no two placeholders may hold the same"
                + " word (placeholder words count toward the body's words). Use no other square brackets. The template"
                + " closes with a final line that begins with P.S. followed by a short postscript.\n" + Text.WORD_RULE
                + " The P.S. label is not a word.\n" + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", "Line 1 is the title in << >> with " + puzzle.titleWords() + " words.",
                        "The body has " + puzzle.body() + " words and exactly " + puzzle.placeholders() + " distinct one-word"
                        + " placeholders.", "The last line starts with P.S."), puzzle.extras())
                + "\nGive the template only, laid out as title line, body, P.S. line.";
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<String> lines = Text.lines(text);
        String plain = withoutLabel(text);
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(plain, puzzle.bank()));
        String title = lines.get(0);
        boolean titled = lines.size() >= 3 && title.startsWith("<<") && title.endsWith(">>") && title.length() >= 4
                && Text.words(title).size() == puzzle.titleWords();
        core.add(Outcome.core(titled, titled ? "title line right" : "line 1 is not a title of " + puzzle.titleWords() + " words in << >>"));
        String body = lines.size() >= 3 ? String.join("\n", lines.subList(1, lines.size() - 1)) : "";
        int words = Text.words(body).size();
        String slots = placeholders(body, puzzle.placeholders());
        core.add(Outcome.core(words == puzzle.body() && slots.isEmpty(), !slots.isEmpty() ? slots
                : "body words: " + words + (words == puzzle.body() ? "" : ", wanted " + puzzle.body())));
        core.add(Outcome.core(lines.size() >= 3 && lines.get(lines.size() - 1).startsWith(PS), "last line starts with " + PS));
        return Rules.with(core, puzzle.extras(), plain);
    }

    /** Empty when the body holds exactly {@code wanted} distinct one-word placeholders and no stray bracket; else why not. */
    private static String placeholders(String body, int wanted) {
        HashSet<String> seen = new HashSet<>();
        int at = 0;
        while (true) {
            int open = body.indexOf('[', at);
            int close = body.indexOf(']', at);
            if (open < 0 && close < 0) {
                break;
            }
            if (open < 0 || close < open) {
                return "a ] without its [";
            }
            int end = body.indexOf(']', open);
            if (end < 0 || body.indexOf('[', open + 1) >= 0 && body.indexOf('[', open + 1) < end) {
                return "an unclosed [";
            }
            String inside = body.substring(open + 1, end);
            if (Text.words(inside).size() != 1 || !inside.strip().equals(Text.rawWords(inside).get(0))) {
                return "the placeholder [" + (inside.length() > 20 ? inside.substring(0, 20) : inside) + "] is not one word";
            }
            if (!seen.add(inside.strip().toLowerCase(Locale.ROOT))) {
                return "the placeholder [" + inside + "] is repeated";
            }
            at = end + 1;
        }
        return seen.size() == wanted ? "" : seen.size() + " placeholders, wanted " + wanted;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return (puzzle.body() + puzzle.titleWords()) * (1.0 + puzzle.placeholders() + puzzle.extras().size());
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
