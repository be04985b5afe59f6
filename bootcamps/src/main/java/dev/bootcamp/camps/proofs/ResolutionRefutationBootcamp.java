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
import dev.bootcamp.camps.kit.proofs.Clauses;
import dev.bootcamp.camps.kit.proofs.NumberedLines;
import dev.bootcamp.camps.kit.proofs.Resolution;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/** Resolution refutation: derive the empty clause from an unsatisfiable clause set, each step naming its two parents. */
@AutoService(Bootcamp.class)
public final class ResolutionRefutationBootcamp extends Camp<ResolutionRefutationBootcamp.Puzzle, ResolutionRefutationBootcamp.Answer> {
    private static final Knob<Integer> VARIABLES = Knob.integer("variables", 2, 8, 4, "number of propositional variables");
    private static final Knob<Integer> WIDTH = Knob.integer("width", 2, 3, 3, "literals in each generated clause");
    private static final Knob<Integer> EXTRA = Knob.integer("extra", 0, 6, 0, "clauses added that the refutation does not need");
    private static final int MAX_STEPS = 300;
    private static final List<String> NAMES = List.of("P", "Q", "R", "S", "T", "U", "V", "W");
    private static final BootcampInfo INFO = BootcampInfo.builder(ResolutionRefutationBootcamp.class)
            .title("Resolution refutation")
            .domain("proofs")
            .tags("proofs", "propositional-logic", "resolution", "refutation")
            .summary("An unsatisfiable set of numbered clauses (a minimal unsatisfiable core, plus unneeded clauses at higher"
                    + " levels) is given; the answer is a resolution refutation, numbered on from the clauses, each step a"
                    + " clause and the two earlier clauses it resolves. Every step is recomputed: any refutation whose steps"
                    + " are all binary resolvents and whose last clause is the empty clause □ is CORRECT; a wrong resolvent,"
                    + " a bad citation or a proof that stops short is WRONG with the first bad line named. No partial credit.")
            .knob(VARIABLES)
            .knob(WIDTH)
            .knob(EXTRA)
            .version(1)
            .answerShape("numbered lines of the form '7. P ∨ ¬R from 3, 5', the last one deriving □")
            .severalAnswers()
            .build();

    /** The variable names, the given clauses (bit sets, see {@link Clauses}) and a reference refutation. */
    public record Puzzle(List<String> names, List<Long> clauses, List<Resolution.Step> steps) {
        public Puzzle {
            names = List.copyOf(names);
            clauses = List.copyOf(clauses);
            steps = List.copyOf(steps);
        }
    }

    /** The derived clauses, numbered on from {@code first}, with the numbers of their parents. */
    public record Answer(int first, List<Line> lines) {
        public Answer {
            lines = List.copyOf(lines);
        }
    }

    /** One step: a clause (its literals, see {@link Clauses#literals(String)}) and its two parents, numbered from 1. */
    public record Line(List<String> literals, int first, int second) {
        public Line {
            literals = List.copyOf(literals);
        }
    }

