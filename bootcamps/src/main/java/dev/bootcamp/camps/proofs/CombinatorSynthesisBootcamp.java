package dev.bootcamp.camps.proofs;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.formal.Combinator;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Combinator synthesis: a closed combinator term that, applied to variables, reduces to a given target. */
@AutoService(Bootcamp.class)
public final class CombinatorSynthesisBootcamp extends Camp<CombinatorSynthesisBootcamp.Puzzle, CombinatorSynthesisBootcamp.Answer> {
    private static final Knob<Integer> VARIABLES = Knob.integer("variables", 1, 4, 2, "variables the term is applied to");
    private static final Knob<Integer> TARGET_SIZE = Knob.integer("target-size", 2, 9, 3, "variable occurrences in the target");
    private static final Knob<String> BASIS = Knob.choice("basis", List.of("SKIBCW", "SKIBC", "SKI", "SK"), "SKIBCW", "the combinators allowed");
    private static final BootcampInfo INFO = BootcampInfo.builder(CombinatorSynthesisBootcamp.class)
            .title("Combinator synthesis")
            .domain("proofs")
            .tags("combinatory-logic", "synthesis", "lambda-calculus", "reduction")
            .summary("Build a term from an allowed set of combinators (S, K, I, B, C, W, whose reduction rules are given)"
                    + " that, applied to the variables x, y, ... in order, reduces to a given target term. The answer is"
                    + " applied to the variables and reduced in normal order (at most " + 2000 + " steps); any term that"
                    + " reaches exactly the target is CORRECT. A term using a forbidden combinator or a variable, or one that"
                    + " reduces to something else or does not finish, is WRONG. No partial credit.")
            .knob(VARIABLES)
            .knob(TARGET_SIZE)
            .knob(BASIS)
            .version(1)
            .answerShape("a term of combinators with parentheses, such as S (K S) K")
            .severalAnswers()
            .build();
    private static final String NAMES = "xyzw";
    private static final int MAX_STEPS = 2000;
    private static final int MAX_SIZE = 3000;

    /** The number of variables, the target, the basis, and one solution (never shown). */
    public record Puzzle(int variables, String target, String basis, String solution) {}

    /** The term given, as text (re-read by the checker). */
    public record Answer(String term) {}

    public CombinatorSynthesisBootcamp() {
        super(INFO, Codec.of(Answer::term, text -> new Answer(Combinator.parse(text.strip()).render())));
    }

    @Override
    public Knobs atLevel(int level) {
        String[] bases = {"SKIBCW", "SKIBCW", "SKIBCW", "SKIBC", "SKIBC", "SKI", "SKI", "SKI", "SK", "SK"};
        return INFO.defaults()
                .with(VARIABLES, level <= 5 ? 3 : 4)
                .with(TARGET_SIZE, new int[] {5, 6, 6, 7, 7, 7, 8, 8, 9, 9}[level - 1])
                .with(BASIS, bases[level - 1]);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int count = Math.min(knobs.get(VARIABLES), knobs.get(TARGET_SIZE));
        while (true) {
            List<Combinator> leaves = new ArrayList<>();
            for (int i = 0; i < knobs.get(TARGET_SIZE); i++) {
                leaves.add(Combinator.atom(String.valueOf(NAMES.charAt(i < count ? i : random.nextInt(count)))));
            }
            Draw.shuffle(leaves, random);
            Combinator target = shape(leaves, random);
            if (target.function() == null || isIdentityShape(target, count)) {
                continue;
            }
            Combinator solution = target;
            for (int i = count - 1; i >= 0; i--) {
                solution = abstraction(String.valueOf(NAMES.charAt(i)), solution, knobs.get(BASIS));
            }
            if (knobs.get(BASIS).indexOf('I') < 0) {
                solution = withoutI(solution);
            }
            return new Puzzle(count, target.render(), knobs.get(BASIS), solution.render());
        }
    }

