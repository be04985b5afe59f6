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
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/** Markdown table: given columns computed from the word of each row, a row count, a row order and a word filter. */
@AutoService(Bootcamp.class)
public final class MarkdownTableSpecBootcamp extends Camp<MarkdownTableSpecBootcamp.Puzzle, MarkdownTableSpecBootcamp.Answer> {

    private static final Knob<Integer> ROWS = Knob.integer("rows", 1, 30, 4, "body rows of the table");
    private static final Knob<Integer> COLUMNS = Knob.integer("columns", 2, 5, 3, "columns, the Word column included");
    private static final Knob<Integer> BANK = Knob.integer("bank", 0, 60, 10, "bank words beyond the rows needed");
    private static final Knob<Integer> EXTRAS = Knob.integer("extras", 0, 8, 2, "extra rules from the shared pool");
    private static final BootcampInfo INFO = BootcampInfo.builder(MarkdownTableSpecBootcamp.class)
            .title("Markdown table to spec")
            .domain("instructions")
            .tags("instructions", "writing", "markdown", "table", "structure")
            .summary("Produce a Markdown table with a given header row (columns such as Word, Letters, Vowels, Initial, "
                    + "Last in a given order), a separator row and exactly r body rows: each row names a different bank "
                    + "word that passes a stated filter, the other cells are computed from that word, and the rows are "
                    + "sorted alphabetically by word. Extra rules from the shared pool join as the level rises. Scoring: 0 "
                    + "unless every core rule holds; otherwise the share of all rules (core and extra) that hold, CORRECT "
                    + "only when all hold.")
            .knob(ROWS)
            .knob(COLUMNS)
            .knob(BANK)
            .knob(EXTRAS)
            .version(1)
            .answerShape("the Markdown table")
            .severalAnswers()
            .build();


    /**
     * The column names in order, the row count, the filter letter (rows use words containing it), the bank, the extras
     * and a reference table (never shown).
     */
    public record Puzzle(List<String> columns, int rows, String letter, List<String> bank, List<Extra> extras, String gold) {
        public Puzzle {
            columns = List.copyOf(columns);
            bank = List.copyOf(bank);
            extras = List.copyOf(extras);
        }
    }

    /** The text written. */
    public record Answer(String text) {}

    public MarkdownTableSpecBootcamp() {
        super(INFO, Writing.codec().map(Answer::new, Answer::text));
    }


    private static final List<String> OTHER_COLUMNS = List.of("Letters", "Vowels", "Initial", "Last");

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(ROWS, Draw.scale(level, 2, 12))
                .with(COLUMNS, Draw.scale(level, 2, 5))
                .with(BANK, Draw.scale(level, 4, 30))
                .with(EXTRAS, Draw.scale(level, 0, 3));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        String letter = String.valueOf("aeioulnrst".charAt(random.nextInt(10)));
        int rows = knobs.get(ROWS);
        List<String> chosen = Bank.draw(random, rows, List.of(), 3, 9, word -> word.contains(letter));
        List<String> bank = Bank.draw(random, chosen.size() + knobs.get(BANK), chosen, 3, 9, word -> true);
        List<String> columns = new ArrayList<>(Draw.sample(OTHER_COLUMNS, knobs.get(COLUMNS) - 1, random));
        columns.add(random.nextInt(columns.size() + 1), "Word");
        StringBuilder gold = new StringBuilder(row(columns)).append('\n');
        gold.append(row(columns.stream().map(column -> "---").toList()));
        for (String word : new TreeSet<>(chosen)) {
            gold.append('\n').append(row(columns.stream().map(column -> cell(column, word)).toList()));
        }
        String text = gold.toString();
        return new Puzzle(columns, chosen.size(), letter, bank, Extras.derive(text, bank, knobs.get(EXTRAS), Extras.allBut(Extra.Kind.LOWER_CASE,
                Extra.Kind.FIRST_WORD, Extra.Kind.LAST_WORD, Extra.Kind.LETTER_ABSENT, Extra.Kind.ORDER, Extra.Kind.WORDS_AT_LEAST,
                Extra.Kind.WORDS_AT_MOST, Extra.Kind.KEYWORD_AT_LEAST, Extra.Kind.DISTINCT_AT_LEAST, Extra.Kind.INITIAL_AT_LEAST,
                Extra.Kind.LETTER_AT_MOST, Extra.Kind.LETTER_AT_LEAST), random), text);
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    private static String cell(String column, String word) {
        return switch (column) {
            case "Word" -> word;
            case "Letters" -> String.valueOf(word.length());
            case "Vowels" -> String.valueOf(word.chars().filter(c -> "aeiou".indexOf(c) >= 0).count());
            case "Initial" -> String.valueOf(word.charAt(0)).toUpperCase(Locale.ROOT);
            default -> String.valueOf(word.charAt(word.length() - 1)).toUpperCase(Locale.ROOT);
        };
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Produce a Markdown table. Its header row names these columns, in this order: " + String.join(", ", puzzle.columns())
                + ". The second line is a separator row of dashes (such as | --- | --- |), and then come exactly "
                + puzzle.rows() + " body rows, one per line, cells separated by |. Each body row is about one word from the"
                + " bank that contains the letter " + puzzle.letter().toUpperCase(Locale.ROOT) + "; no word may fill two"
                + " rows, and the rows must be sorted alphabetically by that word. The cells are filled as follows. Word:"
                + " the word itself in lower case. Letters: how many letters it has. Vowels: how many of its letters are"
                + " a, e, i, o or u. Initial: its first letter as a capital. Last: its last letter as a capital.\n"
                + "Word bank: " + String.join(", ", puzzle.bank()) + ".\n\n"
                + Rules.list(List.of("The Word cells are bank words.", "Header, separator and exactly " + puzzle.rows()
                        + " body rows, each with " + puzzle.columns().size() + " cells.", "Every Word contains the letter "
                        + puzzle.letter().toUpperCase(Locale.ROOT) + ", no Word repeats, rows sorted by Word.", "Every other cell"
                        + " is computed correctly from its row's word."), puzzle.extras())
                + "\nReturn only the table; the row for \"tea\" under Word, Vowels would read | tea | 2 |";
    }

