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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** Rhyme scheme: lines whose last words follow a scheme such as ABAB, rhyme defined by shared final letters. */
@AutoService(Bootcamp.class)
public final class RhymeSchemeBootcamp extends Camp<RhymeSchemeBootcamp.Puzzle, RhymeSchemeBootcamp.Answer> {

    private static final Knob<Integer> LINES = Knob.integer("lines", 2, 16, 4, "lines of the poem");
    private static final Knob<Integer> GROUPS = Knob.integer("groups", 1, 5, 2, "different rhymes (letters of the scheme)");
    private static final Knob<Integer> SUFFIX = Knob.integer("suffix", 1, 3, 2, "final letters two words must share to rhyme");
    private static final Knob<Integer> BANK = Knob.integer("bank", 0, 60, 12, "bank words beyond the rhyme words");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(RhymeSchemeBootcamp.class)
            .title("Rhyme scheme by letters")
            .domain("instructions")
            .tags("instructions", "writing", "rhyme", "poetry", "lines")
            .summary("Write one line per letter of a rhyme scheme (such as ABAB or AABBA): two lines rhyme when their last "
                    + "words are different words ending in the same final k letters; lines with the same scheme letter must "
                    + "rhyme and lines with different letters must not; each line holds a number of words in a range and "
                    + "every word is from a word bank. Extra rules from the shared pool join as the level rises. Scoring: 0 "
                    + "unless every core rule holds; otherwise the share of all rules (core and extra) that hold, CORRECT "
                    + "only when all hold.")
            .knob(LINES)
            .knob(GROUPS)
            .knob(SUFFIX)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the lines of the poem, one per line")
            .severalAnswers()
            .build();


