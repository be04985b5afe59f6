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
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Bullet outline: a nested bullet list with a given shape, top bullets opening with given letters. */
@AutoService(Bootcamp.class)
public final class BulletOutlineBootcamp extends Camp<BulletOutlineBootcamp.Puzzle, BulletOutlineBootcamp.Answer> {

    private static final Knob<Integer> TOP = Knob.integer("top", 1, 12, 3, "top-level bullets");
    private static final Knob<Integer> MOST_SUBS = Knob.integer("most-subs", 0, 6, 2, "most sub-bullets under one top bullet");
    private static final Knob<Integer> SUB_WORDS = Knob.integer("sub-words", 1, 10, 3, "exact words in each sub-bullet");
    private static final Knob<Integer> BANK = Knob.integer("bank", 8, 80, 20, "words in the word bank");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(BulletOutlineBootcamp.class)
            .title("Nested bullet outline")
            .domain("instructions")
            .tags("instructions", "writing", "lists", "markdown", "structure")
            .summary("Write a two-level bullet outline: top-level lines start with \"- \", sub-bullets with two or more "
                    + "spaces and \"- \"; the number of sub-bullets under each top bullet is given, each top bullet first "
                    + "word starts with a given letter, each sub-bullet has exactly k words, and every word comes from a "
                    + "word bank; extra rules from the shared pool join as the level rises. Scoring: 0 unless every core "
                    + "rule holds; otherwise the share of all rules (core and extra) that hold, CORRECT only when all hold.")
            .knob(TOP)
            .knob(MOST_SUBS)
            .knob(SUB_WORDS)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the outline, one bullet per line")
            .severalAnswers()
            .build();


    /**
     * The first letter of each top bullet, the number of sub-bullets under each, the words per sub-bullet, the bank, the
     * extras and a reference outline (never shown).
     */
    public record Puzzle(String initials, List<Integer> subs, int subWords, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            subs = List.copyOf(subs);
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public BulletOutlineBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(TOP, Draw.scale(level, 2, 7))
                .with(MOST_SUBS, Draw.scale(level, 1, 4))
                .with(SUB_WORDS, Draw.scale(level, 2, 6))
                .with(BANK, Draw.scale(level, 10, 36))
                .with(EXTRAS, Draw.scale(level, 0, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> bank = Bank.draw(random, knobs.get(BANK), List.of(), 2, 9, word -> true);
        StringBuilder initials = new StringBuilder();
        List<Integer> subs = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < knobs.get(TOP); i++) {
            List<String> top = Compose.draw(bank, Draw.between(1, 4, random), random);
            initials.append(top.get(0).charAt(0));
            lines.add("- " + Character.toUpperCase(top.get(0).charAt(0)) + String.join(" ", top).substring(1));
            int count = Draw.between(0, knobs.get(MOST_SUBS), random);
            subs.add(count);
            for (int j = 0; j < count; j++) {
                lines.add("  - " + String.join(" ", Compose.draw(bank, knobs.get(SUB_WORDS), random)));
            }
        }
        String gold = String.join("\n", lines);
        return new Puzzle(initials.toString(), subs, knobs.get(SUB_WORDS), bank, Extras.derive(gold, bank, knobs.get(EXTRAS),
                Extras.allBut(Extra.Kind.LOWER_CASE, Extra.Kind.FIRST_WORD, Extra.Kind.NO_COMMA), random), gold);
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder shape = new StringBuilder();
        for (int i = 0; i < puzzle.subs().size(); i++) {
            shape.append("  top bullet ").append(i + 1).append(": first word starts with ")
                    .append(Character.toUpperCase(puzzle.initials().charAt(i))).append(", then ").append(puzzle.subs().get(i))
                    .append(" sub-bullet").append(puzzle.subs().get(i) == 1 ? "" : "s").append('\n');
        }
        return "Lay out a two-level bullet outline. A top-level bullet is a line that starts with \"- \" at the left margin;"
                + " a sub-bullet is a line that starts with two or more spaces followed by \"- \", and it belongs to the"
                + " nearest top bullet above it. Every line of the answer must be one of these two kinds. The outline has "
                + puzzle.subs().size() + " top bullets, in this order:\n" + shape + "Each sub-bullet holds exactly "
                + puzzle.subWords() + " words; a top bullet may hold any number of words.\n" + Text.WORD_RULE + "\n"
                + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", "Every line is a top bullet or a sub-bullet, with the top bullets and"
                        + " sub-bullet counts as listed.", "Top bullet i's first word starts with the given letter.",
                        "Each sub-bullet has " + puzzle.subWords() + " words."), puzzle.extras())
                + "\nReturn the outline only, e.g.\n- Word word\n  - word word\n- Word";
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<String> tops = new ArrayList<>();
        List<Integer> subs = new ArrayList<>();
        String stray = "";
        String badSub = "";
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("- ")) {
                tops.add(line.substring(2));
                subs.add(0);
            } else if (line.startsWith("  ") && line.strip().startsWith("- ") && !tops.isEmpty()) {
                subs.set(subs.size() - 1, subs.get(subs.size() - 1) + 1);
                int words = Text.words(line).size();
                if (badSub.isEmpty() && words != puzzle.subWords()) {
                    badSub = "a sub-bullet has " + words + " words, wanted " + puzzle.subWords();
                }
            } else if (stray.isEmpty()) {
                stray = Text.quote(line);
            }
        }
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(text, puzzle.bank()));
        boolean shape = stray.isEmpty() && subs.equals(puzzle.subs());
        core.add(Outcome.core(shape, !stray.isEmpty() ? "the line " + stray + " is not a bullet of the outline"
                : "sub-bullet counts " + subs + (shape ? "" : ", wanted " + puzzle.subs())));
        StringBuilder initials = new StringBuilder();
        tops.forEach(top -> initials.append(Text.firstLetter(top)));
        boolean letters = initials.toString().equals(puzzle.initials());
        core.add(Outcome.core(letters, "top bullets start with " + initials.toString().toUpperCase(Locale.ROOT)
                + (letters ? "" : ", wanted " + puzzle.initials().toUpperCase(Locale.ROOT))));
        core.add(Outcome.core(badSub.isEmpty(), badSub.isEmpty() ? "sub-bullet lengths right" : badSub));
        return Rules.with(core, puzzle.extras(), text);
    }

    @Override
    public double cost(Puzzle puzzle) {
        int subs = puzzle.subs().stream().mapToInt(Integer::intValue).sum();
        return (puzzle.subs().size() + subs * puzzle.subWords()) * (1.0 + puzzle.extras().size());
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