    /** The cells of a table line: text between pipes, trimmed, with the outer pipes optional. */
    private static List<String> cells(String line) {
        String body = line.strip();
        if (body.startsWith("|")) {
            body = body.substring(1);
        }
        if (body.endsWith("|")) {
            body = body.substring(0, body.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String cell : body.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    private static List<Outcome> outcomes(Puzzle puzzle, String text) {
        List<String> lines = Text.lines(text);
        int width = puzzle.columns().size();
        List<Outcome> core = new ArrayList<>();
        List<String> words = new ArrayList<>();
        String shape = "";
        String wrongCell = "";
        if (lines.size() != puzzle.rows() + 2) {
            shape = lines.size() + " lines, wanted " + (puzzle.rows() + 2);
        } else if (!cells(lines.get(0)).stream().map(cell -> cell.toLowerCase(Locale.ROOT)).toList()
                .equals(puzzle.columns().stream().map(column -> column.toLowerCase(Locale.ROOT)).toList())) {
            shape = "the header is not " + String.join(", ", puzzle.columns());
        } else if (!cells(lines.get(1)).stream().allMatch(cell -> !cell.isEmpty() && cell.chars().allMatch(c -> c == '-' || c == ':'))
                || cells(lines.get(1)).size() != width) {
            shape = "the second line is not a separator row";
        }
        for (int i = 2; i < lines.size() && shape.isEmpty(); i++) {
            List<String> cells = cells(lines.get(i));
            if (cells.size() != width) {
                shape = "row " + (i - 1) + " has " + cells.size() + " cells, wanted " + width;
                break;
            }
            String word = cells.get(puzzle.columns().indexOf("Word")).toLowerCase(Locale.ROOT);
            words.add(word);
            for (int c = 0; c < width && wrongCell.isEmpty(); c++) {
                String column = puzzle.columns().get(c);
                if (!column.equals("Word") && Text.hasWord(word) && !cells.get(c).equalsIgnoreCase(cell(column, word))) {
                    wrongCell = "row " + (i - 1) + ", column " + column + ": " + Text.quote(cells.get(c)) + " should be " + cell(column, word);
                }
            }
        }
        boolean inBank = shape.isEmpty() && words.stream().allMatch(puzzle.bank()::contains);
        core.add(Outcome.core(inBank, inBank ? "every Word is a bank word" : "a Word cell is not a bank word"));
        core.add(Outcome.core(shape.isEmpty(), shape.isEmpty() ? "table shape right" : shape));
        boolean filtered = words.stream().allMatch(word -> word.contains(puzzle.letter()));
        boolean sorted = true;
        for (int i = 1; i < words.size(); i++) {
            sorted &= words.get(i - 1).compareTo(words.get(i)) < 0;
        }
        core.add(Outcome.core(shape.isEmpty() && filtered && sorted, !filtered ? "a Word lacks the letter " + puzzle.letter()
                : sorted ? "rows filtered and sorted" : "rows are not in strictly increasing alphabetical order"));
        core.add(Outcome.core(shape.isEmpty() && wrongCell.isEmpty(), wrongCell.isEmpty() ? "computed cells right" : wrongCell));
        return Rules.with(core, puzzle.extras(), text);
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.rows() * puzzle.columns().size() * (1.0 + puzzle.extras().size()) + puzzle.bank().size();
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
