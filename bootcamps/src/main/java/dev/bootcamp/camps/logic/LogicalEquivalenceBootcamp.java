package dev.bootcamp.camps.logic;

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
import dev.bootcamp.camps.kit.PropositionalFormula;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Pick out, among several rewritings of a propositional formula, those that are logically equivalent to it. */
@AutoService(Bootcamp.class)
public final class LogicalEquivalenceBootcamp extends Camp<LogicalEquivalenceBootcamp.Puzzle, LogicalEquivalenceBootcamp.Answer> {
    private static final List<String> VARIABLES = List.of("p", "q", "r", "s", "t", "u");
    private static final Knob<Integer> VARIABLE_COUNT = Knob.integer("variables", 2, PropositionalFormula.MAX_VARIABLES, 3, "number of variables, all of which appear");
    private static final Knob<Integer> CONNECTIVES = Knob.integer("connectives", 2, 12, 4, "binary connectives in the starting formula");
    private static final Knob<Integer> REWRITES = Knob.integer("rewrites", 1, 12, 3, "rewriting steps from the first formula to the second");
    private static final Knob<String> NOTATION = Knob.choice("notation", List.of("symbols", "words", "either"), "either",
            "symbols (¬ ∧ ∨ → ↔), words (not, and, or, if ... then, if and only if), or either drawn per puzzle");
    private static final BootcampInfo INFO = BootcampInfo.builder(LogicalEquivalenceBootcamp.class)
            .title("Logical equivalence of rewritten formulas")
            .domain("logic")
            .tags("propositional-logic", "truth-tables", "equivalence", "selection")
            .summary("A propositional formula over p, q, r, ... and seven candidate rewritings of it, labelled A to G, are"
                    + " shown with the symbols ¬ ∧ ∨ → ↔ or in words; name the candidates that have the same truth value as"
                    + " the formula under every assignment. Each candidate comes from the formula by several rewriting"
                    + " steps: laws of logic (De Morgan, contraposition, distribution, exportation, ...) and, for half of the"
                    + " candidates (drawn independently), one classic fallacy (converse, inverse, half of De Morgan, a moved"
                    + " parenthesis) among them, so all look alike. Equivalence is decided by comparing full truth tables."
                    + " CORRECT only for exactly the equivalent candidates, WRONG otherwise.")
            .version(2)
            .knob(VARIABLE_COUNT)
            .knob(CONNECTIVES)
            .knob(REWRITES)
            .knob(NOTATION)
            .answerShape("the letters of the equivalent candidates, separated by commas, or none")
            .build();

    private static final int CANDIDATES = 7;
    private static final String LETTERS = "ABCDEFG";
    private static final int ATTEMPTS = 200;

    /** The variable count, the formula, the candidates in label order, and how they are written. */
    public record Puzzle(int variables, PropositionalFormula formula, List<PropositionalFormula> candidates, boolean words) {
        public Puzzle {
            requireNonNull(formula, "formula is null");
            candidates = List.copyOf(candidates);
        }
    }

    /** The labels (upper-case letters) of the equivalent candidates, sorted; empty for none. */
    public record Answer(List<Character> equivalent) {
        public Answer {
            equivalent = equivalent.stream().sorted().toList();
        }
    }

