package dev.bootcamp.camps.kit.formal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A named equational theory: a signature (with constants a, b, c standing for arbitrary elements) and axioms A1, A2,
 * ... whose upper-case letters are universally quantified variables. {@link #all()} lists the fixed theories.
 */
public record Theory(String name, String symbols, Signature signature, List<Rule> axioms) {
    public Theory {
        axioms = List.copyOf(axioms);
    }

    private static final String ASSOC = "m(m(X, Y), Z) = m(X, m(Y, Z))";

    /** Monoid, commutative monoid, group, abelian group and lattice. */
    public static List<Theory> all() {
        Signature monoid = new Signature(List.of("m", "e", "a", "b", "c"), List.of(2, 0, 0, 0, 0));
        Signature group = new Signature(List.of("m", "i", "e", "a", "b", "c"), List.of(2, 1, 0, 0, 0, 0));
        Signature lattice = new Signature(List.of("j", "n", "a", "b", "c"), List.of(2, 2, 0, 0, 0));
        String monoidSymbols = "m(x, y) is the product of x and y and e is the identity element";
        String groupSymbols = monoidSymbols + "; i(x) is the inverse of x";
        return List.of(
                of("monoid", monoidSymbols, monoid, ASSOC, "m(e, X) = X", "m(X, e) = X"),
                of("commutative monoid", monoidSymbols, monoid, ASSOC, "m(e, X) = X", "m(X, Y) = m(Y, X)"),
                of("group", groupSymbols, group, ASSOC, "m(e, X) = X", "m(X, e) = X", "m(i(X), X) = e", "m(X, i(X)) = e"),
                of("abelian group", groupSymbols, group, ASSOC, "m(e, X) = X", "m(i(X), X) = e", "m(X, Y) = m(Y, X)"),
                of("lattice", "j(x, y) is the join and n(x, y) the meet of x and y", lattice, "j(X, Y) = j(Y, X)", "n(X, Y) = n(Y, X)",
                        "j(j(X, Y), Z) = j(X, j(Y, Z))", "n(n(X, Y), Z) = n(X, n(Y, Z))", "j(X, n(X, Y)) = X", "n(X, j(X, Y)) = X"));
    }

    private static Theory of(String name, String symbols, Signature signature, String... equations) {
        List<Rule> axioms = new ArrayList<>();
        for (String equation : equations) {
            String[] sides = equation.split("=");
            axioms.add(new Rule("A" + (axioms.size() + 1), Terms.parse(sides[0]), Terms.parse(sides[1])));
        }
        return new Theory(name, symbols, signature, axioms);
    }

    public Rule axiom(String name) {
        for (Rule axiom : axioms) {
            if (axiom.name().equalsIgnoreCase(name)) {
                return axiom;
            }
        }
        return null;
    }

    /** One axiom applied in one direction at one position, and the term it gives. */
    public record Move(String axiom, boolean forward, List<Integer> position, Term result) {
        public Move {
            position = List.copyOf(position);
        }
    }

    /**
     * A random rewrite of {@code term} by one axiom in one direction at one position where it applies, with variables
     * the used side leaves open filled by random ground terms of depth at most 2; null when none applies.
     */
    public Move randomMove(Term term, RandomGenerator random) {
        List<Move> moves = new ArrayList<>();
        for (Rule axiom : axioms) {
            for (boolean forward : new boolean[] {true, false}) {
                Rule used = forward ? axiom : axiom.reversed();
                for (List<Integer> position : term.positions()) {
                    Map<String, Term> binding = Terms.match(used.left(), term.at(position));
                    if (binding != null) {
                        for (String open : used.right().variables()) {
                            binding.putIfAbsent(open, signature.randomTerm(1 + random.nextInt(2), List.of(), 0, 0.5, random));
                        }
                        moves.add(new Move(axiom.name(), forward, position, term.replace(position, used.right().substitute(binding))));
                    }
                }
            }
        }
        return moves.isEmpty() ? null : moves.get(random.nextInt(moves.size()));
    }
}
