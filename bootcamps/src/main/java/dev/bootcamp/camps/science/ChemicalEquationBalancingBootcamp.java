package dev.bootcamp.camps.science;

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
import dev.bootcamp.camps.kit.ExactMatrix;
import dev.bootcamp.camps.science.ChemicalEquationBalancingReactions.Reaction;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** Balance a real chemical equation with the smallest positive whole-number coefficients. */
@AutoService(Bootcamp.class)
public final class ChemicalEquationBalancingBootcamp extends Camp<ChemicalEquationBalancingBootcamp.Puzzle, ChemicalEquationBalancingBootcamp.Answer> {
    private static final Knob<Integer> MIN_TOTAL = Knob.integer("min-total", 3, 2000, 5, "smallest sum of the balanced coefficients");
    private static final Knob<Integer> MAX_TOTAL = Knob.integer("max-total", 3, 2000, 12, "largest sum of the balanced coefficients (the reaction with the"
            + " nearest sum is used when none lies between the two)");
    private static final Knob<Boolean> IONS = Knob.flag("ions", false, "also draw ionic equations, where charge must balance too");
    private static final BootcampInfo INFO = BootcampInfo.builder(ChemicalEquationBalancingBootcamp.class)
            .title("Balancing chemical equations")
            .domain("science")
            .tags("chemistry", "stoichiometry", "redox", "linear-algebra")
            .summary("Balance a reaction (synthesis, combustion, acid-base, redox, and at higher levels ionic equations"
                    + " with charges) whose balancing is unique up to scale: seven in eight are built from parts with real"
                    + " valences (an organic compound burnt, a hydroxide, oxide or carbonate with an acid, two salts"
                    + " exchanging ions, a metal with an acid, a salt or a non-metal), the rest drawn from a table of"
                    + " about 180 real reactions; the reference coefficients come from exact elimination over the rationals. The answer is one"
                    + " coefficient per substance in the order shown; it is CORRECT when every coefficient is at least 1,"
                    + " every element (and the charge) balances, and the coefficients have no common factor. A positive"
                    + " multiple of the answer balances but is not minimal and is WRONG, as is any unbalanced set.")
            .knob(MIN_TOTAL)
            .knob(MAX_TOTAL)
            .knob(IONS)
            .version(2)
            .answerShape("the coefficients in the order the substances appear, separated by spaces (including each 1)")
            .uniqueSolution()
            .build();

    /** The substances of each side in the order shown (table notation: charges as {2+}, hydrates with *), and the balancing. */
    public record Puzzle(List<String> reactants, List<String> products, List<Integer> coefficients) {
        public Puzzle {
            reactants = List.copyOf(reactants);
            products = List.copyOf(products);
            coefficients = List.copyOf(coefficients);
        }
    }

    /** One coefficient per substance, reactants first. */
    public record Answer(List<Integer> coefficients) {
        public Answer {
            coefficients = List.copyOf(coefficients);
        }
    }

