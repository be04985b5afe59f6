package dev.bootcamp.camps.puzzles;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Cryptarithm: find the digit each letter stands for in an addition of words such as SEND + MORE = MONEY. */
@AutoService(Bootcamp.class)
public final class CryptarithmBootcamp extends Camp<CryptarithmBootcamp.Puzzle, CryptarithmBootcamp.Answer> {
    private static final Knob<Integer> ADDENDS = Knob.integer("addends", 2, 5, 2, "number of words added together");
    private static final Knob<Integer> MIN_LENGTH = Knob.integer("min-length", 2, 8, 3, "fewest letters in an addend");
    private static final Knob<Integer> MAX_LENGTH = Knob.integer("max-length", 2, 8, 4, "most letters in an addend (at least min-length)");
    /** A lone letter, then '=' or ':', then up to three digits (more than one is refused, not cut). */
    private static final Pattern PAIR = Pattern.compile("(?<![A-Za-z])([A-Za-z]) *[=:] *([0-9]{0,3})");
    private static final BootcampInfo INFO = BootcampInfo.builder(CryptarithmBootcamp.class)
            .title("Cryptarithm (word addition)")
            .domain("puzzles")
            .tags("arithmetic", "constraint-satisfaction", "letters", "unique-solution")
            .summary("An addition of English words in which each letter stands for a different digit: find every letter's"
                    + " digit. The addends are common words with random digits; the sum is spelled with their letters,"
                    + " and with fresh letters for new digits. Where several assignments work, letters' digits are given"
                    + " as hints until exactly one remains, proved by a column-by-column solver and an independent"
                    + " weighted-sum counter. The checker tests the rules (distinct digits, no leading zero, the hints,"
                    + " the sum). No partial credit.")
            .knob(ADDENDS)
            .knob(MIN_LENGTH)
            .knob(MAX_LENGTH)
            .answerShape("each letter with its digit, as LETTER=DIGIT pairs separated by commas (for example A=1, B=2)")
            .uniqueSolution()
            .build();


    /** A letter's digit, as given in a hint or an answer. */
    public record Assignment(String letter, int digit) {}

    /** The addends and the sum in upper case, the hints, the unique solution (never shown), and the solver's work. */
    public record Puzzle(List<String> addends, String sum, List<Assignment> hints, List<Assignment> solution, long nodes) {
        public Puzzle {
            addends = List.copyOf(addends);
            hints = List.copyOf(hints);
            solution = List.copyOf(solution);
        }
    }

    /** The assignments, sorted by letter. */
    public record Answer(List<Assignment> assignments) {
        public Answer {
            assignments = assignments.stream().sorted(Comparator.comparing(Assignment::letter)).toList();
        }
    }

