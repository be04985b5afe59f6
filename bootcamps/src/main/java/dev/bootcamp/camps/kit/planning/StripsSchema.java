package dev.bootcamp.camps.kit.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A typed STRIPS action schema: parameters {@code ?x} with types, a precondition (atoms that must hold), and an effect
 * (atoms added and atoms deleted). Atoms are written as words, "at ?b ?r", whose first word is the predicate.
 */
public record StripsSchema(String name, List<String> parameters, List<String> types, List<String> precondition, List<String> adds,
        List<String> deletes) {
    public StripsSchema {
        parameters = List.copyOf(parameters);
        types = List.copyOf(types);
        precondition = List.copyOf(precondition);
        adds = List.copyOf(adds);
        deletes = List.copyOf(deletes);
        if (parameters.size() != types.size()) {
            throw new IllegalArgumentException("one type per parameter in '" + name + "'");
        }
        for (String atom : concat(precondition, adds, deletes)) {
            for (String word : atom.split(" ")) {
                if (word.startsWith("?") && !parameters.contains(word)) {
                    throw new IllegalArgumentException("'" + name + "' uses " + word + ", which is not a parameter");
                }
            }
        }
    }

    /**
     * A schema from short text: parameters "?b ball, ?r room", and atom lists separated by ';' ("at ?b ?r; free ?g").
     */
    public static StripsSchema of(String name, String parameters, String precondition, String adds, String deletes) {
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (String parameter : parameters.split(",")) {
            String[] parts = parameter.trim().split(" ");
            names.add(parts[0]);
            types.add(parts[1]);
        }
        return new StripsSchema(name, names, types, atoms(precondition), atoms(adds), atoms(deletes));
    }

    private static List<String> atoms(String text) {
        return Arrays.stream(text.split(";")).map(String::trim).filter(atom -> !atom.isEmpty()).toList();
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }

    /** The atom with the parameters replaced by the objects bound to them. */
    public static String ground(String atom, List<String> parameters, List<String> objects) {
        String[] words = atom.split(" ");
        for (int i = 1; i < words.length; i++) {
            int at = parameters.indexOf(words[i]);
            if (at >= 0) {
                words[i] = objects.get(at);
            }
        }
        return String.join(" ", words);
    }

    /** The schema in PDDL-like text. */
    public String text() {
        StringBuilder text = new StringBuilder("(:action ").append(name).append("\n  :parameters (");
        for (int i = 0; i < parameters.size(); i++) {
            text.append(i == 0 ? "" : " ").append(parameters.get(i)).append(" - ").append(types.get(i));
        }
        text.append(")\n  :precondition (and");
        precondition.forEach(atom -> text.append(" (").append(atom).append(')'));
        text.append(")\n  :effect (and");
        adds.forEach(atom -> text.append(" (").append(atom).append(')'));
        deletes.forEach(atom -> text.append(" (not (").append(atom).append("))"));
        return text.append("))").toString();
    }
}
