package dev.bootcamp.camps.kit.proofs;

import dev.bootcamp.camps.kit.PropositionalFormula;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Random valid sequents with a Fitch proof found by {@link FitchProver}, for the natural deduction bootcamps. */
public final class FitchSequents {
    /** The variable names sequents use, in order. */
    public static final List<String> NAMES = List.of("P", "Q", "R", "S");

    /** Premises, a conclusion they entail, and a checked proof (canonical formula texts). */
    public record Sequent(List<String> premises, String conclusion, List<FitchLine> proof) {
        public Sequent {
            premises = List.copyOf(premises);
            proof = List.copyOf(proof);
        }

        public List<Prop> premiseFormulas() {
            return premises.stream().map(PropParser::parse).toList();
        }

        public Prop conclusionFormula() {
            return PropParser.parse(conclusion);
        }
    }

    private FitchSequents() {}

    /**
     * A sequent over {@code variables} variables with {@code premises} premises of {@code premiseSize} connectives each
     * and a conclusion of {@code conclusionSize} connectives: the premises are jointly satisfiable and no one of several entails the conclusion alone,
     * the conclusion is no tautology (when there are premises) and no premise, and the prover's proof has between
     * {@code premises + 2} and {@code maxLines} lines. Retries until one is found.
     */
    public static Sequent random(int variables, int premises, int premiseSize, int conclusionSize, int maxLines, RandomGenerator random) {
        List<String> names = NAMES.subList(0, variables);
        long all = PropositionalFormula.all(variables);
        while (true) {
            List<PropositionalFormula> premisePool = pool(variables, premiseSize, random);
            List<PropositionalFormula> conclusionPool = pool(variables, conclusionSize, random);
            long[] premiseTables = premisePool.stream().mapToLong(formula -> formula.table(variables)).toArray();
            long[] conclusionTables = conclusionPool.stream().mapToLong(formula -> formula.table(variables)).toArray();
            for (int attempt = 0; attempt < 4_000; attempt++) {
                int[] chosen = new int[premises];
                long[] tables = new long[premises];
                long together = all;
                boolean distinct = true;
                for (int i = 0; i < premises; i++) {
                    chosen[i] = random.nextInt(premisePool.size());
                    for (int k = 0; k < i; k++) {
                        distinct &= chosen[k] != chosen[i];
                    }
                    tables[i] = premiseTables[chosen[i]];
                    together &= tables[i];
                }
                int pick = random.nextInt(conclusionPool.size());
                long goal = conclusionTables[pick];
                if (!distinct || together == 0 || (together & ~goal & all) != 0 || goal == all && premises > 0 || !allNeeded(tables, goal, all)) {
                    continue;
                }
                List<Prop> formulas = new ArrayList<>();
                for (int index : chosen) {
                    formulas.add(Prop.from(premisePool.get(index), names));
                }
                Prop target = Prop.from(conclusionPool.get(pick), names);
                if (formulas.contains(target)) {
                    continue;
                }
                List<FitchLine> proof = FitchProver.prove(formulas, target, maxLines + 40, 6);
                if (proof == null || proof.size() > maxLines || proof.size() < premises + 2) {
                    continue;
                }
                String problem = FitchProofs.check(formulas, target, proof);
                if (problem != null) {
                    throw new IllegalStateException("the prover wrote an invalid proof: " + problem);
                }
                return new Sequent(formulas.stream().map(Prop::toString).toList(), target.toString(), proof);
            }
        }
    }

    /** Up to 40 distinct random formulas that are not constant (tried 80 times). */
    private static List<PropositionalFormula> pool(int variables, int size, RandomGenerator random) {
        long all = PropositionalFormula.all(variables);
        List<PropositionalFormula> pool = new ArrayList<>();
        for (int i = 0; i < 80 && pool.size() < 40; i++) {
            PropositionalFormula formula = draw(variables, size, random);
            long table = formula.table(variables);
            if (table != 0 && table != all && !pool.contains(formula)) {
                pool.add(formula);
            }
        }
        return pool;
    }

    /** Whether no single premise entails the goal when there are several (so the premises must be combined). */
    private static boolean allNeeded(long[] tables, long goal, long all) {
        if (tables.length < 2) {
            return true;
        }
        for (long table : tables) {
            if ((table & ~goal & all) == 0) {
                return false;
            }
        }
        return true;
    }

    /** A random formula without repeated operands, double negations or constant parts. */
    private static PropositionalFormula draw(int variables, int size, RandomGenerator random) {
        while (true) {
            PropositionalFormula formula = PropositionalFormula.randomPart(variables, size, 0.25, random);
            if (!formula.hasRedundancy() && !formula.hasConstantPart(variables)) {
                return formula;
            }
        }
    }
}
