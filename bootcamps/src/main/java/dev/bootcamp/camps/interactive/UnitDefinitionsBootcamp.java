package dev.bootcamp.camps.interactive;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Turn;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.tools.Calculator;
import dev.bootcamp.camps.kit.tools.Command;
import dev.bootcamp.camps.kit.tools.ToolException;
import dev.bootcamp.verify.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Tool use with a dictionary of invented units: each unit is defined as a whole number of another, down to one base
 * unit, and the player must look up the definitions it needs to convert an amount from one unit to another exactly
 * (a fraction where it does not divide). The expert looks up each unit on the way from both units down to the base,
 * stopping where the second way meets the first, and answers the exact ratio.
 */
@AutoService(Interactive.class)
public final class UnitDefinitionsBootcamp implements Interactive<UnitDefinitionsBootcamp.State> {
    private static final List<String> VERBS = List.of("define", "lookup", "look", "calc", "answer");
    private static final String CONSONANTS = "bdfgklmnprstvz";
    private static final String VOWELS = "aeiou";
    private static final Knob<Integer> UNITS = Knob.integer("units", 3, 60, 12, "how many units the dictionary has, the base unit included");
    private static final Knob<Integer> MAX_FACTOR = Knob.integer("max-factor", 2, 1000, 12, "the largest number in a unit's definition");
    private static final BootcampInfo INFO = BootcampInfo.builder(UnitDefinitionsBootcamp.class)
            .title("Invented unit definitions")
            .domain("interactive")
            .tags("interactive", "tool-use", "lookup", "fractions")
            .summary("Convert an amount between two invented units of a dictionary of `units` units, each defined as 2 to"
                    + " `max-factor` of another down to a base unit, by looking definitions up (`define UNIT`) and calculating"
                    + " (`calc`); then `answer X` with the exact number, a fraction where needed. CORRECT when it is exact,"
                    + " WRONG otherwise; the first answer ends the episode. The turn limit is the expert's lookups plus three.")
            .knob(UNITS)
            .knob(MAX_FACTOR)
            .answerShape("one command per turn: 'define UNIT', 'calc EXPRESSION' or 'answer X' (such as 'answer 35/3')")
            .build();

    /**
     * An episode: the unit names (the base unit first), each unit's parent (-1 for the base) and how many parents make one
     * of it, the amount and the units converted from and to, the units looked up so far, the answer given (empty before)
     * and the turn limit.
     */
    public record State(List<String> names, List<Integer> parents, List<Integer> factors, int amount, int from, int to,
            List<Integer> lookedUp, String answered, int limit) {
        public State {
            names = List.copyOf(names);
            parents = List.copyOf(parents);
            factors = List.copyOf(factors);
            lookedUp = List.copyOf(lookedUp);
        }
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(UNITS, Draw.scale(level, 4, 36)).with(MAX_FACTOR, level <= 3 ? 12 : level <= 7 ? 60 : 400);
    }

    @Override
    public State start(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(UNITS);
        Set<String> seen = new HashSet<>();
        List<String> names = new ArrayList<>();
        while (names.size() < count) {
            String name = name(random);
            if (seen.add(name)) {
                names.add(name);
            }
        }
        List<Integer> parents = new ArrayList<>(List.of(-1));
        List<Integer> factors = new ArrayList<>(List.of(1));
        int[] depth = new int[count];
        for (int u = 1; u < count; u++) {
            int parent = Math.max(0, u - 1 - random.nextInt(Math.min(u, 3)));
            parents.add(parent);
            factors.add(2 + random.nextInt(knobs.get(MAX_FACTOR) - 1));
            depth[u] = depth[parent] + 1;
        }
        int from = deep(depth, -1, random);
        int to = deep(depth, from, random);
        if (random.nextBoolean()) {
            int swap = from;
            from = to;
            to = swap;
        }
        State state = new State(names, parents, factors, 1 + random.nextInt(99), from, to, List.of(), "", 0);
        return new State(names, parents, factors, state.amount(), from, to, List.of(), "", plan(state).size() + 3);
    }

    /** A random unit among the deeper half (not {@code other}). */
    private static int deep(int[] depth, int other, RandomGenerator random) {
        List<Integer> units = new ArrayList<>();
        int deepest = 0;
        for (int d : depth) {
            deepest = Math.max(deepest, d);
        }
        for (int u = 1; u < depth.length; u++) {
            if (u != other && 2 * depth[u] >= deepest) {
                units.add(u);
            }
        }
        if (units.isEmpty()) {
            return other == 1 ? 2 % depth.length : 1;
        }
        return Draw.pick(units, random);
    }

