package dev.bootcamp.camps.proofs;

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
import dev.bootcamp.camps.kit.PropositionalFormula;
import dev.bootcamp.camps.kit.proofs.Prop;
import dev.bootcamp.camps.kit.proofs.PropParser;
import dev.bootcamp.camps.kit.proofs.Tables;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** An invalid propositional argument: give a countermodel, a valuation with every premise true and the conclusion false. */
@AutoService(Bootcamp.class)
public final class ArgumentCountermodelBootcamp extends Camp<ArgumentCountermodelBootcamp.Puzzle, ArgumentCountermodelBootcamp.Answer> {
    private static final Knob<Integer> VARIABLES = Knob.integer("variables", 6, 8, 7, "sentence letters in the argument");
    private static final Knob<Integer> PREMISES = Knob.integer("premises", 2, 6, 3, "number of premises");
    private static final Knob<Integer> SIZE = Knob.integer("size", 1, 4, 2, "binary connectives in each premise and the conclusion");
    private static final Knob<Integer> COUNTERMODELS = Knob.integer("countermodels", 1, 3, 1, "most valuations that refute the argument");
    private static final List<String> NAMES = List.of("P", "Q", "R", "S", "T", "U", "V", "W");
    private static final BootcampInfo INFO = BootcampInfo.builder(ArgumentCountermodelBootcamp.class)
            .title("Countermodel to an invalid argument")
            .domain("proofs")
            .tags("proofs", "propositional-logic", "countermodel", "validity")
            .summary("A propositional argument (premises and a conclusion) that is invalid is given; the answer is a"
                    + " countermodel: a true/false value for every sentence letter under which every premise is true and the"
                    + " conclusion false. At the levels only one valuation does this. The valuation is checked by evaluating"
                    + " each formula, so any countermodel is CORRECT; otherwise WRONG naming a premise that fails or the"
                    + " conclusion holding. No partial credit.")
            .knob(VARIABLES)
            .knob(PREMISES)
            .knob(SIZE)
            .knob(COUNTERMODELS)
            .version(1)
            .answerShape("a value for every letter, such as P=T, Q=F, R=T")
            .severalAnswers()
            .build();

    /** The letters, the premises and the conclusion (canonical text), and one countermodel row. */
    public record Puzzle(List<String> letters, List<String> premises, String conclusion, int row) {
        public Puzzle {
            letters = List.copyOf(letters);
            premises = List.copyOf(premises);
        }
    }

    /** The valuation given, by letter. */
    public record Answer(Map<String, Boolean> values) {
        public Answer {
            values = Map.copyOf(values);
        }
    }

    public ArgumentCountermodelBootcamp() {
        super(INFO, Codec.of(ArgumentCountermodelBootcamp::write, ArgumentCountermodelBootcamp::read));
    }

    private static String write(Answer answer) {
        List<String> parts = new ArrayList<>();
        new TreeMap<>(answer.values()).forEach((letter, value) -> parts.add(letter + "=" + (value ? "T" : "F")));
        return String.join(", ", parts);
    }

    private static Answer read(String text) {
        Map<String, Boolean> values = new TreeMap<>();
        for (String part : Answers.list(text, item -> item)) {
            int equals = part.indexOf('=');
            if (equals < 0) {
                throw new AnswerFormatException("expected letter=T or letter=F, found '" + Answers.abbreviate(part) + "'");
            }
            String letter = part.substring(0, equals).strip().toUpperCase(Locale.ROOT);
            if (!NAMES.contains(letter)) {
                throw new AnswerFormatException("'" + Answers.abbreviate(letter) + "' is not a sentence letter");
            }
            String value = part.substring(equals + 1).strip().toLowerCase(Locale.ROOT);
            boolean truth = switch (value) {
                case "t", "true", "1" -> true;
                case "f", "false", "0" -> false;
                default -> throw new AnswerFormatException("the value of " + letter + " must be T or F, found '" + Answers.abbreviate(value) + "'");
            };
            if (values.put(letter, truth) != null) {
                throw new AnswerFormatException(letter + " is given twice");
            }
        }
        return new Answer(values);
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(VARIABLES, level <= 3 ? 7 : 8)
                .with(PREMISES, level <= 5 ? 3 : level <= 8 ? 4 : 5)
                .with(SIZE, level <= 2 ? 1 : level <= 5 ? 2 : level <= 8 ? 3 : 4)
                .with(COUNTERMODELS, 1);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int n = knobs.get(VARIABLES);
        List<String> letters = NAMES.subList(0, n);
        while (true) {
            List<Prop> premises = new ArrayList<>();
            for (int i = 0; i < knobs.get(PREMISES); i++) {
                premises.add(draw(letters, knobs.get(SIZE), random));
            }
            Prop conclusion = draw(letters, knobs.get(SIZE), random);
            boolean used = premises.stream().map(Prop::variables).reduce(conclusion.variables(), (a, b) -> {
                a.addAll(b);
                return a;
            }).size() == n;
            if (!used) {
                continue;
            }
            long[] together = table(premises.get(0), letters);
            for (Prop premise : premises) {
                long[] table = table(premise, letters);
                for (int chunk = 0; chunk < together.length; chunk++) {
                    together[chunk] &= table[chunk];
                }
            }
            long[] goal = table(conclusion, letters);
            int counter = 0;
            int row = -1;
            boolean otherModels = false;
            for (int chunk = 0; chunk < together.length; chunk++) {
                long refuting = together[chunk] & ~goal[chunk];
                counter += Long.bitCount(refuting);
                otherModels |= (together[chunk] & goal[chunk]) != 0;
                if (row < 0 && refuting != 0) {
                    row = chunk * 64 + Long.numberOfTrailingZeros(refuting);
                }
            }
            if (otherModels && counter >= 1 && counter <= knobs.get(COUNTERMODELS)) {
                return new Puzzle(letters, premises.stream().map(Prop::toString).toList(), conclusion.toString(), row);
            }
        }
    }

