package dev.bootcamp.camps.spatial;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Codecs;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Grid;
import dev.bootcamp.camps.kit.Grid.Cell;
import dev.bootcamp.camps.kit.spatial.Shapes;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Polyomino matching: for each drawn candidate, the turn or mirror that maps the target shape onto it, or none. */
@AutoService(Bootcamp.class)
public final class PolyominoMatchingBootcamp extends Camp<PolyominoMatchingBootcamp.Puzzle, PolyominoMatchingBootcamp.Answer> {
    private static final Knob<Integer> CELLS = Knob.integer("cells", 4, 14, 6, "squares in the shape");
    private static final Knob<Integer> CANDIDATES = Knob.integer("candidates", 1, 8, 3, "number of candidate shapes");
    private static final BootcampInfo INFO = BootcampInfo.builder(PolyominoMatchingBootcamp.class)
            .title("Polyomino matching")
            .domain("spatial")
            .tags("spatial", "polyomino", "rotation", "reflection", "witness")
            .summary("A target shape made of unit squares and several candidate shapes are drawn. For each candidate, name"
                    + " a transformation (a quarter, half or three-quarter turn clockwise, optionally after a left-right"
                    + " mirror) that turns the target into exactly the candidate, or say none when no turn or mirror does."
                    + " Near-miss candidates differ from the target by one moved square. Each named transformation is"
                    + " applied and compared, so any one that works is right. All candidates must be right; no partial credit.")
            .knob(CELLS)
            .knob(CANDIDATES)
            .version(1)
            .answerShape("one code per candidate in order (r0, r90, r180, r270, m0, m90, m180, m270 or none), separated by spaces")
            .severalAnswers()
            .build();

    private static final List<String> CODES = List.of("r0", "r90", "r180", "r270", "m0", "m90", "m180", "m270");

    /** The target and the candidates, each drawn as rows of '#' and '.'. */
    public record Puzzle(List<String> target, List<List<String>> candidates) {
        public Puzzle {
            target = List.copyOf(target);
            candidates = candidates.stream().map(List::copyOf).toList();
        }
    }

    /** One code per candidate: a transformation or "none". */
    public record Answer(List<String> codes) {
        public Answer {
            codes = List.copyOf(codes);
        }
    }

    public PolyominoMatchingBootcamp() {
        super(INFO, Codecs.items(Codec.of(code -> code, PolyominoMatchingBootcamp::code), " ").map(Answer::new, Answer::codes));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(CELLS, Draw.scale(level, 5, 14)).with(CANDIDATES, Draw.scale(level, 4, 7));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<Cell> target = Shapes.random(knobs.get(CELLS), random);
        List<List<String>> candidates = new ArrayList<>();
        int count = knobs.get(CANDIDATES);
        int matching = random.nextInt(count);
        for (int i = 0; i < count; i++) {
            boolean match = i == matching || random.nextBoolean();
            List<Cell> shape = match ? Shapes.transform(target, random.nextInt(8)) : Shapes.transform(nearMiss(target, random), random.nextInt(8));
            // A candidate drawn exactly as the target would make r0 a free answer; draw it turned instead.
            for (int t = 1; t < 8 && shape.equals(target); t++) {
                shape = Shapes.transform(target, t);
            }
            candidates.add(Shapes.draw(shape, '#', '.'));
        }
        return new Puzzle(Shapes.draw(target, '#', '.'), candidates);
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("Shapes are drawn with # for a unit square and . for empty space. The target shape:\n\n")
                .append(Grid.of(puzzle.target()).render()).append("\n\nThe candidates:\n");
        for (int i = 0; i < puzzle.candidates().size(); i++) {
            text.append("\nCandidate ").append(i + 1).append(":\n").append(Grid.of(puzzle.candidates().get(i)).render()).append('\n');
        }
        text.append("\nA transformation is written with a code: r0 leaves the shape as it is; r90, r180 and r270 turn it")
                .append(" clockwise by 90, 180 or 270 degrees; m0 mirrors it left to right (each row reversed); m90, m180")
                .append(" and m270 first mirror it left to right and then turn it clockwise by 90, 180 or 270 degrees. A")
                .append(" shape may be moved freely, so only its form and orientation matter. For each candidate, give a code")
                .append(" that turns the target into exactly that candidate, or the word none if no code does (the candidate")
                .append(" is a different shape). When several codes work, any of them is accepted. Answer with ")
                .append(puzzle.candidates().size()).append(" words, one per candidate in order, separated by spaces or commas, for")
                .append(" example (three candidates, written with commas): m180, none, r90");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        List<Cell> target = cells(puzzle.target());
        List<String> codes = new ArrayList<>();
        for (List<String> candidate : puzzle.candidates()) {
            String found = "none";
            for (int t = 0; t < 8 && found.equals("none"); t++) {
                found = Shapes.transform(target, t).equals(Shapes.normalise(cells(candidate))) ? CODES.get(t) : "none";
            }
            codes.add(found);
        }
        return new Answer(codes);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int count = puzzle.candidates().size();
        if (answer.codes().size() != count) {
            return Score.malformed("expected " + count + " codes, one per candidate, found " + answer.codes().size());
        }
        List<Cell> target = cells(puzzle.target());
        for (int i = 0; i < count; i++) {
            List<Cell> candidate = Shapes.normalise(cells(puzzle.candidates().get(i)));
            String code = answer.codes().get(i);
            if (code.equals("none")) {
                if (Shapes.congruent(target, candidate, true)) {
                    return Score.wrong("candidate " + (i + 1) + " is the target turned or mirrored, not none");
                }
            } else if (!Shapes.transform(target, CODES.indexOf(code)).equals(candidate)) {
                return Score.wrong(code + " does not turn the target into candidate " + (i + 1));
            }
        }
        return Score.correct("every candidate is matched or ruled out correctly");
    }

    /** One code changed: a match called none, or another transformation that does not fit. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        for (int i = 0; i < gold.codes().size() && misses.size() < 3; i++) {
            List<String> codes = new ArrayList<>(gold.codes());
            codes.set(i, codes.get(i).equals("none") ? "r0" : "none");
            Answer miss = new Answer(codes);
            if (check(puzzle, miss).reward() < 1) {
                misses.add(miss);
            }
        }
        return misses;
    }

    /** Squares compared, over the eight transformations, for each candidate. */
    @Override
    public double cost(Puzzle puzzle) {
        return (double) cells(puzzle.target()).size() * puzzle.candidates().size();
    }

    private static String code(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!lower.equals("none") && !CODES.contains(lower)) {
            throw new AnswerFormatException("expected one of " + String.join(", ", CODES) + " or none, found '" + Answers.abbreviate(word) + "'");
        }
        return lower;
    }

    private static List<Cell> cells(List<String> rows) {
        return Grid.of(rows).cells('#');
    }

    /** The shape with one square moved elsewhere, still in one piece and no longer the same free shape. */
    private static List<Cell> nearMiss(List<Cell> shape, RandomGenerator random) {
        String key = Shapes.freeKey(shape);
        while (true) {
            List<Cell> moved = new ArrayList<>(shape);
            moved.remove(random.nextInt(moved.size()));
            Cell from = moved.get(random.nextInt(moved.size()));
            int[][] sides = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
            int[] side = sides[random.nextInt(4)];
            Cell added = new Cell(from.row() + side[0], from.column() + side[1]);
            if (!moved.contains(added)) {
                moved.add(added);
                if (Shapes.connected(moved) && !Shapes.freeKey(moved).equals(key)) {
                    return Shapes.normalise(moved);
                }
            }
        }
    }
}
