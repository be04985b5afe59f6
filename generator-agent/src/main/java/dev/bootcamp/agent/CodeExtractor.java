package dev.bootcamp.agent;

import dev.bootcamp.verify.Responses;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the Java file in a model's reply: the longest fenced block tagged {@code java} that declares a class
 * implementing {@code Bootcamp}, else the longest block that does, else the longest {@code java} block, else the whole
 * reply when it is bare source. Reasoning blocks are removed first. A linear scan over lines; no regular expressions
 * on model text.
 */
public final class CodeExtractor {
    private CodeExtractor() {}

    private record Block(String language, String code) {
        boolean declaresBootcamp() {
            return code.contains("class ") && code.contains("Bootcamp");
        }
    }

    public static Optional<String> extract(String reply) {
        String text = Responses.stripReasoning(reply);
        List<Block> blocks = blocks(text);
        Comparator<Block> longest = Comparator.comparingInt(block -> block.code().length());
        Optional<Block> chosen = blocks.stream().filter(block -> block.language().equals("java") && block.declaresBootcamp()).max(longest)
                .or(() -> blocks.stream().filter(Block::declaresBootcamp).max(longest))
                .or(() -> blocks.stream().filter(block -> block.language().equals("java")).max(longest));
        if (chosen.isPresent()) {
            return Optional.of(chosen.get().code());
        }
        String bare = text.strip();
        if (blocks.isEmpty() && bare.startsWith("package ") && bare.contains("class ")) {
            return Optional.of(bare + "\n");
        }
        return Optional.empty();
    }

    private static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        String fence = null;
        String language = "";
        StringBuilder code = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (fence == null) {
                String opening = fenceOf(trimmed);
                if (opening != null) {
                    fence = opening;
                    language = trimmed.substring(opening.length()).strip().toLowerCase(Locale.ROOT);
                    code.setLength(0);
                }
                continue;
            }
            if (closes(trimmed, fence)) {
                blocks.add(new Block(language, code.toString()));
                fence = null;
                continue;
            }
            code.append(line).append('\n');
        }
        if (fence != null && code.length() > 0) {
            blocks.add(new Block(language, code.toString()));
        }
        return blocks;
    }

    /** Whether a line closes a block opened by {@code fence}: the same mark, at least as many, nothing else. */
    private static boolean closes(String line, String fence) {
        if (!line.startsWith(fence)) {
            return false;
        }
        for (int i = fence.length(); i < line.length(); i++) {
            if (line.charAt(i) != fence.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    /** The fence a line opens (three or more backticks or tildes), or null. */
    private static String fenceOf(String line) {
        if (line.isEmpty() || line.charAt(0) != '`' && line.charAt(0) != '~') {
            return null;
        }
        char mark = line.charAt(0);
        int count = 0;
        while (count < line.length() && line.charAt(count) == mark) {
            count++;
        }
        return count >= 3 ? line.substring(0, count) : null;
    }
}
