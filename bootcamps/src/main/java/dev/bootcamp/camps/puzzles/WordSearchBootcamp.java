package dev.bootcamp.camps.puzzles;

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
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/** Word search: find where each listed word is hidden in a grid of letters, in a straight line. */
@AutoService(Bootcamp.class)
public final class WordSearchBootcamp extends Camp<WordSearchBootcamp.Puzzle, WordSearchBootcamp.Answer> {
    private static final List<String> DIRECTION_NAMES = List.of("left to right", "top to bottom",
            "diagonally down and to the right", "diagonally up and to the right", "right to left", "bottom to top",
            "diagonally up and to the left", "diagonally down and to the left");
    private static final int MAX_LINES = 200;

    private static final Knob<Integer> SIZE = Knob.integer("size", 5, 25, 10, "side of the letter grid");
    private static final Knob<Integer> WORDS = Knob.integer("words", 1, 40, 8, "number of hidden words");
    private static final Knob<Integer> DIRECTIONS = Knob.integer("directions", 2, 8, 8, "how many directions words may run in: 2 is left to right and top"
            + " to bottom, 4 adds the two downward and upward diagonals read left to right, 8 adds every"
            + " backward direction");
    private static final BootcampInfo INFO = BootcampInfo.builder(WordSearchBootcamp.class)
            .title("Word search")
            .domain("puzzles")
            .tags("grid", "letters", "partial-credit", "search", "words")
            .summary("A square grid of letters hides a list of common English words, each along a straight line (row,"
                    + " column or diagonal, in the directions the puzzle allows). For every word the answer gives the cells"
                    + " of its first and last letters. The checker reads the grid: any straight placement that spells the"
                    + " word is accepted, wherever it is. PARTIAL credit is the fraction of the words located correctly"
                    + " (each word is an independent find); a word not in the list, or listed twice, makes the answer"
                    + " WRONG.")
            .knob(SIZE)
            .knob(WORDS)
            .knob(DIRECTIONS)
            .answerShape("one line per word: the word, then the (row, column) of its first letter and of its last letter,"
                    + " as in SUN (1, 2) (1, 4)")
            .severalAnswers()
            .build();

    /** A word's cells: its first letter at (startRow, startColumn) and last at (endRow, endColumn), numbered from 1. */
    public record Placement(String word, int startRow, int startColumn, int endRow, int endColumn) {
        public Placement {
            requireNonNull(word, "word is null");
        }
    }

    /** The grid (rows of capital letters), the words in the order listed, and where the generator hid them (never shown). */
    public record Puzzle(List<String> grid, List<String> words, int directions, List<Placement> hidden) {
        public Puzzle {
            grid = List.copyOf(grid);
            words = List.copyOf(words);
            hidden = List.copyOf(hidden);
        }
    }

    /** The placements given, in the answer's order. */
    public record Answer(List<Placement> placements) {
        public Answer {
            placements = List.copyOf(requireNonNull(placements, "placements is null"));
        }
    }

