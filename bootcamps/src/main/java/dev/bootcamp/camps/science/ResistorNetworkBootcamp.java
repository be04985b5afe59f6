package dev.bootcamp.camps.science;

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
import dev.bootcamp.camps.science.ResistorNetworkGenerator.Part;
import dev.bootcamp.verify.Answers;
import dev.bootcamp.verify.Rational;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** The exact equivalent resistance of a series-parallel network of resistors, described as blocks or as a netlist. */
@AutoService(Bootcamp.class)
public final class ResistorNetworkBootcamp extends Camp<ResistorNetworkBootcamp.Puzzle, ResistorNetworkBootcamp.Answer> {
    private static final Knob<Integer> RESISTORS = Knob.integer("resistors", 2, 40, 5, "number of resistors");
    private static final Knob<Integer> MAX_OHMS = Knob.integer("max-ohms", 1, 1000, 20, "largest resistance in ohms (resistances are 1..max-ohms)");
    private static final Knob<Boolean> NETLIST = Knob.flag("netlist", false, "describe the network as resistors between nodes instead of named blocks");
    private static final BootcampInfo INFO = BootcampInfo.builder(ResistorNetworkBootcamp.class)
            .title("Equivalent resistance of a resistor network")
            .domain("science")
            .tags("physics", "circuits", "fractions", "series-parallel")
            .summary("A random series-parallel network of resistors with whole-number resistances, described either as"
                    + " named blocks (this block is R1 and R2 in series...) or, at higher levels, as a netlist of resistors"
                    + " between numbered nodes that must first be recognised as series and parallel groups. The answer is"
                    + " the exact equivalent resistance between terminals A and B in ohms, as an integer or a fraction;"
                    + " an exactly equal decimal is accepted and anything else is WRONG. The value, found by series and"
                    + " parallel reduction, is cross-checked by nodal analysis of the netlist.")
            .knob(RESISTORS)
            .knob(MAX_OHMS)
            .knob(NETLIST)
            .version(2)
            .answerShape("the exact resistance in ohms as an integer or a fraction in lowest terms (such as 37/6)")
            .uniqueSolution()
            .build();

    private static final int MAX_ANSWER = 400;

    /** A resistor between two nodes. */
    public record Edge(String resistor, String from, String to, int ohms) {
        public Edge {
            requireNonNull(resistor, "resistor is null");
            requireNonNull(from, "from is null");
            requireNonNull(to, "to is null");
        }
    }

    /**
     * The resistors as a netlist (always kept: it is the independent check), the block description (empty in netlist
     * mode), which description is shown, and the exact resistance.
     */
    public record Puzzle(List<Edge> edges, List<String> blocks, boolean netlist, Rational resistance) {
        public Puzzle {
            edges = List.copyOf(edges);
            blocks = List.copyOf(blocks);
            requireNonNull(resistance, "resistance is null");
        }
    }

    public record Answer(Rational resistance) {
        public Answer {
            requireNonNull(resistance, "resistance is null");
        }
    }

