package dev.bootcamp.camps.kit.instructions;

import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Words;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Near misses of a writing task: small edits of the reference text (a word swapped for another bank word or for a
 * word outside the bank, a word dropped or doubled, a word capitalised, a line dropped or two lines swapped, a comma
 * added), kept when they break exactly one rule; edits that break more are used only when too few break one.
 */
public final class Edits {
    private static final int WANTED = 4;

    private Edits() {}

    /** Up to four edited texts, each breaking at least one rule by {@code outcomes}, preferring those breaking one. */
    public static List<String> nearMisses(String gold, List<String> bank, Function<String, List<Outcome>> outcomes, RandomGenerator random) {
        List<String> one = new ArrayList<>();
        List<String> more = new ArrayList<>();
        for (String edited : candidates(gold, bank, random)) {
            String text;
            try {
                text = Writing.normalise(edited);
            } catch (RuntimeException e) {
                continue;
            }
            if (text.equals(gold)) {
                continue;
            }
            int broken = Rules.broken(outcomes.apply(text));
            if (broken == 1 && one.size() < WANTED) {
                one.add(text);
            } else if (broken > 1 && more.size() < WANTED) {
                more.add(text);
            }
        }
        List<String> misses = new ArrayList<>(one);
        for (int i = 0; misses.size() < WANTED && i < more.size(); i++) {
            misses.add(more.get(i));
        }
        return List.copyOf(misses);
    }

    private static List<String> candidates(String gold, List<String> bank, RandomGenerator random) {
        Set<String> out = new LinkedHashSet<>();
        List<int[]> spans = spans(gold);
        if (spans.isEmpty()) {
            return List.of();
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            int[] span = Draw.pick(spans, random);
            String word = gold.substring(span[0], span[1]);
            out.add(replace(gold, span, matchCase(Draw.pick(bank, random), word)));
            out.add(replace(gold, span, matchCase(outside(bank, random), word)));
            out.add(replace(gold, span, word + " " + word.toLowerCase(Locale.ROOT)));
            out.add(dropWord(gold, span));
            out.add(replace(gold, span, word.toUpperCase(Locale.ROOT)));
            out.add(replace(gold, span, word + ","));
        }
        int[] last = spans.get(spans.size() - 1);
        out.add(dropWord(gold, last));
        out.add(gold + " " + gold.substring(last[0], last[1]).toLowerCase(Locale.ROOT));
        String[] lines = gold.split("\n", -1);
        if (lines.length > 1) {
            int at = random.nextInt(lines.length);
            List<String> dropped = new ArrayList<>(List.of(lines));
            dropped.remove(at);
            out.add(String.join("\n", dropped));
            List<String> swapped = new ArrayList<>(List.of(lines));
            int other = (at + 1) % lines.length;
            swapped.set(at, lines[other]);
            swapped.set(other, lines[at]);
            out.add(String.join("\n", swapped));
        }
        return List.copyOf(out);
    }

    /** The start and end of every word of the text. */
    private static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Text.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                spans.add(new int[] {start, i});
                start = -1;
            }
        }
        return spans;
    }

    private static String replace(String text, int[] span, String with) {
        return text.substring(0, span[0]) + with + text.substring(span[1]);
    }

    private static String dropWord(String text, int[] span) {
        int end = span[1];
        while (end < text.length() && text.charAt(end) == ' ') {
            end++;
        }
        return text.substring(0, span[0]) + text.substring(end);
    }

    private static String outside(List<String> bank, RandomGenerator random) {
        for (int i = 0; i < 20; i++) {
            String word = Words.pick(random);
            if (!bank.contains(word)) {
                return word;
            }
        }
        return "zzz";
    }

    private static String matchCase(String word, String like) {
        if (!like.isEmpty() && Character.isUpperCase(like.charAt(0))) {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
        return word;
    }
}
