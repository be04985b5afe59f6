package dev.bootcamp.camps.strings;

import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.NearMisses;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Run-length encoding: write a string as counts of repeated characters. */
@AutoService(Bootcamp.class)
public final class RunLengthEncodingBootcamp extends Camp<RunLengthEncodingBootcamp.Puzzle, RunLengthEncodingBootcamp.Answer> {
    private static final Knob<Integer> LENGTH = Knob.integer("length", 2, 2_000, 20, "number of characters in the string");
    private static final Knob<Integer> LETTERS = Knob.integer("letters", 2, 26, 3, "how many different letters can appear");
    private static final Knob<Integer> MAX_RUN = Knob.integer("max-run", 1, 99, 6, "longest run of one character");
    private static final Knob<Boolean> MIXED_CASE = Knob.flag("mixed-case", false, "use upper- and lower-case letters, which are different characters");
    private static final BootcampInfo INFO = BootcampInfo.builder(RunLengthEncodingBootcamp.class)
            .title("Run-length encoding")
            .domain("strings")
            .tags("compression", "counting", "encoding", "run-length")
            .summary("Run-length encode a string of letters: split it into maximal runs of one repeated character and write"
                    + " each run as its length followed by the character, the length always written (3a1b2c4d for"
                    + " aaabccdddd). Harder levels use longer strings, more letters, longer runs (two-digit counts) and"
                    + " upper- and lower-case letters that count as different characters. The answer must list exactly the"
                    + " maximal runs in order (a count omitted before a letter is read as 1); whitespace and commas between"
                    + " runs are ignored. No partial credit.")
            .knob(LENGTH)
            .knob(LETTERS)
            .knob(MAX_RUN)
            .knob(MIXED_CASE)
            .answerShape("the encoding: count then character for each run, such as 3a1b2c4d")
            .build();

    private static final int MAX_COUNT_DIGITS = 9;

    /** One run: a character repeated {@code count} times. */
    public record Run(int count, String symbol) {
        public Run {
            requireNonNull(symbol, "symbol is null");
        }
    }

    /** The string to encode and its maximal runs (kept for checking, never shown). */
    public record Puzzle(String text, List<Run> runs) {
        public Puzzle {
            requireNonNull(text, "text is null");
            runs = List.copyOf(runs);
        }
    }

    /** The runs in order. */
    public record Answer(List<Run> runs) {
        public Answer {
            runs = List.copyOf(runs);
        }
    }