    public ResistorNetworkBootcamp() {
        super(INFO, Codec.of(ResistorNetworkBootcamp::write, ResistorNetworkBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] resistors = {3, 3, 4, 5, 6, 7, 9, 11, 13, 16};
        int[] ohms = {20, 24, 24, 30, 30, 50, 60, 80, 100, 100};
        return INFO.defaults()
                .with(RESISTORS, resistors[level - 1])
                .with(MAX_OHMS, ohms[level - 1])
                .with(NETLIST, level >= 5);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(RESISTORS);
        Part root = ResistorNetworkGenerator.build(count, random.nextBoolean(), knobs.get(MAX_OHMS), random);
        int[] names = Draw.permutation(count, random);
        List<Edge> edges = new ArrayList<>();
        List<String> internal = new ArrayList<>();
        wire(root, "A", "B", edges, internal);
        int[] labels = Draw.permutation(internal.size(), random);
        List<Edge> named = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            Edge edge = edges.get(i);
            named.add(new Edge("R" + (names[i] + 1), label(edge.from(), internal, labels), label(edge.to(), internal, labels), edge.ohms()));
        }
        List<String> blocks = new ArrayList<>();
        if (!knobs.get(NETLIST)) {
            String whole = describe(root, new int[] {0}, new int[] {0}, named, blocks);
            blocks.add("Terminal A is at one end of block " + whole + " and terminal B at the other.");
        }
        if (knobs.get(NETLIST)) {
            Draw.shuffle(named, random);
        }
        named.sort(Comparator.comparingInt(edge -> Integer.parseInt(edge.resistor().substring(1))));
        return new Puzzle(named, blocks, knobs.get(NETLIST), root.value());
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        if (puzzle.netlist()) {
            text.append("A network of ").append(puzzle.edges().size()).append(" resistors connects two terminals, A and B,")
                    .append(" through junction nodes numbered N1, N2 and so on. Each line gives a resistor, its resistance")
                    .append(" and the two nodes it joins:\n\n");
            for (Edge edge : puzzle.edges()) {
                text.append(edge.resistor()).append(": ").append(ohms(edge.ohms())).append(", between ").append(edge.from())
                        .append(" and ").append(edge.to()).append('\n');
            }
        } else {
            text.append("A network of ").append(puzzle.edges().size()).append(" resistors is built from these resistors:\n\n");
            for (Edge edge : puzzle.edges()) {
                text.append(edge.resistor()).append(" = ").append(ohms(edge.ohms())).append('\n');
            }
            text.append("\nIt is assembled in named blocks, each made of resistors or earlier blocks connected all in series")
                    .append(" or all in parallel:\n\n");
            for (String block : puzzle.blocks()) {
                text.append(block).append('\n');
            }
        }
        text.append("\nWhat is the equivalent resistance between terminals A and B? Give the exact value in ohms as an")
                .append(" integer or a fraction in lowest terms (a decimal is accepted only if it is exactly equal).");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.resistance());
    }

    private static String write(Answer answer) {
        return answer.resistance().toString();
    }

    private static Answer read(String text) {
        if (text.length() > MAX_ANSWER) {
            throw new AnswerFormatException("the answer is longer than " + MAX_ANSWER + " characters");
        }
        String body = Answers.stripDecoration(text.replace("\\(", "").replace("\\)", "")).replace("\u03a9", "").replace("\u2126", "").strip();
        String lower = body.toLowerCase(Locale.ROOT);
        for (String unit : List.of("ohms", "ohm")) {
            if (lower.endsWith(unit)) {
                body = body.substring(0, body.length() - unit.length()).strip();
                break;
            }
        }
        return new Answer(Answers.rational(body));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (answer.resistance().equals(puzzle.resistance())) {
            return Score.correct("the equivalent resistance is " + puzzle.resistance() + " ohms");
        }
        return Score.wrong("found " + Answers.abbreviate(answer.resistance().toString()) + " ohms, which is not the equivalent resistance");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        Rational value = puzzle.resistance();
        List<Rational> misses = new ArrayList<>();
        misses.add(value.add(Rational.ONE));
        misses.add(Rational.ONE.divide(value));
        Rational series = Rational.ZERO;
        Rational conductance = Rational.ZERO;
        for (Edge edge : puzzle.edges()) {
            series = series.add(Rational.of(edge.ohms()));
            conductance = conductance.add(Rational.of(1, edge.ohms()));
        }
        misses.add(series);
        misses.add(Rational.ONE.divide(conductance));
        BigDecimal rounded = new BigDecimal(value.numerator()).divide(new BigDecimal(value.denominator()), 2, RoundingMode.HALF_UP);
        misses.add(Rational.of(rounded));
        return misses.stream().filter(miss -> !miss.equals(value)).distinct().map(Answer::new).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.edges().size() * (puzzle.netlist() ? 2 : 1);
    }

    /** Nodal analysis of the netlist with exact fractions, independent of the series-parallel reduction. */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        return ResistorNetworkNodal.resistance(puzzle.edges()).equals(puzzle.resistance()) ? Math.min(1, limit) : 0;
    }

    private static String ohms(int ohms) {
        return ohms + (ohms == 1 ? " ohm" : " ohms");
    }

    /** Lays the part out between two nodes, naming new junctions "#0", "#1"... in order of creation. */
    private static void wire(Part part, String from, String to, List<Edge> edges, List<String> internal) {
        if (part.children().isEmpty()) {
            edges.add(new Edge("", from, to, part.ohms()));
            return;
        }
        if (!part.series()) {
            part.children().forEach(child -> wire(child, from, to, edges, internal));
            return;
        }
        String previous = from;
        for (int i = 0; i < part.children().size(); i++) {
            String next = to;
            if (i < part.children().size() - 1) {
                next = "#" + internal.size();
                internal.add(next);
            }
            wire(part.children().get(i), previous, next, edges, internal);
            previous = next;
        }
    }

    private static String label(String node, List<String> internal, int[] labels) {
        return node.startsWith("#") ? "N" + (labels[internal.indexOf(node)] + 1) : node;
    }

    /** Writes block lines bottom-up and returns the name of {@code part}: its resistor, or a new block X1, X2... */
    private static String describe(Part part, int[] leaf, int[] block, List<Edge> named, List<String> blocks) {
        if (part.children().isEmpty()) {
            return named.get(leaf[0]++).resistor();
        }
        List<String> names = new ArrayList<>();
        for (Part child : part.children()) {
            names.add(describe(child, leaf, block, named, blocks));
        }
        String name = "X" + (++block[0]);
        String list = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        blocks.add("Block " + name + ": " + list + " connected in " + (part.series() ? "series" : "parallel") + ".");
        return name;
    }
}
