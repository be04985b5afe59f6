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
import dev.bootcamp.camps.kit.proofs.Clauses;
import dev.bootcamp.camps.kit.proofs.NumberedLines;
import dev.bootcamp.camps.kit.proofs.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** RUP refutation: a list of clauses, each following from the ones before by unit propagation, ending with □. */
@AutoService(Bootcamp.class)
public final class RupRefutationBootcamp extends Camp<RupRefutationBootcamp.Puzzle, RupRefutationBootcamp.Answer> {
    private static final Knob<Integer> VARIABLES = Knob.integer("variables", 3, 10, 5, "number of propositional variables");
    private static final Knob<Integer> WIDTH = Knob.integer("width", 2, 3, 3, "literals in each generated clause");
    private static final Knob<Integer> EXTRA = Knob.integer("extra", 0, 6, 0, "clauses added that the refutation does not need");
    private static final int MAX_LINES = 300;
    private static final List<String> NAMES = List.of("A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "Q", "R",
            "S", "T", "U", "V", "W", "X", "Y", "Z");
    private static final BootcampInfo INFO = BootcampInfo.builder(RupRefutationBootcamp.class)
            .title("Refutation by reverse unit propagation")
            .domain("proofs")
            .tags("proofs", "propositional-logic", "unit-propagation", "rup", "refutation")
            .summary("An unsatisfiable set of clauses, which unit propagation alone does not refute, is given; the answer"
                    + " lists clauses, each of which must pass the RUP test against the given clauses and the listed ones"
                    + " before it (assume every literal of it false, propagate unit clauses, reach a clause with every"
                    + " literal false), the last being the empty clause □. Every line is tested, so any such list is CORRECT;"
                    + " the first line that fails the test, or a list not ending in □, is WRONG. No partial credit.")
            .knob(VARIABLES)
            .knob(WIDTH)
            .knob(EXTRA)
            .version(1)
            .answerShape("numbered lines, one clause each (such as '1. A ∨ ¬C'), the last one □")
            .severalAnswers()
            .build();

    /**
     * The variable names (drawn at random, in alphabetical order), the given clauses (bit sets, see {@link Clauses}), a
     * reference list of lemmas and the most lines an answer may have.
     */
    public record Puzzle(List<String> names, List<Long> clauses, List<Long> lemmas, int maxLines) {
        public Puzzle {
            names = List.copyOf(names);
            clauses = List.copyOf(clauses);
            lemmas = List.copyOf(lemmas);
        }
    }

    /** The listed clauses, each as its literals (see {@link Clauses#literals(String)}). */
    public record Answer(List<List<String>> clauses) {
        public Answer {
            clauses = clauses.stream().map(List::copyOf).toList();
        }
    }

    public RupRefutationBootcamp() {
        super(INFO, Codec.of(RupRefutationBootcamp::write, RupRefutationBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(VARIABLES, Draw.scale(level, 4, 10))
                .with(WIDTH, 3)
                .with(EXTRA, Draw.scale(level, 1, 6));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int variables = knobs.get(VARIABLES);
        while (true) {
            List<Long> clauses = Resolution.unsatInstance(variables, knobs.get(WIDTH), knobs.get(EXTRA), random);
            if (Clauses.propagatesToConflict(clauses, 0)) {
                continue;
            }
            List<Long> lemmas = new ArrayList<>();
            List<Long> known = new ArrayList<>(clauses);
            for (Resolution.Step step : Resolution.refute(clauses, 6, random)) {
                if (!Clauses.propagatesToConflict(known, step.clause())) {
                    throw new IllegalStateException("a resolvent failed the RUP test");
                }
                // A resolvent that unit propagation already gives from the lemmas so far is left out of the reference.
                known.add(step.clause());
                lemmas.add(step.clause());
            }
            if (lemmas.size() <= MAX_LINES / 2) {
                List<String> names = new ArrayList<>(Draw.sample(NAMES, variables, random));
                names.sort(null);
                return new Puzzle(names, clauses, lemmas, lemmas.size() + Math.max(2, lemmas.size() / 2));
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("Variables ").append(String.join(", ", puzzle.names())).append(" are each true or false. Each clause below")
                .append(" is an OR of literals (a variable, or ¬ and a variable meaning its negation); all of these clauses")
                .append(" together are unsatisfiable:\n\n");
        for (long clause : puzzle.clauses()) {
            text.append("  ").append(Clauses.render(clause, puzzle.names())).append('\n');
        }
        text.append("\nProve it by writing a list of clauses that passes the RUP test line by line and ends with the empty")
                .append(" clause □. The RUP test for a clause C against a set S of clauses: suppose every literal of C is")
                .append(" false; then repeatedly, whenever a clause of S has all of its literals false except one that has no")
                .append(" value yet, make that literal true (unit propagation). C passes when at some point a clause of S has")
                .append(" every literal false. For line k of your list, S is the given clauses together with your lines 1 to")
                .append(" k - 1. □ has no literals, so it passes when unit propagation with nothing assumed already makes a")
                .append(" clause of S false; it does not pass for the given clauses alone, so you need lines before it.")
                .append(" Use at most ").append(puzzle.maxLines()).append(" lines.")
                .append(" Write one clause per line, numbered from 1, literals separated by ∨, and □ on the last line;")
                .append(" for example (format only): \"1. B ∨ ¬D\". Any list that passes is accepted.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.lemmas().stream().map(clause -> Clauses.literals(clause, puzzle.names())).toList());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<Long> known = new ArrayList<>(puzzle.clauses());
        if (answer.clauses().size() > puzzle.maxLines()) {
            return Score.wrong(answer.clauses().size() + " lines, more than the " + puzzle.maxLines() + " allowed");
        }
        for (int i = 0; i < answer.clauses().size(); i++) {
            long clause = Clauses.mask(answer.clauses().get(i), puzzle.names());
            if (clause < 0) {
                return Score.wrong("line " + (i + 1) + " uses a variable that is not " + String.join(", ", puzzle.names()));
            }
            if (!Clauses.propagatesToConflict(known, clause)) {
                return Score.wrong("line " + (i + 1) + ": " + Clauses.render(answer.clauses().get(i))
                        + " fails the RUP test (unit propagation reaches no false clause)");
            }
            known.add(clause);
        }
        if (answer.clauses().isEmpty() || !answer.clauses().get(answer.clauses().size() - 1).isEmpty()) {
            return Score.wrong("every line passes, but the last line is not □");
        }
        return Score.correct("all " + answer.clauses().size() + " lines pass the RUP test, ending with □");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<List<String>> lines = gold.clauses();
        List<Answer> misses = new ArrayList<>();
        misses.add(new Answer(lines.subList(0, lines.size() - 1)));
        misses.add(new Answer(List.of(List.of())));
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        // Each lemma's test propagates over up to one value per variable.
        return puzzle.lemmas().size() * puzzle.names().size();
    }

    private static String write(Answer answer) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < answer.clauses().size(); i++) {
            text.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(Clauses.render(answer.clauses().get(i)));
        }
        return text.toString();
    }

    private static Answer read(String text) {
        NumberedLines.Numbered numbered = NumberedLines.read(text, MAX_LINES);
        if (numbered.first() != 1) {
            throw new dev.bootcamp.api.AnswerFormatException("number the lines from 1");
        }
        return new Answer(numbered.bodies().stream().map(Clauses::literals).toList());
    }
}
