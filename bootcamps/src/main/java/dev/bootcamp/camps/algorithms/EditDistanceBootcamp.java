package dev.bootcamp.camps.algorithms;

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
import dev.bootcamp.camps.kit.StepWords;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Edit distance with a witness: a shortest script of single-letter insertions, deletions and replacements that turns
 * one string into another. The checker replays the script, so every shortest script is accepted.
 */
@AutoService(Bootcamp.class)
public final class EditDistanceBootcamp extends Camp<EditDistanceBootcamp.Puzzle, EditDistanceBootcamp.Answer> {
    private static final Knob<Integer> LENGTH = Knob.integer("length", 1, 200, 8, "number of letters in the first string");
    private static final Knob<Integer> EDITS = Knob.integer("edits", 1, 100, 3, "random edits applied to the first string to make the second (the distance is at most this)");
    private static final Knob<Integer> ALPHABET = Knob.integer("alphabet", 2, 26, 5, "number of distinct letters the strings are drawn from (a, b, c, ...)");
    private static final BootcampInfo INFO = BootcampInfo.builder(EditDistanceBootcamp.class)
            .title("Edit distance")
            .version(2)
            .domain("algorithms")
            .tags("dynamic-programming", "strings", "levenshtein")
            .summary("Give a shortest edit script between two strings of lower-case letters: single-letter insertions,"
                    + " deletions and replacements, applied in order, that turn the first string into the second. The"
                    + " second string is made from the first by random edits, so the two look alike. The checker replays"
                    + " the script, so any shortest script is CORRECT; a script that misses the target or uses more edits"
                    + " than the Levenshtein distance is WRONG. A bare distance would be a small guessable number, so the"
                    + " script is the witness.")
            .knob(LENGTH)
            .knob(EDITS)
            .knob(ALPHABET)
            .answerShape("a list of edits: insert LETTER at POSITION, delete POSITION, replace POSITION with LETTER")
            .severalAnswers()
            .build();

    /** Draws before a pair of equal strings is accepted; only tiny alphabets with very short strings get near it. */
    private static final int ATTEMPTS = 100;
    /** Most edits read from one answer; far more than any shortest script here needs. */
    private static final int MAX_EDITS = 1_000;
    private static final Set<String> FILLER = Set.of("at", "with", "by", "position", "pos", "letter", "the", "to", "and", "then");

    /** The two strings and their edit distance (kept for checking, never shown). */
    public record Puzzle(String source, String target, int distance) {
        public Puzzle {
            requireNonNull(source, "source is null");
            requireNonNull(target, "target is null");
        }
    }

    /** One edit: kind is insert, delete or replace; position counts from 1 in the string as it is before this edit. */
    public record Edit(String kind, int position, char letter) {
        public Edit {
            requireNonNull(kind, "kind is null");
        }

        @Override
        public String toString() {
            return switch (kind) {
                case "insert" -> "insert " + letter + " at " + position;
                case "delete" -> "delete " + position;
                default -> "replace " + position + " with " + letter;
            };
        }
    }

    /** The claimed script, in the order its edits are applied. */
    public record Answer(List<Edit> edits) {
        public Answer {
            edits = List.copyOf(edits);
        }
    }