    /** The scheme (one letter per line), the rhyme length, the words-per-line range, the bank, the extras and a reference. */
    public record Puzzle(String scheme, int suffix, int least, int most, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public RhymeSchemeBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(LINES, Draw.scale(level, 2, 10))
                .with(GROUPS, Draw.scale(level, 1, 4))
                .with(SUFFIX, Draw.scale(level, 1, 3))
                .with(BANK, Draw.scale(level, 4, 30))
                .with(EXTRAS, Draw.scale(level, 0, 4));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int suffix = knobs.get(SUFFIX);
        int lines = knobs.get(LINES);
        int groups = Math.min(knobs.get(GROUPS), lines / 2);
        StringBuilder scheme = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            scheme.append((char) ('A' + (i < 2 * groups ? i / 2 : random.nextInt(groups))));
        }
        List<Character> letters = new ArrayList<>();
        for (char c : scheme.toString().toCharArray()) {
            letters.add(c);
        }
        Draw.shuffle(letters, random);
        String order = relabel(letters);
        Map<String, List<String>> rhymes = Endings.BY_SUFFIX.get(suffix - 1);
        List<String> endings = new ArrayList<>(rhymes.keySet().stream().filter(key -> rhymes.get(key).size() >= 2).toList());
        Draw.shuffle(endings, random);
        List<String> required = new ArrayList<>();
        List<List<String>> groupWords = new ArrayList<>();
        int next = 0;
        for (int g = 0; g < groups; g++) {
            char letter = (char) ('A' + g);
            long needed = order.chars().filter(c -> c == letter).count();
            List<String> chosen = new ArrayList<>();
            while (chosen.size() < needed && next < endings.size()) {
                List<String> candidates = new ArrayList<>(rhymes.get(endings.get(next++)));
                Draw.shuffle(candidates, random);
                chosen.clear();
                for (String word : candidates) {
                    if (chosen.size() < needed && Bank.fits(word, required) && Bank.fits(word, chosen)) {
                        chosen.add(word);
                    }
                }
            }
            required.addAll(chosen);
            groupWords.add(chosen);
        }
        List<String> bank = Bank.draw(random, required.size() + knobs.get(BANK), required, 2, 9, word -> true);
        List<String> poem = new ArrayList<>();
        int[] used = new int[groups];
        for (char c : order.toCharArray()) {
            int g = c - 'A';
            List<String> line = Compose.draw(bank, Draw.between(1, 4, random), random);
            line.add(groupWords.get(g).get(used[g]++ % groupWords.get(g).size()));
            String joined = String.join(" ", line);
            poem.add(Character.toUpperCase(joined.charAt(0)) + joined.substring(1));
        }
        String gold = String.join("\n", poem);
        return new Puzzle(order, suffix, 2, 5, bank, Extras.derive(gold, bank, knobs.get(EXTRAS), Extras.allBut(Extra.Kind.LOWER_CASE,
                Extra.Kind.LAST_WORD, Extra.Kind.FIRST_WORD), random), gold);
    }

    /** The scheme letters renamed so that they first appear in the order A, B, C... */
    private static String relabel(List<Character> letters) {
        Map<Character, Character> names = new TreeMap<>();
        StringBuilder out = new StringBuilder();
        for (char c : letters) {
            names.putIfAbsent(c, (char) ('A' + names.size()));
            out.append(names.get(c));
        }
        return out.toString();
    }

    @Override
    public String question(Puzzle puzzle) {
        String k = puzzle.suffix() == 1 ? "final letter" : "final " + puzzle.suffix() + " letters";
        return "Write a poem of " + puzzle.scheme().length() + " lines with the rhyme scheme " + puzzle.scheme() + ": line i"
                + " belongs to the i-th letter of the scheme. Here rhyme is a matter of spelling only: two lines rhyme when"
                + " their last words are different words with the same " + k + ". Lines sharing a letter must all rhyme"
                + " with each other (no last word used twice among them), and lines with different letters must not rhyme."
                + " Each line holds " + puzzle.least() + " to " + puzzle.most() + " words.\n" + Text.LINE_RULE + " "
                + Text.WORD_RULE + "\n" + Bank.instruction(puzzle.bank()) + "\n\n"
                + Rules.list(List.of("Only bank words.", puzzle.scheme().length() + " lines of " + puzzle.least() + " to "
                        + puzzle.most() + " words.", "The last words follow the scheme " + puzzle.scheme() + " by their "
                        + k + "."), puzzle.extras())
                + "\nPresent the poem alone, line by line.";
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<List<String>> lines = Text.lines(text).stream().map(Text::words).toList();
        String scheme = puzzle.scheme();
        List<Outcome> core = new ArrayList<>();
        core.add(Bank.check(text, puzzle.bank()));
        boolean sized = lines.size() == scheme.length() && lines.stream().allMatch(words -> words.size() >= puzzle.least()
                && words.size() <= puzzle.most());
        core.add(Outcome.core(sized, sized ? "line shape right" : lines.size() + " lines, or a line of the wrong length"));
        String off = "";
        for (int i = 0; i < lines.size() && sized && off.isEmpty(); i++) {
            for (int j = i + 1; j < lines.size() && off.isEmpty(); j++) {
                String a = lines.get(i).get(lines.get(i).size() - 1);
                String b = lines.get(j).get(lines.get(j).size() - 1);
                boolean rhyme = !a.equals(b) && a.length() >= puzzle.suffix() && b.length() >= puzzle.suffix()
                        && a.endsWith(b.substring(b.length() - puzzle.suffix()));
                boolean same = scheme.charAt(i) == scheme.charAt(j);
                if (same && !rhyme) {
                    off = "lines " + (i + 1) + " and " + (j + 1) + " should rhyme (\"" + a + "\", \"" + b + "\")";
                } else if (!same && (rhyme || a.equals(b))) {
                    off = "lines " + (i + 1) + " and " + (j + 1) + " should not rhyme";
                }
            }
        }
        core.add(Outcome.core(sized && off.isEmpty(), off.isEmpty() ? "the scheme holds" : off));
        return Rules.with(core, puzzle.extras(), text);
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.scheme().length() * puzzle.scheme().length() * puzzle.suffix() * (1.0 + puzzle.extras().size());
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

    /** Kit words of 3 to 9 letters grouped by their last 1, 2 and 3 letters, built on first use. */
    private static final class Endings {
        static final List<Map<String, List<String>>> BY_SUFFIX = List.of(group(1), group(2), group(3));

        private static Map<String, List<String>> group(int suffix) {
            Map<String, List<String>> rhymes = new TreeMap<>();
            for (String word : Words.ofLength(Math.max(3, suffix + 1), 9)) {
                rhymes.computeIfAbsent(word.substring(word.length() - suffix), key -> new ArrayList<>()).add(word);
            }
            return rhymes;
        }
    }
}