    public WordSearchBootcamp() {
        super(INFO, Codec.of((Answer answer) -> answer.placements().stream().map(WordSearchBootcamp::line).collect(Collectors.joining("\n")), WordSearchBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(SIZE, Draw.scale(level, 5, 15))
                .with(WORDS, Draw.scale(level, 3, 16))
                .with(DIRECTIONS, level <= 2 ? 2 : level <= 5 ? 4 : 8);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        return WordSearchGenerator.generate(knobs.get(SIZE), knobs.get(WORDS), knobs.get(DIRECTIONS), random);
    }

    @Override
    public String question(Puzzle puzzle) {
        int size = puzzle.grid().size();
        int width = String.valueOf(size).length();
        StringBuilder text = new StringBuilder();
        text.append("Find the hidden words in this ").append(size).append('x').append(size).append(" grid of letters. Each")
                .append(" word lies along a straight line of neighbouring cells and reads ")
                .append(String.join(", ", DIRECTION_NAMES.subList(0, puzzle.directions() - 1)))
                .append(puzzle.directions() > 1 ? " or " : "").append(DIRECTION_NAMES.get(puzzle.directions() - 1))
                .append(". Words may cross and share letters. Rows are numbered 1 to ").append(size)
                .append(" from the top and columns 1 to ").append(size).append(" from the left.\n\n");
        text.append(" ".repeat(width + 2));
        for (int column = 1; column <= size; column++) {
            text.append(String.format("%" + width + "d", column)).append(column < size ? " " : "\n");
        }
        for (int row = 0; row < size; row++) {
            text.append(String.format("%" + width + "d", row + 1)).append("  ");
            String letters = puzzle.grid().get(row);
            for (int column = 0; column < size; column++) {
                text.append(" ".repeat(width - 1)).append(letters.charAt(column)).append(column < size - 1 ? " " : "\n");
            }
        }
        text.append("\nWords: ").append(String.join(", ", puzzle.words())).append("\n\nAnswer with one line per word: the")
                .append(" word, then the (row, column) of its first letter and the (row, column) of its last letter, for")
                .append(" example ").append(example(puzzle)).append('.');
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.hidden());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Set<String> seen = new HashSet<>();
        int found = 0;
        String firstMiss = null;
        for (Placement placement : answer.placements()) {
            if (!puzzle.words().contains(placement.word())) {
                return Score.wrong(placement.word() + " is not one of the words to find");
            }
            if (!seen.add(placement.word())) {
                return Score.wrong(placement.word() + " is listed twice");
            }
            String problem = problem(puzzle.grid(), placement);
            if (problem == null) {
                found++;
            } else if (firstMiss == null) {
                firstMiss = placement.word() + ": " + problem;
            }
        }
        int total = puzzle.words().size();
        if (found == total) {
            return Score.correct("all " + total + " words located");
        }
        String why = firstMiss != null ? firstMiss
                : "no placement given for " + puzzle.words().stream().filter(word -> !seen.contains(word)).findFirst().orElse("?");
        return Score.partial((double) found / total, found + " of " + total + " words located; " + why);
    }

    /** The first placement shifted one cell along its row, a start and end swapped, and the last word left out. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        List<Placement> placements = gold.placements();
        int index = random.nextInt(placements.size());
        Placement chosen = placements.get(index);
        int shift = chosen.startColumn() > 1 && chosen.endColumn() > 1 ? -1 : 1;
        misses.add(new Answer(with(placements, index, new Placement(chosen.word(), chosen.startRow(), chosen.startColumn() + shift,
                chosen.endRow(), chosen.endColumn() + shift))));
        misses.add(new Answer(with(placements, index, new Placement(chosen.word(), chosen.endRow(), chosen.endColumn(),
                chosen.startRow(), chosen.startColumn()))));
        if (placements.size() > 1) {
            misses.add(new Answer(placements.subList(0, placements.size() - 1)));
        }
        return misses.stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.grid().size() * puzzle.grid().size() + puzzle.words().stream().mapToInt(String::length).sum();
    }

    /** Why the placement does not spell its word in the grid, or null when it does. */
    private static String problem(List<String> grid, Placement placement) {
        int size = grid.size();
        int length = placement.word().length();
        int rows = placement.endRow() - placement.startRow();
        int columns = placement.endColumn() - placement.startColumn();
        if (!inside(placement.startRow(), placement.startColumn(), size) || !inside(placement.endRow(), placement.endColumn(), size)) {
            return "a cell lies outside the grid";
        }
        if (rows != 0 && columns != 0 && Math.abs(rows) != Math.abs(columns)) {
            return "the two cells are not on one row, column or diagonal";
        }
        if (Math.max(Math.abs(rows), Math.abs(columns)) != length - 1) {
            return "the cells span " + (Math.max(Math.abs(rows), Math.abs(columns)) + 1) + " letters, not " + length;
        }
        StringBuilder read = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int row = placement.startRow() - 1 + Integer.signum(rows) * i;
            int column = placement.startColumn() - 1 + Integer.signum(columns) * i;
            read.append(grid.get(row).charAt(column));
        }
        return read.toString().equals(placement.word()) ? null : "those cells read " + read;
    }

    private static boolean inside(int row, int column, int size) {
        return row >= 1 && row <= size && column >= 1 && column <= size;
    }

    private static String line(Placement placement) {
        return placement.word() + " (" + placement.startRow() + ", " + placement.startColumn() + ") (" + placement.endRow() + ", "
                + placement.endColumn() + ")";
    }

    /** A made-up example line, with a word that is not in the list. */
    private static String example(Puzzle puzzle) {
        String word = List.of("SUN", "OAK", "ELM", "FIG").stream().filter(each -> !puzzle.words().contains(each)).findFirst()
                .orElse("XYZ");
        return word + " (1, 2) (1, 4)";
    }

    private static List<Placement> with(List<Placement> placements, int index, Placement replacement) {
        List<Placement> copy = new ArrayList<>(placements);
        copy.set(index, replacement);
        return copy;
    }

    /**
     * Reads one placement per line: the first all-letter token is the word, and the numbers after it must be exactly four
     * (start row, start column, end row, end column); numbers before it (a list number), words such as "row", "to" or
     * "from" after it, and lines of words alone (a heading) are skipped.
     */
    private static Answer read(String text) {
        List<String> lines = Answers.lines(text);
        if (lines.size() > MAX_LINES) {
            throw new AnswerFormatException("more than " + MAX_LINES + " lines");
        }
        List<Placement> placements = new ArrayList<>();
        for (String line : lines) {
            String word = null;
            List<Integer> numbers = new ArrayList<>();
            for (String token : Answers.tokens(line, ":()[]{}<>-=>|")) {
                String bare = Answers.stripDecoration(token);
                if (bare.isEmpty()) {
                    continue;
                }
                if (bare.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    if (word == null) {
                        continue;
                    }
                    numbers.add(Answers.intValue(bare));
                } else if (bare.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
                    word = word == null ? bare.toUpperCase(Locale.ROOT) : word;
                } else {
                    throw new AnswerFormatException("cannot read '" + Answers.abbreviate(token) + "' in '"
                            + Answers.abbreviate(line) + "'");
                }
            }
            if (numbers.isEmpty() && word != null) {
                continue;
            }
            if (word == null || numbers.size() != 4) {
                throw new AnswerFormatException("expected a word and four numbers on the line '" + Answers.abbreviate(line) + "'");
            }
            placements.add(new Placement(word, numbers.get(0), numbers.get(1), numbers.get(2), numbers.get(3)));
        }
        if (placements.isEmpty()) {
            throw new AnswerFormatException("no placements found");
        }
        return new Answer(placements);
    }
}