    /**
     * The truth table in chunks of 64 rows: chunk c holds rows 64c to 64c + 63, so the letters before the last six are
     * fixed within a chunk (row r gives letter i the value of bit n - 1 - i of r, as {@link #valuation} does).
     */
    private static long[] table(Prop formula, List<String> letters) {
        int n = letters.size();
        List<String> low = letters.subList(n - 6, n);
        Map<String, Long> masks = new TreeMap<>(Tables.masks(low));
        long[] chunks = new long[1 << (n - 6)];
        for (int chunk = 0; chunk < chunks.length; chunk++) {
            for (int i = 0; i < n - 6; i++) {
                masks.put(letters.get(i), (chunk >> (n - 7 - i) & 1) == 1 ? -1L : 0L);
            }
            chunks[chunk] = formula.table(masks, -1L);
        }
        return chunks;
    }

    /** Row r gives letter i the value of bit n - 1 - i of r. */
    private static Map<String, Boolean> valuation(List<String> letters, int row) {
        Map<String, Boolean> values = new TreeMap<>();
        for (int i = 0; i < letters.size(); i++) {
            values.put(letters.get(i), (row >> (letters.size() - 1 - i) & 1) == 1);
        }
        return values;
    }

    private static Prop draw(List<String> letters, int size, RandomGenerator random) {
        while (true) {
            // At most 5 leaves, so the formula's own letters fit a truth table: no constant part, not constant itself.
            List<String> used = Draw.sample(letters, Math.min(size + 1, letters.size()), random);
            PropositionalFormula formula = PropositionalFormula.randomPart(used.size(), size, 0.3, random);
            if (!formula.hasRedundancy() && !formula.hasConstantPart(used.size())) {
                long table = formula.table(used.size());
                if (table != 0 && table != PropositionalFormula.all(used.size())) {
                    return Prop.from(formula, used);
                }
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder("Someone argues as follows, where ")
                .append(String.join(", ", puzzle.letters()))
                .append(" are sentence letters (each one true or false) and ¬ not, ∧ and, ∨ or, → if-then (false only when its")
                .append(" left side is true and its right side false), ↔ same truth value.\n\n");
        for (int i = 0; i < puzzle.premises().size(); i++) {
            text.append("  Premise ").append(i + 1).append(": ").append(puzzle.premises().get(i)).append('\n');
        }
        text.append("  Therefore: ").append(puzzle.conclusion()).append("\n\n")
                .append("The argument is not valid: the premises can all be true while the conclusion is false. Prove this by")
                .append(" exhibiting such a situation. Give a truth value to every one of the ").append(puzzle.letters().size())
                .append(" letters, written as LETTER=T or LETTER=F separated by commas (for example \"")
                .append(puzzle.letters().get(0)).append("=F, ").append(puzzle.letters().get(1)).append("=T, ...\" shows the")
                .append(" format), such that each premise comes out true and the conclusion comes out false. Any such valuation")
                .append(" counts.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(valuation(puzzle.letters(), puzzle.row()));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        for (String letter : puzzle.letters()) {
            if (!answer.values().containsKey(letter)) {
                return Score.wrong("no value for " + letter);
            }
        }
        if (answer.values().size() != puzzle.letters().size()) {
            return Score.wrong("values for letters that are not in the argument");
        }
        for (int i = 0; i < puzzle.premises().size(); i++) {
            if (!PropParser.parse(puzzle.premises().get(i)).value(answer.values())) {
                return Score.wrong("premise " + (i + 1) + " is false under this valuation");
            }
        }
        if (PropParser.parse(puzzle.conclusion()).value(answer.values())) {
            return Score.wrong("every premise is true, but so is the conclusion");
        }
        return Score.correct("a countermodel: the premises are true and the conclusion false");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        for (String letter : puzzle.letters()) {
            Map<String, Boolean> flipped = new TreeMap<>(gold.values());
            flipped.put(letter, !flipped.get(letter));
            if (!check(puzzle, new Answer(flipped)).passed()) {
                misses.add(new Answer(flipped));
            }
        }
        return misses.subList(0, Math.min(3, misses.size()));
    }

    @Override
    public double cost(Puzzle puzzle) {
        int connectives = PropParser.parse(puzzle.conclusion()).size();
        for (String premise : puzzle.premises()) {
            connectives += PropParser.parse(premise).size();
        }
        return connectives * (double) (1 << puzzle.letters().size());
    }
}