    public ResolutionRefutationBootcamp() {
        super(INFO, Codec.of(ResolutionRefutationBootcamp::write, ResolutionRefutationBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(VARIABLES, Draw.scale(level, 3, 8))
                .with(WIDTH, level <= 2 ? 2 : 3)
                .with(EXTRA, Draw.scale(level, 1, 6));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int variables = knobs.get(VARIABLES);
        List<String> names = NAMES.subList(0, variables);
        while (true) {
            List<Long> clauses = Resolution.unsatInstance(variables, knobs.get(WIDTH), knobs.get(EXTRA), random);
            List<Resolution.Step> steps = Resolution.refute(clauses, 6, random);
            if (steps.size() <= MAX_STEPS / 2) {
                return new Puzzle(names, clauses, steps);
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        int count = puzzle.clauses().size();
        text.append("A clause is a disjunction of literals: a literal is a variable such as P or its negation ¬P, and the")
                .append(" clause is true when at least one of its literals is true. The empty clause, written □, has no literals")
                .append(" and is never true. The following ").append(count).append(" clauses over ")
                .append(String.join(", ", puzzle.names())).append(" cannot all be true at once:\n\n");
        for (int i = 0; i < count; i++) {
            text.append(i + 1).append(". ").append(Clauses.render(puzzle.clauses().get(i), puzzle.names())).append('\n');
        }
        text.append("\nShow this with a resolution refutation. The resolution rule: from two clauses where one contains a")
                .append(" literal X and the other contains ¬X, derive the resolvent, which holds every other literal of both")
                .append(" clauses (X and ¬X themselves are dropped, and a literal found in both is written once). Resolve on one")
                .append(" variable at a time. Number the derived clauses on from ").append(count + 1)
                .append(", one per line, each followed by the word \"from\" and the numbers of its two parent clauses (given")
                .append(" clauses or clauses derived earlier). The last line must derive □. The order of literals in a clause")
                .append(" does not matter. Format example (not the answer): \"").append(count + 1)
                .append(". Q ∨ ¬S from 2, 4\". Any correct refutation is accepted.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        List<Line> lines = puzzle.steps().stream()
                .map(step -> new Line(Clauses.literals(step.clause(), puzzle.names()), step.first() + 1, step.second() + 1)).toList();
        return new Answer(puzzle.clauses().size() + 1, lines);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<Long> known = new ArrayList<>(puzzle.clauses());
        int number = known.size() + 1;
        if (answer.first() != number) {
            return Score.wrong("the derived clauses must be numbered from " + number);
        }
        for (Line line : answer.lines()) {
            int size = known.size();
            if (line.first() < 1 || line.first() > size || line.second() < 1 || line.second() > size) {
                return Score.wrong("line " + number + " cites a clause that is not before it");
            }
            long clause = Clauses.mask(line.literals(), puzzle.names());
            if (clause < 0) {
                return Score.wrong("line " + number + " uses a variable that is not " + String.join(", ", puzzle.names()));
            }
            long first = known.get(line.first() - 1);
            long second = known.get(line.second() - 1);
            long clash = Clauses.clashes(first, second);
            boolean ok = false;
            for (int v = 0; v < Clauses.MAX_VARIABLES && !ok; v++) {
                ok = (clash >>> v & 1) == 1 && Clauses.resolve(first, second, v) == clause;
            }
            if (!ok) {
                return Score.wrong("line " + number + ": " + Clauses.render(line.literals())
                        + (clash == 0 ? " — clauses " + line.first() + " and " + line.second() + " have no complementary literals"
                        : " is not a resolvent of clauses " + line.first() + " and " + line.second()));
            }
            known.add(clause);
            number++;
        }
        if (answer.lines().isEmpty() || !answer.lines().get(answer.lines().size() - 1).literals().isEmpty()) {
            return Score.wrong("every step checks, but the last line is not □");
        }
        return Score.correct("a refutation of " + answer.lines().size() + " steps, each a resolvent");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        List<Line> lines = gold.lines();
        misses.add(new Answer(gold.first(), lines.subList(0, lines.size() - 1)));
        int at = random.nextInt(lines.size());
        Line line = lines.get(at);
        List<Line> changed = new ArrayList<>(lines);
        long flipped = Clauses.mask(line.literals(), puzzle.names()) ^ Clauses.literal(random.nextInt(puzzle.names().size()), random.nextBoolean());
        changed.set(at, new Line(Clauses.literals(flipped, puzzle.names()), line.first(), line.second()));
        misses.add(new Answer(gold.first(), changed));
        List<Line> recited = new ArrayList<>(lines);
        recited.set(at, new Line(line.literals(), line.first() == 1 ? 2 : line.first() - 1, line.second()));
        misses.add(new Answer(gold.first(), recited));
        misses.add(new Answer(gold.first() + 1, lines));
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.steps().size() + puzzle.clauses().size();
    }

    private static String write(Answer answer) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < answer.lines().size(); i++) {
            Line line = answer.lines().get(i);
            out.add((answer.first() + i) + ". " + Clauses.render(line.literals()) + " from " + line.first() + ", " + line.second());
        }
        return out.stream().collect(Collectors.joining("\n"));
    }

    private static Answer read(String text) {
        NumberedLines.Numbered numbered = NumberedLines.read(text, MAX_STEPS);
        List<Line> lines = new ArrayList<>();
        for (String body : numbered.bodies()) {
            int from = body.toLowerCase(Locale.ROOT).lastIndexOf("from");
            if (from < 0) {
                throw new AnswerFormatException("each line needs 'from' and two clause numbers, found '" + Answers.abbreviate(body) + "'");
            }
            List<int[]> parents = NumberedLines.references(body.substring(from + 4), 3);
            if (parents.size() != 2 || parents.get(0)[0] != parents.get(0)[1] || parents.get(1)[0] != parents.get(1)[1]) {
                throw new AnswerFormatException("each line names exactly two parent clauses, found '" + Answers.abbreviate(body) + "'");
            }
            lines.add(new Line(Clauses.literals(body.substring(0, from)), parents.get(0)[0], parents.get(1)[0]));
        }
        return new Answer(numbered.first(), lines);
    }
}
