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

/** Syllable lines: lines with given syllable totals, syllables counted by the vowel-group rule. */
@AutoService(Bootcamp.class)
public final class SyllableLinesBootcamp extends Camp<SyllableLinesBootcamp.Puzzle, SyllableLinesBootcamp.Answer> {

    private static final Knob<Integer> LINES = Knob.integer("lines", 1, 20, 3, "lines, each with its syllable target");
    private static final Knob<Integer> MOST_SYLLABLES = Knob.integer("most-syllables", 2, 20, 7, "largest syllable target of a line");
    private static final Knob<Integer> BANK = Knob.integer("bank", 6, 80, 20, "words in the word bank");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(SyllableLinesBootcamp.class)
            .title("Syllable-count lines")
            .domain("instructions")
            .tags("instructions", "writing", "syllables", "poetry", "lines", "haiku")
            .summary("Write one line per target (a haiku is 5, 7, 5) so that the syllables of each line add up to its "
                    + "target, where a word has as many syllables as it has maximal groups of consecutive vowels (a, e, i, "
                    + "o, u, y), and at least one; every word from a word bank; extra rules from the shared pool join as "
                    + "the level rises. Scoring: 0 unless every core rule holds; otherwise the share of all rules (core and "
                    + "extra) that hold, CORRECT only when all hold.")
            .knob(LINES)
            .knob(MOST_SYLLABLES)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the lines, one per line")
            .severalAnswers()
            .build();


    /** The syllable target of each line, the bank, the extras and a reference poem (never shown). */
    public record Puzzle(List<Integer> targets, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            targets = List.copyOf(targets);
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public SyllableLinesBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(LINES, Draw.scale(level, 1, 8))
                .with(MOST_SYLLABLES, Draw.scale(level, 4, 14))
                .with(BANK, Draw.scale(level, 8, 36))
                .with(EXTRAS, Draw.scale(level, 0, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> required = new ArrayList<>(List.of(Draw.pick(Words.all().stream().filter(word -> syllables(word) == 1).toList(), random)));
        List<String> bank = Bank.draw(random, knobs.get(BANK), required, 2, 9, word -> true);
        List<Integer> targets = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        boolean haiku = knobs.get(LINES) == 3 && knobs.get(MOST_SYLLABLES) >= 7 && random.nextInt(3) == 0;
        for (int i = 0; i < knobs.get(LINES); i++) {
            int target = haiku ? (i == 1 ? 7 : 5) : Draw.between(2, knobs.get(MOST_SYLLABLES), random);
            targets.add(target);
            List<String> line = new ArrayList<>();
            int left = target;
            while (left > 0) {
                int room = left;
                List<String> fitting = bank.stream().filter(word -> syllables(word) <= room).toList();
                String word = Draw.pick(fitting, random);
                line.add(word);
                left -= syllables(word);
            }
            String joined = String.join(" ", line);
            lines.add(Character.toUpperCase(joined.charAt(0)) + joined.substring(1));
        }
        String gold = String.join("\n", lines);
        return new Puzzle(targets, bank, Extras.derive(gold, bank, knobs.get(EXTRAS), Extras.allBut(Extra.Kind.LOWER_CASE,
                Extra.Kind.FIRST_WORD), random), gold);
    }

    /** Maximal groups of consecutive vowels (a, e, i, o, u, y) in the word, at least 1. */
    static int syllables(String word) {
        int groups = 0;
        boolean inVowels = false;
        for (int i = 0; i < word.length(); i++) {
            boolean vowel = "aeiouy".indexOf(Character.toLowerCase(word.charAt(i))) >= 0;
            if (vowel && !inVowels) {
                groups++;
            }
            inVowels = vowel;
        }
        return Math.max(1, groups);
    }

    @Override
    public String question(Puzzle puzzle) {
        String targets = puzzle.targets().stream().map(String::valueOf).collect(Collectors.joining(", "));
        return "Write " + puzzle.targets().size() + (puzzle.targets().size() == 1 ? " line" : " lines") + " of verse whose"
                + " syllable totals are, from the first line to the last: " + targets + ". Syllables are counted"
                + " mechanically, not by ear: a word has one syllable per maximal group of consecutive vowels, where the"
                + " vowels are a, e, i, o, u and y, and every word has at least one (so \"quiet\" has 1, \"apple\" 2, \"rhythm\" 1"
                + " and \"make\" 2). A line's total is the sum over its words.\n" + Text.LINE_RULE + " "
                + Text.WORD_RULE + "\n" + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", puzzle.targets().size() + (puzzle.targets().size() == 1 ? " line." : " lines."),
                        "Each line's syllable total equals its target."), puzzle.extras())
                + "\nSend only the lines.";
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<String> lines = Text.lines(text);
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(text, puzzle.bank()));
        core.add(Rules.exactly("lines", lines.size(), puzzle.targets().size()));
        String off = "";
        for (int i = 0; i < Math.min(lines.size(), puzzle.targets().size()) && off.isEmpty(); i++) {
            int total = Text.words(lines.get(i)).stream().mapToInt(SyllableLinesBootcamp::syllables).sum();
            if (total != puzzle.targets().get(i)) {
                off = "line " + (i + 1) + " has " + total + " syllables, wanted " + puzzle.targets().get(i);
            }
        }
        core.add(Outcome.core(off.isEmpty(), off.isEmpty() ? "every line hits its target" : off));
        return Rules.with(core, puzzle.extras(), text);
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.targets().stream().mapToInt(Integer::intValue).sum() * (1.0 + puzzle.extras().size());
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