    public EditDistanceBootcamp() {
        super(INFO, Codec.of(EditDistanceBootcamp::write, EditDistanceBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(LENGTH, Draw.scale(level, 5, 22))
                .with(EDITS, Draw.scale(level, 2, 12))
                .with(ALPHABET, Draw.scale(level, 4, 8));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int alphabet = knobs.get(ALPHABET);
        Puzzle puzzle = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String source = Draw.letters(knobs.get(LENGTH), alphabet, 'a', random);
            StringBuilder target = new StringBuilder(source);
            for (int edit = 0; edit < knobs.get(EDITS); edit++) {
                int kind = target.length() == 0 ? 0 : random.nextInt(3);
                switch (kind) {
                    case 0 -> target.insert(random.nextInt(target.length() + 1), (char) ('a' + random.nextInt(alphabet)));
                    case 1 -> target.deleteCharAt(random.nextInt(target.length()));
                    default -> target.setCharAt(random.nextInt(target.length()), (char) ('a' + random.nextInt(alphabet)));
                }
            }
            puzzle = new Puzzle(source, target.toString(), table(source, target.toString())[source.length()][target.length()]);
            if (puzzle.distance() > 0 && !puzzle.target().isEmpty()) {
                return puzzle;
            }
        }
        return puzzle;
    }

    @Override
    public String question(Puzzle puzzle) {
        return "An edit changes a string of letters by one letter in one of three ways: insert a letter anywhere, delete a letter, or"
                + " replace a letter with a different one. The edit distance between two strings is the smallest number of"
                + " edits that turns the first string into the second.\n\n"
                + "Give a shortest list of edits that turns the first string into the second. Write each edit as one of\n"
                + "  insert LETTER at POSITION   (the new letter becomes letter number POSITION)\n"
                + "  delete POSITION\n"
                + "  replace POSITION with LETTER\n"
                + "Positions count from 1 and refer to the string as it is just before that edit, so earlier edits shift later"
                + " positions; listing the edits from the end of the string towards its start avoids the shift. Separate the"
                + " edits with commas. For example, kitten becomes sitting with: insert g at 7, replace 5 with i, replace 1 with s.\n\n"
                + "First: " + puzzle.source() + "\nSecond: " + puzzle.target() + "\n\n"
                + "Answer with the list of edits only. It is correct when applying it to the first string gives the second and"
                + " no shorter list does.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        String source = puzzle.source();
        String target = puzzle.target();
        int[][] table = table(source, target);
        List<Edit> edits = new ArrayList<>();
        int i = source.length();
        int j = target.length();
        // Walking back from the end emits edits at falling positions, so each leaves the earlier positions unchanged.
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && source.charAt(i - 1) == target.charAt(j - 1) && table[i][j] == table[i - 1][j - 1]) {
                i--;
                j--;
            } else if (i > 0 && j > 0 && table[i][j] == table[i - 1][j - 1] + 1) {
                edits.add(new Edit("replace", i, target.charAt(j - 1)));
                i--;
                j--;
            } else if (i > 0 && table[i][j] == table[i - 1][j] + 1) {
                edits.add(new Edit("delete", i, ' '));
                i--;
            } else {
                edits.add(new Edit("insert", i + 1, target.charAt(j - 1)));
                j--;
            }
        }
        return new Answer(edits);
    }

    private static String write(Answer answer) {
        return String.join(", ", answer.edits().stream().map(Edit::toString).toList());
    }

    private static Answer read(String text) {
        List<String> words = StepWords.of(text, FILLER, 3 * MAX_EDITS, "more than " + MAX_EDITS + " edits");
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            String verb = words.get(i);
            switch (verb) {
                case "insert" -> {
                    edits.add(new Edit("insert", position(words, i + 2, verb), letter(words, i + 1, verb)));
                    i += 3;
                }
                case "delete" -> {
                    edits.add(new Edit("delete", position(words, i + 1, verb), ' '));
                    i += 2;
                }
                case "replace", "substitute" -> {
                    edits.add(new Edit("replace", position(words, i + 1, verb), letter(words, i + 2, verb)));
                    i += 3;
                }
                default -> throw new AnswerFormatException("expected an edit insert, delete or replace, found '" + Answers.abbreviate(verb) + "'");
            }
        }
        if (edits.isEmpty()) {
            throw new AnswerFormatException("no edits found");
        }
        return new Answer(edits);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        StringBuilder text = new StringBuilder(puzzle.source());
        for (int k = 0; k < answer.edits().size(); k++) {
            Edit edit = answer.edits().get(k);
            int limit = edit.kind().equals("insert") ? text.length() + 1 : text.length();
            if (edit.position() < 1 || edit.position() > limit) {
                return Score.wrong("edit " + (k + 1) + " (" + edit + ") is outside the string " + text);
            }
            int at = edit.position() - 1;
            switch (edit.kind()) {
                case "insert" -> text.insert(at, edit.letter());
                case "delete" -> text.deleteCharAt(at);
                default -> {
                    if (text.charAt(at) == edit.letter()) {
                        return Score.wrong("edit " + (k + 1) + " (" + edit + ") replaces a letter with itself");
                    }
                    text.setCharAt(at, edit.letter());
                }
            }
        }
        if (!text.toString().equals(puzzle.target())) {
            return Score.wrong("the edits give " + abbreviate(text) + ", not " + puzzle.target());
        }
        if (answer.edits().size() != puzzle.distance()) {
            return Score.wrong(answer.edits().size() + " edits reach the second string, but " + puzzle.distance() + " suffice");
        }
        return Score.correct("a shortest script of " + puzzle.distance() + " edits");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Edit> edits = gold.edits();
        List<Answer> misses = new ArrayList<>();
        if (edits.size() > 1) {
            misses.add(new Answer(edits.subList(0, edits.size() - 1)));
        }
        List<Edit> shifted = new ArrayList<>(edits);
        Edit first = edits.get(0);
        shifted.set(0, new Edit(first.kind(), first.position() > 1 ? first.position() - 1 : first.position() + 1, first.letter()));
        misses.add(new Answer(shifted));
        // Rewriting everything is a valid script but not a shortest one.
        List<Edit> rewrite = new ArrayList<>();
        for (int k = 0; k < puzzle.source().length(); k++) {
            rewrite.add(new Edit("delete", 1, ' '));
        }
        for (int k = 0; k < puzzle.target().length(); k++) {
            rewrite.add(new Edit("insert", k + 1, puzzle.target().charAt(k)));
        }
        misses.add(new Answer(rewrite));
        // Next to a repeated letter the shifted edit is just as good, so keep only the misses that really miss.
        return misses.stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return (double) puzzle.source().length() * puzzle.target().length();
    }

    private static int position(List<String> words, int at, String verb) {
        if (at >= words.size() || !words.get(at).chars().allMatch(Character::isDigit) || words.get(at).length() > 6) {
            throw new AnswerFormatException("'" + verb + "' needs a position (a number from 1)");
        }
        return Integer.parseInt(words.get(at));
    }

    private static char letter(List<String> words, int at, String verb) {
        if (at >= words.size() || words.get(at).length() != 1 || words.get(at).charAt(0) < 'a' || words.get(at).charAt(0) > 'z') {
            throw new AnswerFormatException("'" + verb + "' needs one letter a to z");
        }
        return words.get(at).charAt(0);
    }

    private static String abbreviate(CharSequence text) {
        return text.length() <= 60 ? text.toString() : text.subSequence(0, 57) + "...";
    }

    /** Wagner-Fischer: table[i][j] is the distance from the first i letters of source to the first j of target. */
    private static int[][] table(String source, String target) {
        int[][] table = new int[source.length() + 1][target.length() + 1];
        for (int i = 0; i <= source.length(); i++) {
            for (int j = 0; j <= target.length(); j++) {
                if (i == 0 || j == 0) {
                    table[i][j] = i + j;
                    continue;
                }
                int replace = table[i - 1][j - 1] + (source.charAt(i - 1) == target.charAt(j - 1) ? 0 : 1);
                table[i][j] = Math.min(replace, Math.min(table[i - 1][j], table[i][j - 1]) + 1);
            }
        }
        return table;
    }
}
