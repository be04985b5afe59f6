package dev.bootcamp.camps.spatial;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Grid;
import dev.bootcamp.camps.kit.Grid.Cell;
import dev.bootcamp.camps.kit.spatial.CubeNets;
import dev.bootcamp.camps.kit.spatial.LetterPairs;
import dev.bootcamp.camps.kit.spatial.Shapes;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Cube net folding: lettered nets of a cube are folded; give the three pairs of opposite letters of each. */
@AutoService(Bootcamp.class)
public final class CubeNetFoldingBootcamp extends Camp<CubeNetFoldingBootcamp.Puzzle, CubeNetFoldingBootcamp.Answer> {
    private static final Knob<Integer> NETS = Knob.integer("nets", 1, 8, 2, "number of nets to fold");
    private static final BootcampInfo INFO = BootcampInfo.builder(CubeNetFoldingBootcamp.class)
            .title("Cube net folding")
            .domain("spatial")
            .tags("spatial", "cube", "net", "folding", "mental-rotation")
            .summary("Each of one or more flat shapes of six lettered squares folds up into a cube (the net is drawn at a"
                    + " random rotation and reflection). For each net, answer the three pairs of letters that end up on"
                    + " opposite faces. Every pair of every net must be right; no partial credit.")
            .knob(NETS)
            .version(1)
            .answerShape("one line per net, each with its three pairs of opposite letters written like A-B")
            .build();

    /** Each net as rows of letters and '.' for no square. */
    public record Puzzle(List<List<String>> nets) {
        public Puzzle {
            nets = nets.stream().map(List::copyOf).toList();
        }
    }

    /** Letters in pairs, three pairs a net, nets in order; each pair two letters. */
    public record Answer(List<String> pairs) {
        public Answer {
            pairs = List.copyOf(pairs);
        }
    }

    public CubeNetFoldingBootcamp() {
        super(INFO, LetterPairs.codec().map(Answer::new, Answer::pairs));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(NETS, Draw.scale(level, 1, 5));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> alphabet = new ArrayList<>();
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            alphabet.add(String.valueOf(letter));
        }
        List<List<String>> nets = new ArrayList<>();
        for (int i = 0; i < knobs.get(NETS); i++) {
            List<Cell> squares = Shapes.transform(CubeNets.random(random), random.nextInt(8));
            List<String> letters = Draw.sample(alphabet, 6, random);
            Grid grid = Grid.of(Shapes.draw(squares, '#', '.'));
            int k = 0;
            for (Cell square : squares) {
                grid = grid.with(square.row(), square.column(), letters.get(k++).charAt(0));
            }
            nets.add(grid.lines());
        }
        return new Puzzle(nets);
    }

    @Override
    public String question(Puzzle puzzle) {
        int count = puzzle.nets().size();
        StringBuilder text = new StringBuilder();
        text.append(count == 1 ? "The drawing below is a net of a cube" : "Each drawing below is a net of a cube")
                .append(": six squares, each marked with a letter, joined along their sides ('.' marks a place with no")
                .append(" square). Cut out along the outline and folded along the lines between touching squares, it closes")
                .append(" up into a cube with one letter on each face.\n");
        for (int i = 0; i < count; i++) {
            text.append(count == 1 ? "\n" : "\nNet " + (i + 1) + ":\n").append(Grid.of(puzzle.nets().get(i)).render()).append('\n');
        }
        text.append("\nOn a cube every face has exactly one opposite face, the one it never touches. ")
                .append(count == 1 ? "Give the three pairs of letters on opposite faces" : "For each net, give the three pairs of letters on opposite faces")
                .append(", each pair written as two letters joined by a hyphen, the three pairs separated by spaces")
                .append(count == 1 ? "" : ", one line per net in the order of the nets").append(". For example: P-Q R-S T-U");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        List<String> pairs = new ArrayList<>();
        for (List<String> net : puzzle.nets()) {
            pairs.addAll(opposites(net));
        }
        return new Answer(pairs);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int nets = puzzle.nets().size();
        if (answer.pairs().size() != 3 * nets) {
            return Score.malformed("expected " + 3 * nets + " pairs (three per net), found " + answer.pairs().size());
        }
        for (int i = 0; i < nets; i++) {
            List<String> gold = opposites(puzzle.nets().get(i));
            List<String> given = LetterPairs.group(answer.pairs(), i);
            if (!given.equals(gold)) {
                return Score.wrong((nets == 1 ? "the pairs are" : "the pairs of net " + (i + 1) + " are") + " not the opposite faces");
            }
        }
        return Score.correct("every pair of opposite faces is right");
    }

    /** The pairs with two letters of different pairs exchanged, in one net. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> pairs = new ArrayList<>(gold.pairs());
        int net = random.nextInt(puzzle.nets().size());
        String first = pairs.get(3 * net);
        String second = pairs.get(3 * net + 1);
        pairs.set(3 * net, "" + first.charAt(0) + second.charAt(0));
        pairs.set(3 * net + 1, "" + first.charAt(1) + second.charAt(1));
        return List.of(new Answer(pairs));
    }

    /** Squares reached by rolling, weighted by how far each lies from the first square along the net. */
    @Override
    public double cost(Puzzle puzzle) {
        double total = 0;
        for (List<String> net : puzzle.nets()) {
            List<Cell> squares = squares(net);
            for (Cell square : squares) {
                total += 1 + Math.abs(square.row() - squares.get(0).row()) + Math.abs(square.column() - squares.get(0).column());
            }
        }
        return total;
    }

    /** The three opposite pairs of one net, letters of a pair in order, pairs in order. */
    static List<String> opposites(List<String> net) {
        List<Cell> squares = squares(net);
        List<Integer> faces = CubeNets.fold(squares);
        Grid grid = Grid.of(net);
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int opposite = faces.indexOf(faces.get(i) ^ 1);
            if (i < opposite) {
                pairs.add(LetterPairs.sorted("" + grid.at(squares.get(i)) + grid.at(squares.get(opposite))));
            }
        }
        return pairs.stream().sorted().toList();
    }

    private static List<Cell> squares(List<String> net) {
        return Grid.of(net).cells().stream().filter(cell -> Grid.of(net).at(cell) != '.').toList();
    }
}