    public ChemicalEquationBalancingBootcamp() {
        super(INFO, Codec.of(ChemicalEquationBalancingBootcamp::write, ChemicalEquationBalancingBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        int[] lowest = {7, 8, 9, 10, 12, 14, 17, 21, 26, 30};
        int[] highest = {14, 20, 22, 26, 30, 36, 44, 54, 70, 2000};
        return INFO.defaults()
                .with(MIN_TOTAL, lowest[level - 1])
                .with(MAX_TOTAL, highest[level - 1])
                .with(IONS, level >= 6);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int low = knobs.get(MIN_TOTAL);
        int high = Math.max(low, knobs.get(MAX_TOTAL));
        boolean ions = knobs.get(IONS);
        Reaction built = random.nextInt(8) == 0 ? null : ChemicalEquationBalancingFamilies.draw(low, high, random);
        return built != null ? shuffled(built, random) : shuffled(fromTable(low, high, ions, random), random);
    }

    private static Reaction fromTable(int low, int high, boolean ions, RandomGenerator random) {
        List<Reaction> allowed = ChemicalEquationBalancingReactions.ALL.stream().filter(reaction -> ions || !reaction.ionic()).toList();
        List<Reaction> pool = allowed.stream().filter(reaction -> reaction.total() >= low && reaction.total() <= high).toList();
        if (pool.isEmpty()) {
            int middle = low + (high - low) / 2;
            pool = List.of(allowed.stream().min(Comparator.comparingInt(reaction -> Math.abs(reaction.total() - middle))).orElseThrow());
        }
        return Draw.pick(pool, random);
    }

    /** The reaction with the substances of each side in a random order. */
    private static Puzzle shuffled(Reaction reaction, RandomGenerator random) {
        int[] reactantOrder = Draw.permutation(reaction.reactants().size(), random);
        int[] productOrder = Draw.permutation(reaction.products().size(), random);
        List<String> reactants = new ArrayList<>();
        List<String> products = new ArrayList<>();
        List<Integer> coefficients = new ArrayList<>();
        for (int index : reactantOrder) {
            reactants.add(reaction.reactants().get(index));
            coefficients.add(reaction.coefficients().get(index));
        }
        for (int index : productOrder) {
            products.add(reaction.products().get(index));
            coefficients.add(reaction.coefficients().get(reaction.reactants().size() + index));
        }
        return new Puzzle(reactants, products, coefficients);
    }

    @Override
    public String question(Puzzle puzzle) {
        boolean charged = species(puzzle).stream().anyMatch(formula -> formula.contains("{"));
        boolean hydrate = species(puzzle).stream().anyMatch(formula -> formula.contains("*"));
        StringBuilder text = new StringBuilder("Balance this chemical equation:\n\n    ");
        text.append(String.join(" + ", puzzle.reactants().stream().map(ChemicalEquationBalancingReactions::display).toList()))
                .append(" \u2192 ")
                .append(String.join(" + ", puzzle.products().stream().map(ChemicalEquationBalancingReactions::display).toList()))
                .append("\n\n");
        if (charged) {
            text.append("Charges of ions are written after ^ (Fe^3+ is an iron ion with charge +3, MnO4^- has charge -1). ");
        }
        if (hydrate) {
            text.append("A formula with \u00b7 is a hydrate: CuSO4\u00b75H2O is one CuSO4 unit with five water molecules. ");
        }
        text.append("Give each substance a whole-number coefficient so that every element has the same number of atoms on")
                .append(" both sides").append(charged ? " and the total charge is the same on both sides" : "")
                .append(". Every coefficient must be at least 1, and the coefficients must be the smallest possible, with")
                .append(" no common factor greater than 1.\n\nAnswer with the ").append(species(puzzle).size())
                .append(" coefficients in the order the substances appear above, from left to right, separated by spaces;")
                .append(" write 1 where the coefficient is 1.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.coefficients());
    }

    private static String write(Answer answer) {
        return String.join(" ", answer.coefficients().stream().map(String::valueOf).toList());
    }

    private static Answer read(String text) {
        List<String> tokens = Answers.tokens(text);
        if (tokens.isEmpty()) {
            throw new AnswerFormatException("no coefficients found");
        }
        if (tokens.size() > 64) {
            throw new AnswerFormatException("expected one coefficient per substance, found " + tokens.size() + " numbers");
        }
        return new Answer(tokens.stream().map(Answers::intValue).toList());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<String> species = species(puzzle);
        List<Integer> coefficients = answer.coefficients();
        if (coefficients.size() != species.size()) {
            return Score.wrong("expected " + species.size() + " coefficients, one per substance, found " + coefficients.size());
        }
        for (int i = 0; i < coefficients.size(); i++) {
            if (coefficients.get(i) < 1) {
                return Score.wrong("the coefficient of " + ChemicalEquationBalancingReactions.display(species.get(i)) + " is "
                        + coefficients.get(i) + "; every coefficient must be at least 1");
            }
        }
        Map<String, Long> left = totals(puzzle.reactants(), coefficients.subList(0, puzzle.reactants().size()));
        Map<String, Long> right = totals(puzzle.products(), coefficients.subList(puzzle.reactants().size(), coefficients.size()));
        TreeMap<String, Long> elements = new TreeMap<>(left);
        right.forEach(elements::putIfAbsent);
        for (String element : elements.keySet()) {
            long before = left.getOrDefault(element, 0L);
            long after = right.getOrDefault(element, 0L);
            if (before != after) {
                String what = element.equals(ChemicalEquationBalancingReactions.CHARGE) ? "the total charge is " : element + " has ";
                String unit = element.equals(ChemicalEquationBalancingReactions.CHARGE) ? "" : " atoms";
                return Score.wrong("not balanced: " + what + before + unit + " on the left but " + after + " on the right");
            }
        }
        long common = 0;
        for (int coefficient : coefficients) {
            common = gcd(common, coefficient);
        }
        if (common > 1) {
            return Score.wrong("balanced, but every coefficient is divisible by " + common + "; the smallest coefficients are required");
        }
        return Score.correct("balanced with the smallest whole-number coefficients");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Integer> coefficients = gold.coefficients();
        List<List<Integer>> misses = new ArrayList<>();
        misses.add(coefficients.stream().map(value -> 2 * value).toList());
        List<Integer> bumped = new ArrayList<>(coefficients);
        int at = random.nextInt(bumped.size());
        bumped.set(at, bumped.get(at) + 1);
        misses.add(bumped);
        misses.add(coefficients.stream().map(value -> 1).toList());
        for (int i = 0; i + 1 < coefficients.size(); i++) {
            if (!coefficients.get(i).equals(coefficients.get(i + 1))) {
                List<Integer> swapped = new ArrayList<>(coefficients);
                swapped.set(i, coefficients.get(i + 1));
                swapped.set(i + 1, coefficients.get(i));
                misses.add(swapped);
                break;
            }
        }
        misses.add(coefficients.subList(0, coefficients.size() - 1));
        return misses.stream().filter(miss -> !miss.equals(coefficients)).distinct().map(Answer::new).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.coefficients().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Independent of the elimination that found the coefficients: the composition matrix has rank one less than the
     * number of substances (so balancings form a single ray, found by the kit's rank), and the stored coefficients lie
     * on it with no common factor.
     */
    @Override
    public long countSolutions(Puzzle puzzle, long limit) {
        int rank = ExactMatrix.rank(ChemicalEquationBalancingReactions.matrix(puzzle.reactants(), puzzle.products()));
        int species = species(puzzle).size();
        if (rank < species - 1) {
            return limit;
        }
        return check(puzzle, new Answer(puzzle.coefficients())).passed() ? Math.min(1, limit) : 0;
    }

    private static List<String> species(Puzzle puzzle) {
        List<String> all = new ArrayList<>(puzzle.reactants());
        all.addAll(puzzle.products());
        return all;
    }

    private static Map<String, Long> totals(List<String> formulas, List<Integer> coefficients) {
        Map<String, Long> totals = new TreeMap<>();
        for (int i = 0; i < formulas.size(); i++) {
            long coefficient = coefficients.get(i);
            ChemicalEquationBalancingReactions.composition(formulas.get(i)).forEach((element, count) -> totals.merge(element, coefficient * count, Long::sum));
        }
        return totals;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