    /** Whether the target is just the variables applied in order (x y z), which I-like answers solve trivially. */
    private static boolean isIdentityShape(Combinator target, int count) {
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < count; i++) {
            plain.append(i == 0 ? "" : " ").append(NAMES.charAt(i));
        }
        return target.render().equals(plain.toString());
    }

    /** A random binary application tree over the leaves in order. */
    private static Combinator shape(List<Combinator> leaves, RandomGenerator random) {
        if (leaves.size() == 1) {
            return leaves.get(0);
        }
        int split = 1 + random.nextInt(leaves.size() - 1);
        return Combinator.apply(shape(leaves.subList(0, split), random), shape(leaves.subList(split, leaves.size()), random));
    }

    /** Bracket abstraction [x]M, using B and C when the basis has them and η where it applies. */
    private static Combinator abstraction(String variable, Combinator term, String basis) {
        if (!term.contains(variable)) {
            return Combinator.apply(Combinator.atom("K"), term);
        }
        if (term.leaf()) {
            return Combinator.atom("I");
        }
        Combinator function = term.function();
        Combinator argument = term.argument();
        if (argument.leaf() && argument.atom().equals(variable) && !function.contains(variable)) {
            return function;
        }
        boolean inFunction = function.contains(variable);
        boolean inArgument = argument.contains(variable);
        if (!inFunction && basis.indexOf('B') >= 0) {
            return Combinator.apply(Combinator.apply(Combinator.atom("B"), function), abstraction(variable, argument, basis));
        }
        if (!inArgument && basis.indexOf('C') >= 0) {
            return Combinator.apply(Combinator.apply(Combinator.atom("C"), abstraction(variable, function, basis)), argument);
        }
        return Combinator.apply(Combinator.apply(Combinator.atom("S"), abstraction(variable, function, basis)), abstraction(variable, argument, basis));
    }

    private static Combinator withoutI(Combinator term) {
        if (term.leaf()) {
            return term.atom().equals("I") ? Combinator.parse("S K K") : term;
        }
        return Combinator.apply(withoutI(term.function()), withoutI(term.argument()));
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("Combinatory logic. Terms are built by application, written by juxtaposition and grouping to the left:")
                .append(" P Q R means (P Q) R, and parentheses group the other way when needed, as in P (Q R). The")
                .append(" combinators reduce as follows, where a, b, c stand for any terms:\n");
        String[] rules = {"S a b c  =>  a c (b c)", "K a b  =>  a", "I a  =>  a", "B a b c  =>  a (b c)", "C a b c  =>  a c b", "W a b  =>  a b b"};
        for (int i = 0; i < rules.length; i++) {
            if (puzzle.basis().indexOf(Combinator.COMBINATORS.charAt(i)) >= 0) {
                text.append(rules[i]).append('\n');
            }
        }
        List<String> variables = new ArrayList<>();
        for (int i = 0; i < puzzle.variables(); i++) {
            variables.add(String.valueOf(NAMES.charAt(i)));
        }
        String applied = String.join(" ", variables);
        text.append("\nA rule may be used on any subterm, including with more arguments following (S a b c d => a c (b c) d).")
                .append("\n\nFind a term M, built only from the combinators ").append(String.join(", ", puzzle.basis().split("")))
                .append(" (no variables), such that M ").append(applied).append(" reduces to\n").append(puzzle.target())
                .append("\n\nThe checker applies your M to ").append(applied).append(" and reduces, leftmost-outermost first,")
                .append(" until no rule applies (at most ").append(MAX_STEPS).append(" steps); the result must be exactly the")
                .append(" target. Answer with M alone, for example: S (K S) K");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.solution());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Combinator term = Combinator.parse(answer.term());
        for (char c : answer.term().toCharArray()) {
            if (Character.isLetter(c) && puzzle.basis().indexOf(c) < 0) {
                return Score.wrong("'" + c + "' is not allowed; use only " + String.join(", ", puzzle.basis().split("")));
            }
        }
        for (int i = 0; i < puzzle.variables(); i++) {
            term = Combinator.apply(term, Combinator.atom(String.valueOf(NAMES.charAt(i))));
        }
        Combinator.Reduction reduction = term.normalise(MAX_STEPS, MAX_SIZE);
        if (!reduction.normal()) {
            return Score.wrong("the application does not reach a normal form within " + MAX_STEPS + " steps");
        }
        if (reduction.result().render().equals(puzzle.target())) {
            return Score.correct("reduces to the target in " + reduction.steps() + " steps");
        }
        return Score.wrong("the application reduces to " + reduction.result().render() + ", not the target");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        misses.add(new Answer("K (" + gold.term() + ")"));
        misses.add(new Answer(gold.term() + " K"));
        String swapped = gold.term().replace('S', '#').replace('K', 'S').replace('#', 'K');
        misses.add(new Answer(Combinator.parse(swapped).render()));
        return misses.stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return Combinator.parse(puzzle.solution()).size() + puzzle.target().replace(" ", "").length();
    }
}