    public CryptarithmBootcamp() {
        super(INFO, Codec.of((Answer answer) -> answer.assignments().stream().map(pair -> pair.letter() + "=" + pair.digit())
                .collect(Collectors.joining(", ")), CryptarithmBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] addends = {2, 2, 2, 2, 2, 3, 3, 3, 4, 4};
        int[] shortest = {2, 2, 3, 3, 3, 3, 4, 4, 4, 5};
        int[] longest = {3, 3, 4, 4, 5, 5, 5, 6, 6, 7};
        return INFO.defaults()
                .with(ADDENDS, addends[level - 1])
                .with(MIN_LENGTH, Math.min(shortest[level - 1], longest[level - 1]))
                .with(MAX_LENGTH, longest[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        return CryptarithmGenerator.generate(knobs.get(ADDENDS), knobs.get(MIN_LENGTH), knobs.get(MAX_LENGTH), random);
    }

    @Override
    public String question(Puzzle puzzle) {
        int width = puzzle.sum().length() + 2;
        StringBuilder text = new StringBuilder();
        text.append("Solve this cryptarithm. Each letter stands for a digit from 0 to 9: the same letter always stands for")
                .append(" the same digit and different letters stand for different digits. The first letter of a word with")
                .append(" more than one letter is never 0. Find the digits that make this addition correct:\n\n");
        for (int i = 0; i < puzzle.addends().size(); i++) {
            String prefix = i == puzzle.addends().size() - 1 ? "+ " : "  ";
            text.append(prefix).append(" ".repeat(width - 2 - puzzle.addends().get(i).length())).append(puzzle.addends().get(i))
                    .append('\n');
        }
        text.append("-".repeat(width)).append('\n').append(String.format("%" + width + "s", puzzle.sum())).append("\n\n");
        TreeSet<Character> letters = letters(puzzle);
        text.append("That is: ").append(String.join(" + ", puzzle.addends())).append(" = ").append(puzzle.sum()).append(". ");
        if (!puzzle.hints().isEmpty()) {
            List<String> given = puzzle.hints().stream().map(hint -> hint.letter() + " = " + hint.digit()).toList();
            text.append("You are also told that ").append(String.join(" and ", given)).append(". ");
        }
        text.append("There is exactly one solution. The letters are ")
                .append(String.join(", ", letters.stream().map(String::valueOf).toList()))
                .append(".\n\nAnswer with every letter and its digit, as LETTER=DIGIT pairs separated by commas, for")
                .append(" example A=1, B=2, covering all ").append(letters.size()).append(" letters.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.solution());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        TreeSet<Character> letters = letters(puzzle);
        int[] digit = new int[26];
        Arrays.fill(digit, -1);
        for (Assignment pair : answer.assignments()) {
            char letter = pair.letter().charAt(0);
            if (!letters.contains(letter)) {
                return Score.wrong("the letter " + letter + " is not in the puzzle");
            }
            digit[letter - 'A'] = pair.digit();
        }
        boolean[] used = new boolean[10];
        for (char letter : letters) {
            int value = digit[letter - 'A'];
            if (value < 0) {
                return Score.wrong("the letter " + letter + " has no digit");
            }
            if (used[value]) {
                return Score.wrong("two letters share the digit " + value);
            }
            used[value] = true;
        }
        for (Assignment hint : puzzle.hints()) {
            if (digit[hint.letter().charAt(0) - 'A'] != hint.digit()) {
                return Score.wrong("the hint " + hint.letter() + " = " + hint.digit() + " is not kept");
            }
        }
        long total = 0;
        List<String> words = new ArrayList<>(puzzle.addends());
        words.add(puzzle.sum());
        for (String word : words) {
            if (word.length() > 1 && digit[word.charAt(0) - 'A'] == 0) {
                return Score.wrong(word + " would start with 0");
            }
        }
        for (String word : puzzle.addends()) {
            total += value(word, digit);
        }
        if (total != value(puzzle.sum(), digit)) {
            return Score.wrong("the addends add up to " + total + ", not " + value(puzzle.sum(), digit));
        }
        return Score.correct("the addition holds with distinct digits");
    }

    /** Two letters' digits swapped, one letter's digit changed, and a letter left out. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Assignment> pairs = gold.assignments();
        List<Answer> misses = new ArrayList<>();
        int first = random.nextInt(pairs.size());
        int second = (first + 1 + random.nextInt(pairs.size() - 1)) % pairs.size();
        List<Assignment> swapped = new ArrayList<>(pairs);
        swapped.set(first, new Assignment(pairs.get(first).letter(), pairs.get(second).digit()));
        swapped.set(second, new Assignment(pairs.get(second).letter(), pairs.get(first).digit()));
        misses.add(new Answer(swapped));
        List<Assignment> changed = new ArrayList<>(pairs);
        changed.set(first, new Assignment(pairs.get(first).letter(), (pairs.get(first).digit() + 1 + random.nextInt(9)) % 10));
        misses.add(new Answer(changed));
        List<Assignment> fewer = new ArrayList<>(pairs);
        fewer.remove(first);
        misses.add(new Answer(fewer));
        return misses;
    }

    /** Distinct letters (each a digit to find) times the digits summed (columns times addends, each checked with its carry). */
    @Override
    public double cost(Puzzle puzzle) {
        StringBuilder letters = new StringBuilder(puzzle.sum());
        puzzle.addends().forEach(letters::append);
        long distinct = letters.chars().distinct().count();
        return (double) distinct * puzzle.sum().length() * puzzle.addends().size();
    }

    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        Map<Character, Integer> hints = new TreeMap<>();
        puzzle.hints().forEach(hint -> hints.put(hint.letter().charAt(0), hint.digit()));
        return CryptarithmCounter.count(puzzle.addends(), puzzle.sum(), hints, limit);
    }

    private static TreeSet<Character> letters(Puzzle puzzle) {
        TreeSet<Character> letters = new TreeSet<>();
        for (String word : puzzle.addends()) {
            word.chars().forEach(c -> letters.add((char) c));
        }
        puzzle.sum().chars().forEach(c -> letters.add((char) c));
        return letters;
    }

    private static long value(String word, int[] digit) {
        long value = 0;
        for (char letter : word.toCharArray()) {
            value = value * 10 + digit[letter - 'A'];
        }
        return value;
    }

    /**
     * Reads every "letter = digit" pair in the text (a colon also works, spaces are optional, case is ignored); a letter
     * inside a longer word is not a pair. A letter given two digits, or a number above 9, is refused.
     */
    private static Answer read(String text) {
        Map<String, Integer> pairs = new TreeMap<>();
        Matcher pair = PAIR.matcher(text);
        while (pair.find()) {
            String digits = pair.group(2);
            if (digits.length() != 1) {
                throw new AnswerFormatException(digits.isEmpty() ? "expected a digit after '" + pair.group(1) + "='"
                        : "the letter " + pair.group(1) + " is given '" + digits + "'; each letter stands for one digit");
            }
            String letter = pair.group(1).toUpperCase(Locale.ROOT);
            Integer previous = pairs.put(letter, digits.charAt(0) - '0');
            if (previous != null && previous != digits.charAt(0) - '0') {
                throw new AnswerFormatException("the letter " + letter + " is given two digits, " + previous + " and " + digits);
            }
        }
        if (pairs.isEmpty()) {
            throw new AnswerFormatException("no LETTER=DIGIT pairs found");
        }
        return new Answer(pairs.entrySet().stream().map(entry -> new Assignment(entry.getKey(), entry.getValue())).toList());
    }
}
