package dev.bootcamp.camps.kit.planning;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.camps.kit.Codec;
import java.util.ArrayList;
import java.util.List;

/** Atoms as a model writes them: "(at red hall)", "at red hall", several separated by commas, semicolons or lines. */
public final class AtomCodecs {
    private static final int MAX_ATOM_CHARS = 120;

    private AtomCodecs() {}

    /**
     * A list of atoms: groups split at '(', ')', ',', ';' and new lines, each group's words (letters, digits, '-', '_')
     * lower-cased and joined by single spaces; empty groups are skipped. More than {@code most} atoms, an atom over 120
     * characters, or none at all is malformed. Rendered as "(a b), (c d)".
     */
    public static Codec<List<String>> atoms(int most) {
        return Codec.of(AtomCodecs::render, text -> read(text, most));
    }

    /** The atoms written as "(a b), (c d)". */
    public static String render(List<String> atoms) {
        List<String> parts = new ArrayList<>();
        atoms.forEach(atom -> parts.add("(" + atom + ")"));
        return String.join(", ", parts);
    }

    /** Reads atoms as {@link #atoms} describes. */
    public static List<String> read(String text, int most) {
        List<String> atoms = new ArrayList<>();
        StringBuilder atom = new StringBuilder();
        boolean space = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '(' || c == ')' || c == ',' || c == ';' || c == '\n') {
                if (!atom.isEmpty()) {
                    atoms.add(atom.toString());
                    if (atoms.size() > most) {
                        throw new AnswerFormatException("more than " + most + " atoms");
                    }
                    atom.setLength(0);
                }
                space = false;
                continue;
            }
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                if (space && !atom.isEmpty()) {
                    atom.append(' ');
                }
                atom.append(Character.toLowerCase(c));
                space = false;
                if (atom.length() > MAX_ATOM_CHARS) {
                    throw new AnswerFormatException("an atom is longer than " + MAX_ATOM_CHARS + " characters");
                }
                continue;
            }
            space = true;
        }
        if (atoms.isEmpty()) {
            throw new AnswerFormatException("no atoms found");
        }
        return List.copyOf(atoms);
    }
}
