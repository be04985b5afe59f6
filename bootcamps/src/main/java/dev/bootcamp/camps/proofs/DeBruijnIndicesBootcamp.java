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
import dev.bootcamp.camps.kit.formal.Lambda;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** De Bruijn indices: rewrite a closed named lambda term in nameless notation. */
@AutoService(Bootcamp.class)
public final class DeBruijnIndicesBootcamp extends Camp<DeBruijnIndicesBootcamp.Puzzle, DeBruijnIndicesBootcamp.Answer> {
    private static final Knob<Integer> SIZE = Knob.integer("size", 4, 48, 12, "nodes (variables, binders, applications) of the named term");
    private static final Knob<Integer> NAMES = Knob.integer("names", 2, 6, 3, "distinct binder names (fewer names means more shadowing)");
    private static final BootcampInfo INFO = BootcampInfo.builder(DeBruijnIndicesBootcamp.class)
            .title("De Bruijn indices")
            .domain("proofs")
            .tags("lambda-calculus", "de-bruijn", "binding", "syntax")
            .summary("A closed lambda term with named, possibly shadowed, bound variables must be rewritten in de Bruijn's"
                    + " nameless notation: binders lose their names and each variable becomes the number of binders"
                    + " between it and its own binder, plus one. The answer is parsed (parentheses and spacing are free)"
                    + " and must be exactly the nameless term. No partial credit.")
            .knob(SIZE)
            .knob(NAMES)
            .version(1)
            .answerShape("a nameless term such as \\ \\ 2 (1 1)")
            .build();
    private static final String EXAMPLE_NAMED = "\\f. \\g. \\h. h (g f f) (\\f. f h)";
    private static final String EXAMPLE_NAMELESS = "\\ \\ \\ 1 (2 3 3) (\\ 1 2)";

    /** The named term. */
    public record Puzzle(Lambda term) {}

    /** The nameless term. */
    public record Answer(Lambda term) {}

    public DeBruijnIndicesBootcamp() {
        super(INFO, Codec.of(answer -> answer.term().render(), text -> new Answer(Lambda.parseNameless(text))));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(SIZE, Draw.scale(level, 9, 40)).with(NAMES, 3);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        Lambda best = null;
        for (int attempt = 0; attempt < 60; attempt++) {
            Lambda term = Lambda.random(knobs.get(SIZE), knobs.get(NAMES), 0.3, random);
            String gold = term.nameless().render();
            if (EXAMPLE_NAMELESS.contains(gold) || EXAMPLE_NAMED.contains(term.render())) {
                continue;
            }
            best = term;
            if (deepest(term.nameless()) >= 2) {
                break;
            }
        }
        return new Puzzle(best);
    }

    private static int deepest(Lambda nameless) {
        int deepest = 0;
        for (Lambda occurrence : nameless.occurrences()) {
            deepest = Math.max(deepest, occurrence.index());
        }
        return deepest;
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Lambda terms are written with binders \\x. body (the body reaches as far to the right as possible) and"
                + " application by juxtaposition, grouping to the left: f a b means (f a) b. A variable is bound by the"
                + " nearest enclosing binder of the same name, so an inner binder hides an outer one with the same name.\n\n"
                + "In de Bruijn's nameless notation a binder is written \\ with no name, and every variable occurrence is"
                + " replaced by a positive number: 1 if it is bound by the nearest binder around it, 2 if it is bound by the"
                + " next binder out, and so on (count the binders you pass walking outwards from the occurrence to its own"
                + " binder, including that binder). For example, " + EXAMPLE_NAMED + " becomes " + EXAMPLE_NAMELESS + ".\n\n"
                + "Convert this closed term to nameless notation:\n" + puzzle.term().render() + "\n\n"
                + "Answer with the nameless term only, written the same way: \\ for each binder, numbers for variables,"
                + " parentheses where the grouping needs them.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.term().nameless());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (!answer.term().freeNames().isEmpty()) {
            return Score.wrong("the answer still contains named variables");
        }
        Lambda gold = puzzle.term().nameless();
        if (answer.term().equals(gold)) {
            return Score.correct("the nameless form");
        }
        if (answer.term().size() != gold.size()) {
            return Score.wrong("the answer has a different shape from the term (" + answer.term().size() + " parts, not " + gold.size() + ")");
        }
        return Score.wrong("not the nameless form of the term (a binder, an index or the grouping is wrong)");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        List<Lambda> occurrences = gold.term().occurrences();
        int pick = random.nextInt(occurrences.size());
        int index = occurrences.get(pick).index();
        misses.add(new Answer(gold.term().replaceOccurrence(pick, Lambda.index(index == 1 ? 2 : index - 1))));
        Lambda zeroBased = gold.term();
        for (int i = 0; i < occurrences.size(); i++) {
            if (occurrences.get(i).index() > 1) {
                zeroBased = zeroBased.replaceOccurrence(i, Lambda.index(occurrences.get(i).index() - 1));
            }
        }
        misses.add(new Answer(zeroBased));
        return misses.stream().filter(miss -> !check(puzzle, miss).passed()).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        int cost = puzzle.term().size();
        for (Lambda occurrence : puzzle.term().nameless().occurrences()) {
            cost += occurrence.index();
        }
        return cost;
    }
}
