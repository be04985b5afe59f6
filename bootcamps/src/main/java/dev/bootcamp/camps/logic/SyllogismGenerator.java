package dev.bootcamp.camps.logic;

import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.logic.SyllogismBootcamp.Argument;
import dev.bootcamp.camps.logic.SyllogismBootcamp.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Makes syllogisms: builds a valid chain of premises, perturbs it two times in three (a reversed link, a changed
 * quantifier, a converted conclusion), mixes in unrelated premises, and keeps the result when the model checker's
 * verdict is the one drawn, so valid and invalid arguments look alike.
 */
final class SyllogismGenerator {
    private static final List<String> CATEGORIES = List.of("artists", "bakers", "chemists", "chess players", "cyclists",
            "dancers", "doctors", "engineers", "farmers", "gardeners", "hikers", "jugglers", "knitters", "lawyers",
            "musicians", "nurses", "painters", "pilots", "poets", "runners", "sailors", "singers", "swimmers", "teachers",
            "writers");
    private static final int MAX_TERMS = 8;

    private SyllogismGenerator() {}

    static Argument generate(int chain, int distractors, RandomGenerator random) {
        boolean follows = random.nextBoolean();
        while (true) {
            int extraTerms = Math.min(MAX_TERMS - chain, Draw.between(0, distractors, random));
            int terms = chain + extraTerms;
            List<Statement> premises = new ArrayList<>();
            Statement conclusion = validChain(chain, premises, random);
            if (random.nextInt(3) > 0) {
                conclusion = perturb(premises, conclusion, random);
            }
            for (int i = 0; i < distractors; i++) {
                int subject = i < extraTerms ? chain + i : random.nextInt(terms);
                int predicate = i < extraTerms ? random.nextInt(chain + i) : random.nextInt(terms);
                Statement extra = new Statement(Draw.pick(List.of("all", "no", "some", "some-not"), random), subject, predicate);
                boolean newPair = !samePair(extra, conclusion) && premises.stream().noneMatch(premise -> samePair(premise, extra));
                if (subject != predicate && newPair) {
                    premises.add(random.nextBoolean() ? extra : reversed(extra));
                }
            }
            Statement claim = conclusion;
            if (premises.stream().anyMatch(premise -> restates(premise, claim)) || !SyllogismBootcamp.consistent(terms, premises)
                    || SyllogismBootcamp.follows(terms, premises, conclusion) != follows) {
                continue;
            }
            premises.replaceAll(premise -> symmetric(premise) && random.nextBoolean() ? reversed(premise) : premise);
            conclusion = symmetric(conclusion) && random.nextBoolean() ? reversed(conclusion) : conclusion;
            Draw.shuffle(premises, random);
            List<String> names = Draw.sample(CATEGORIES, terms, random);
            return new Argument(names, premises, conclusion, follows);
        }
    }

    /**
     * Premises "term 0 ... term chain-1" along a chain of inclusions, starting with Some or Some ... not and ending
     * with No when drawn so, and the conclusion about the two ends that they prove.
     */
    private static Statement validChain(int chain, List<Statement> premises, RandomGenerator random) {
        int last = chain - 1;
        switch (random.nextInt(5)) {
            case 0 -> {
                for (int i = 0; i < last; i++) {
                    premises.add(new Statement("all", i, i + 1));
                }
                return new Statement("all", 0, last);
            }
            case 1 -> {
                for (int i = 0; i < last - 1; i++) {
                    premises.add(new Statement("all", i, i + 1));
                }
                premises.add(new Statement("no", last - 1, last));
                return new Statement("no", 0, last);
            }
            case 2 -> {
                premises.add(new Statement("some", 0, 1));
                for (int i = 1; i < last; i++) {
                    premises.add(new Statement("all", i, i + 1));
                }
                return new Statement("some", 0, last);
            }
            case 3 -> {
                premises.add(new Statement("some", 0, 1));
                for (int i = 1; i < last - 1; i++) {
                    premises.add(new Statement("all", i, i + 1));
                }
                premises.add(new Statement("no", last - 1, last));
                return new Statement("some-not", 0, last);
            }
            default -> {
                premises.add(new Statement("some-not", 0, 1));
                for (int i = 1; i < last; i++) {
                    premises.add(new Statement("all", i + 1, i));
                }
                return new Statement("some-not", 0, last);
            }
        }
    }

    /** One plausible slip: a reversed or weakened link, or a converted or strengthened conclusion. */
    private static Statement perturb(List<Statement> premises, Statement conclusion, RandomGenerator random) {
        int index = random.nextInt(premises.size());
        Statement link = premises.get(index);
        return switch (random.nextInt(4)) {
            case 0 -> {
                premises.set(index, reversed(link));
                yield conclusion;
            }
            case 1 -> {
                premises.set(index, new Statement(swapQuantifier(link.form()), link.subject(), link.predicate()));
                yield conclusion;
            }
            case 2 -> reversed(conclusion);
            default -> new Statement(swapQuantifier(conclusion.form()), conclusion.subject(), conclusion.predicate());
        };
    }

    private static String swapQuantifier(String form) {
        return switch (form) {
            case "all" -> "some";
            case "some" -> "all";
            case "no" -> "some-not";
            default -> "no";
        };
    }

    /** No and Some read the same both ways round. */
    private static boolean symmetric(Statement statement) {
        return statement.form().equals("no") || statement.form().equals("some");
    }

    private static Statement reversed(Statement statement) {
        return new Statement(statement.form(), statement.predicate(), statement.subject());
    }

    private static boolean restates(Statement premise, Statement conclusion) {
        return premise.equals(conclusion) || symmetric(premise) && reversed(premise).equals(conclusion);
    }

    private static boolean samePair(Statement a, Statement b) {
        return a.subject() == b.subject() && a.predicate() == b.predicate() || a.subject() == b.predicate() && a.predicate() == b.subject();
    }
}