    public RunLengthEncodingBootcamp() {
        super(INFO, Codec.of(RunLengthEncodingBootcamp::write, RunLengthEncodingBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(LENGTH, Draw.scale(level, 8, 160))
                .with(LETTERS, Draw.scale(level, 2, 6))
                .with(MAX_RUN, Draw.scale(level, 4, 24))
                .with(MIXED_CASE, level >= 6);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int length = knobs.get(LENGTH);
        int letters = knobs.get(LETTERS);
        boolean mixedCase = knobs.get(MIXED_CASE);
        while (true) {
            StringBuilder text = new StringBuilder(length);
            List<Run> runs = new ArrayList<>();
            char previous = 0;
            while (text.length() < length) {
                char symbol = previous;
                while (symbol == previous) {
                    symbol = (char) ('a' + random.nextInt(letters));
                    if (mixedCase && random.nextBoolean()) {
                        symbol = Character.toUpperCase(symbol);
                    }
                }
                int longest = Math.min(knobs.get(MAX_RUN), length - text.length());
                int count = random.nextInt(3) == 0 ? 1 : Draw.between(1, longest, random);
                text.append(String.valueOf(symbol).repeat(count));
                runs.add(new Run(count, String.valueOf(symbol)));
                previous = symbol;
            }
            Puzzle puzzle = new Puzzle(text.toString(), runs);
            if (!question(puzzle).contains(render(new Answer(runs)))) {
                return puzzle;
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Run-length encode the string below. Split it into maximal runs of one repeated character (each run as long"
                + " as possible, so two neighbouring runs never use the same character) and write each run as its length"
                + " followed by the character, always writing the length, even when it is 1. For example, aaabccdddd is"
                + " encoded as 3a1b2c4d."
                + (puzzle.text().chars().anyMatch(Character::isUpperCase)
                        ? " Upper- and lower-case letters are different characters: aaAA is encoded as 2a2A, and the"
                                + " characters must keep their case in your answer."
                        : "")
                + "\n\nString (" + puzzle.text().length() + " characters):\n" + puzzle.text() + "\n\n"
                + "Give the encoding as one line with no spaces, such as 3a1b2c4d.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.runs());
    }

    private static String write(Answer answer) {
        StringBuilder text = new StringBuilder();
        for (Run run : answer.runs()) {
            text.append(run.count()).append(run.symbol());
        }
        return text.toString();
    }

    private static Answer read(String text) {
        String body = Answers.stripDecoration(text);
        List<Run> runs = new ArrayList<>();
        int count = -1;
        int digits = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > MAX_COUNT_DIGITS) {
                    throw new AnswerFormatException("a count has more than " + MAX_COUNT_DIGITS + " digits");
                }
                count = (count < 0 ? 0 : count * 10) + (c - '0');
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                runs.add(new Run(count < 0 ? 1 : count, String.valueOf(c)));
                count = -1;
                digits = 0;
                if (runs.size() > Answers.MAX_ITEMS) {
                    throw new AnswerFormatException("more than " + Answers.MAX_ITEMS + " runs");
                }
            } else if (Character.isWhitespace(c) || c == ',') {
                if (count >= 0) {
                    throw new AnswerFormatException("a count must be followed directly by its character, found a break after " + count);
                }
            } else {
                throw new AnswerFormatException("expected counts and the letters a to z or A to Z, found '" + c + "'");
            }
        }
        if (count >= 0) {
            throw new AnswerFormatException("the answer ends with the count " + count + " and no character after it");
        }
        if (runs.isEmpty()) {
            throw new AnswerFormatException("no runs found in '" + Answers.abbreviate(text) + "'");
        }
        return new Answer(runs);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<Run> expected = puzzle.runs();
        List<Run> found = answer.runs();
        if (found.equals(expected)) {
            return Score.correct("all " + expected.size() + " runs match");
        }
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).count() < 1) {
                return Score.wrong("run " + (i + 1) + " has the count " + found.get(i).count() + "; counts start at 1");
            }
            if (i > 0 && found.get(i).symbol().equals(found.get(i - 1).symbol())) {
                return Score.wrong("runs " + i + " and " + (i + 1) + " both use '" + found.get(i).symbol() + "'; runs must be maximal");
            }
        }
        for (int i = 0; i < Math.min(expected.size(), found.size()); i++) {
            Run want = expected.get(i);
            Run got = found.get(i);
            if (!want.equals(got)) {
                return Score.wrong("run " + (i + 1) + " is " + got.count() + got.symbol() + " but should be " + want.count() + want.symbol());
            }
        }
        return Score.wrong("expected " + expected.size() + " runs, found " + found.size());
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Run> runs = gold.runs();
        List<List<Run>> candidates = new ArrayList<>();
        int at = random.nextInt(runs.size());
        Run run = runs.get(at);
        candidates.add(replaced(runs, at, new Run(run.count() + 1, run.symbol())));
        if (run.count() > 1) {
            candidates.add(replaced(runs, at, new Run(run.count() - 1, run.symbol())));
            List<Run> split = new ArrayList<>(runs);
            split.set(at, new Run(1, run.symbol()));
            split.add(at + 1, new Run(run.count() - 1, run.symbol()));
            candidates.add(split);
        }
        candidates.addAll(NearMisses.permutation(runs, random));
        candidates.addAll(NearMisses.subset(runs, runs, random));
        String flipped = Character.isUpperCase(run.symbol().charAt(0)) ? run.symbol().toLowerCase(Locale.ROOT) : run.symbol().toUpperCase(Locale.ROOT);
        candidates.add(replaced(runs, at, new Run(run.count(), flipped)));
        return candidates.stream().filter(candidate -> !candidate.isEmpty() && !candidate.equals(runs)).distinct().map(Answer::new).toList();
    }

    /** Characters to count, more when runs are long. */
    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.text().length() + 2.0 * puzzle.text().length() / puzzle.runs().size();
    }

    private static List<Run> replaced(List<Run> runs, int at, Run run) {
        List<Run> copy = new ArrayList<>(runs);
        copy.set(at, run);
        return copy;
    }
}