    private static String name(RandomGenerator random) {
        StringBuilder name = new StringBuilder();
        for (int i = 0, syllables = 2 + random.nextInt(2); i < syllables; i++) {
            name.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length()))).append(VOWELS.charAt(random.nextInt(VOWELS.length())));
        }
        return name.toString();
    }

    @Override
    public String opening(State state) {
        return "A dictionary defines " + state.names().size() + " invented units of length. Each unit except the base unit, the "
                + state.names().get(0) + ", is defined as a whole number of one other unit (\"1 X = 12 Y\"), and following the"
                + " definitions always leads down to the " + state.names().get(0) + ".\n\nQuestion: how many " + state.names().get(state.to())
                + " are " + state.amount() + " " + state.names().get(state.from()) + "?\n\n"
                + "Each turn, use one command:\n"
                + "- \"define UNIT\" looks up one unit's definition, such as \"define " + state.names().get(state.from()) + "\"\n"
                + "- \"calc EXPRESSION\" does exact arithmetic with fractions, such as \"calc 3 * 12 / 5\"\n"
                + "- \"answer X\" gives your final answer: a whole number, or a fraction such as \"answer 35/3\"; it must be exact."
                + " Your first answer ends the episode.\n"
                + "A command that cannot be read still costs the turn. You have " + state.limit() + " turns.";
    }

    @Override
    public Turn<State> act(State state, String action) {
        Command command = Command.read(action, VERBS);
        if (command.is("define", "lookup", "look")) {
            List<String> words = command.words(3);
            int unit = -1;
            for (String word : words) {
                unit = unit < 0 ? unitOf(state, word) : unit;
            }
            if (unit < 0) {
                return Turn.next(state, "The dictionary has no such unit. Name one, such as \"define " + state.names().get(state.from()) + "\".");
            }
            List<Integer> lookedUp = new ArrayList<>(state.lookedUp());
            lookedUp.add(unit);
            State next = new State(state.names(), state.parents(), state.factors(), state.amount(), state.from(), state.to(), lookedUp,
                    state.answered(), state.limit());
            return Turn.next(next, unit == 0 ? "The " + state.names().get(0) + " is the base unit."
                    : "1 " + state.names().get(unit) + " = " + state.factors().get(unit) + " " + state.names().get(state.parents().get(unit)));
        }
        if (command.is("calc")) {
            try {
                return Turn.next(state, "calc: " + Calculator.show(Calculator.evaluate(command.rest(), Map.of(), 12).value()));
            } catch (ToolException e) {
                return Turn.next(state, "calc could not evaluate that: " + e.getMessage() + ".");
            }
        }
        if (command.is("answer")) {
            Rational value;
            try {
                value = Calculator.evaluate(number(command.rest()), Map.of(), 1).value();
            } catch (ToolException e) {
                return Turn.next(state, "Give the answer as a whole number or a fraction, such as \"answer 35/3\" (" + e.getMessage() + ").");
            }
            State next = new State(state.names(), state.parents(), state.factors(), state.amount(), state.from(), state.to(), state.lookedUp(),
                    Calculator.show(value), state.limit());
            return Turn.last(next, won(next) ? "Correct." : "That is not the exact amount.");
        }
        return Turn.next(state, "Unreadable command \"" + Command.abbreviate(action, 40) + "\". Use define UNIT, calc EXPRESSION or answer X.");
    }

    /** The number or fraction at the start of the answer text: after any leading words, up to the next letter. */
    static String number(String text) {
        int start = 0;
        while (start < text.length() && !(text.charAt(start) >= '0' && text.charAt(start) <= '9') && text.charAt(start) != '-') {
            start++;
        }
        StringBuilder number = new StringBuilder();
        for (int i = start; i < text.length() && number.length() < 200; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                break;
            }
            if (c != ' ') {
                number.append(c);
            }
        }
        return number.toString();
    }

    private static int unitOf(State state, String word) {
        String singular = word.endsWith("s") && !state.names().contains(word) ? word.substring(0, word.length() - 1) : word;
        return state.names().indexOf(singular);
    }

    /** How many base units one {@code unit} is. */
    static BigInteger size(State state, int unit) {
        BigInteger size = BigInteger.ONE;
        for (int u = unit; u > 0; u = state.parents().get(u)) {
            size = size.multiply(BigInteger.valueOf(state.factors().get(u)));
        }
        return size;
    }

    static Rational solution(State state) {
        return new Rational(size(state, state.from()).multiply(BigInteger.valueOf(state.amount())), size(state, state.to()));
    }

    private static boolean won(State state) {
        return state.answered().equals(Calculator.show(solution(state)));
    }

    @Override
    public Score outcome(State state) {
        if (won(state)) {
            return Score.correct("the exact amount after " + state.lookedUp().size() + " lookups");
        }
        return Score.wrong((state.answered().isEmpty() ? "no answer given" : "answered " + state.answered()) + "; the amount was "
                + Calculator.show(solution(state)));
    }

    @Override
    public int turnLimit(State state) {
        return state.limit();
    }

    /** The units the expert looks up: from the first unit down to the base, then from the second until the ways meet. */
    static List<Integer> plan(State state) {
        List<Integer> units = new ArrayList<>();
        for (int u = state.from(); u > 0; u = state.parents().get(u)) {
            units.add(u);
        }
        for (int u = state.to(); u > 0 && !units.contains(u); u = state.parents().get(u)) {
            units.add(u);
        }
        return units;
    }

    @Override
    public String expertAction(State state) {
        List<Integer> plan = plan(state);
        for (int unit : plan) {
            if (!state.lookedUp().contains(unit)) {
                return "define " + state.names().get(unit);
            }
        }
        return "answer " + Calculator.show(solution(state));
    }

    @Override
    public String randomAction(State state, RandomGenerator random) {
        return switch (random.nextInt(3)) {
            case 0, 1 -> "define " + Draw.pick(state.names(), random);
            default -> "answer " + (1 + random.nextInt(10_000)) + (random.nextBoolean() ? "" : "/" + (2 + random.nextInt(50)));
        };
    }

    @Override
    public double cost(State state) {
        return state.names().size() * (double) plan(state).size();
    }
}