    public LogicalEquivalenceBootcamp() {
        super(INFO, Codec.of(LogicalEquivalenceBootcamp::write, LogicalEquivalenceBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(VARIABLE_COUNT, Draw.scale(level, 2, 4))
                .with(CONNECTIVES, Draw.scale(level, 2, 7))
                .with(REWRITES, Draw.scale(level, 1, 6));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int variables = knobs.get(VARIABLE_COUNT);
        int connectives = Math.max(knobs.get(CONNECTIVES), variables - 1);
        int rewrites = knobs.get(REWRITES);
        boolean words = switch (knobs.get(NOTATION)) {
            case "symbols" -> false;
            case "words" -> true;
            default -> random.nextBoolean();
        };
        while (true) {
            PropositionalFormula start = PropositionalFormula.random(variables, connectives, 0.2, random);
            if (start.hasConstantPart(variables) || start.hasRedundancy()) {
                continue;
            }
            List<PropositionalFormula> candidates = new ArrayList<>();
            int attempts = 0;
            boolean equivalent = random.nextBoolean();
            while (candidates.size() < CANDIDATES && attempts++ < ATTEMPTS) {
                PropositionalFormula end = rewrite(start, rewrites, equivalent, random);
                if (end == null || end.equals(start) || candidates.contains(end)
                        || (end.table(variables) == start.table(variables)) != equivalent) {
                    continue;
                }
                candidates.add(end);
                equivalent = random.nextBoolean();
            }
            if (candidates.size() == CANDIDATES) {
                return new Puzzle(variables, start, candidates, words);
            }
        }
    }

    /** {@code steps} rewrites by the laws, one of them a fallacy unless {@code equivalent}; null when it grows too big. */
    private static PropositionalFormula rewrite(PropositionalFormula start, int steps, boolean equivalent, RandomGenerator random) {
        int fallacy = equivalent ? -1 : random.nextInt(steps);
        int limit = 2 * start.connectives() + 4;
        PropositionalFormula formula = start;
        for (int step = 0; step < steps; step++) {
            formula = LogicalEquivalenceRewriter.step(formula, step != fallacy, random);
            if (formula == null || formula.connectives() > limit) {
                return null;
            }
            formula = withoutDoubleNegations(formula);
        }
        return formula;
    }

    private static PropositionalFormula withoutDoubleNegations(PropositionalFormula formula) {
        if (formula.operator().equals("not") && formula.operands().get(0).operator().equals("not")) {
            return withoutDoubleNegations(formula.operands().get(0).operands().get(0));
        }
        if (formula.operands().isEmpty()) {
            return formula;
        }
        List<PropositionalFormula> operands = formula.operands().stream().map(LogicalEquivalenceBootcamp::withoutDoubleNegations).toList();
        return new PropositionalFormula(formula.operator(), formula.variable(), operands);
    }

    @Override
    public String question(Puzzle puzzle) {
        List<String> names = VARIABLES.subList(0, puzzle.variables());
        String variables = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        StringBuilder text = new StringBuilder("A formula of propositional logic over the variables ").append(variables)
                .append(" was rewritten in ").append(CANDIDATES).append(" different ways. Some rewritings are faithful;")
                .append(" others slipped in a mistake along the way.\n\nOriginal:  ")
                .append(show(puzzle, puzzle.formula(), names)).append("\n\n");
        for (int i = 0; i < puzzle.candidates().size(); i++) {
            text.append("Candidate ").append(LETTERS.charAt(i)).append(":  ").append(show(puzzle, puzzle.candidates().get(i), names)).append('\n');
        }
        text.append('\n').append(PropositionalFormula.legend(puzzle.words())).append("\n\n")
                .append("A candidate is faithful when it is logically equivalent to the original: the two agree, true or false,")
                .append(" under every assignment of true and false to ").append(variables).append(". Which candidates are")
                .append(" faithful? Answer with their letters separated by commas, or none if no")
                .append(" candidate is.");
        return text.toString();
    }

    private static String show(Puzzle puzzle, PropositionalFormula formula, List<String> names) {
        return puzzle.words() ? formula.words(names) : formula.symbols(names);
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(faithful(puzzle));
    }

    private static List<Character> faithful(Puzzle puzzle) {
        long table = puzzle.formula().table(puzzle.variables());
        List<Character> letters = new ArrayList<>();
        for (int i = 0; i < puzzle.candidates().size(); i++) {
            if (puzzle.candidates().get(i).table(puzzle.variables()) == table) {
                letters.add(LETTERS.charAt(i));
            }
        }
        return letters;
    }

    private static String write(Answer answer) {
        if (answer.equivalent().isEmpty()) {
            return "none";
        }
        return String.join(", ", answer.equivalent().stream().map(String::valueOf).toList());
    }

    /** Letters separated by commas or spaces, in any order, each once; or none. */
    private static Answer read(String text) {
        String normalized = Answers.normalize(text);
        if (normalized.equals("none") || normalized.equals("none of them")) {
            return new Answer(List.of());
        }
        List<Character> letters = new ArrayList<>();
        for (String token : Answers.tokens(text)) {
            String word = Answers.normalize(token);
            if (word.equals("and")) {
                continue;
            }
            if (word.length() != 1 || LETTERS.indexOf(Character.toUpperCase(word.charAt(0))) < 0) {
                throw new AnswerFormatException("expected candidate letters A to " + LETTERS.charAt(CANDIDATES - 1) + " or none, found '"
                        + Answers.abbreviate(token) + "'");
            }
            char letter = Character.toUpperCase(word.charAt(0));
            if (letters.contains(letter)) {
                throw new AnswerFormatException("candidate " + letter + " is listed twice");
            }
            letters.add(letter);
        }
        if (letters.isEmpty()) {
            throw new AnswerFormatException("expected candidate letters or none, found nothing");
        }
        return new Answer(letters);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<Character> gold = faithful(puzzle);
        for (char letter : answer.equivalent()) {
            if (letter - 'A' >= puzzle.candidates().size()) {
                return Score.wrong("there is no candidate " + letter);
            }
            if (!gold.contains(letter)) {
                return Score.wrong("candidate " + letter + " is not equivalent: it differs at " + difference(puzzle, letter - 'A'));
            }
        }
        for (char letter : gold) {
            if (!answer.equivalent().contains(letter)) {
                return Score.wrong("candidate " + letter + " is equivalent to the original but is not named");
            }
        }
        return Score.correct("exactly the " + gold.size() + " equivalent candidates named");
    }

    private static String difference(Puzzle puzzle, int candidate) {
        int variables = puzzle.variables();
        long first = puzzle.formula().table(variables);
        long second = puzzle.candidates().get(candidate).table(variables);
        int row = Long.numberOfTrailingZeros(first ^ second);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < variables; i++) {
            values.add(VARIABLES.get(i) + "=" + ((row >> (variables - 1 - i) & 1) == 1 ? "T" : "F"));
        }
        return String.join(", ", values);
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Character> letters = LETTERS.chars().limit(puzzle.candidates().size()).mapToObj(letter -> (char) letter).toList();
        return NearMisses.toggled(gold.equivalent(), letters).stream().map(Answer::new).toList();
    }

    /** Rows of the truth table times the connectives of the formula and all candidates. */
    @Override
    public double cost(Puzzle puzzle) {
        int connectives = puzzle.formula().connectives() + puzzle.candidates().stream().mapToInt(PropositionalFormula::connectives).sum();
        return (double) (1 << puzzle.variables()) * connectives;
    }
}
