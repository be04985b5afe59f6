package dev.bootcamp.camps.kit.code;

import java.util.IdentityHashMap;
import java.util.List;

/** A program's source lines and the line (from 1) where each statement is written, by identity. */
public record Listing(List<String> lines, IdentityHashMap<Stmt, Integer> lineOf) {
    public Listing {
        lines = List.copyOf(lines);
    }

    /** The line of {@code statement}, from 1. */
    public int line(Stmt statement) {
        Integer line = lineOf.get(statement);
        if (line == null) {
            throw new IllegalArgumentException("the statement is not in this listing: " + statement);
        }
        return line;
    }

    /** The source as plain text, one statement a line. */
    public String text() {
        return String.join("\n", lines);
    }

    /** The source with each line after its number, right-aligned, and a bar ({@code " 7 | x = 1"}). */
    public String numbered() {
        StringBuilder text = new StringBuilder();
        int width = String.valueOf(lines.size()).length();
        for (int i = 0; i < lines.size(); i++) {
            String number = String.valueOf(i + 1);
            text.append(" ".repeat(width - number.length())).append(number).append(" | ").append(lines.get(i)).append('\n');
        }
        return text.toString().stripTrailing();
    }
}
