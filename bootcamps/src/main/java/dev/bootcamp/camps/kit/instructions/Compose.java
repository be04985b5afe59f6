package dev.bootcamp.camps.kit.instructions;

import dev.bootcamp.camps.kit.Draw;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Writes reference texts from word lists: sentences, and random runs of words. */
public final class Compose {
    private Compose() {}

    /** The words as one sentence: first letter capitalised when asked, single spaces, a full stop at the end. */
    public static String sentence(List<String> words, boolean capital) {
        String joined = String.join(" ", words);
        if (capital) {
            joined = Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
        }
        return joined + ".";
    }

    /** {@code count} words drawn from {@code from} with repeats allowed. */
    public static List<String> draw(List<String> from, int count, RandomGenerator random) {
        List<String> words = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            words.add(Draw.pick(from, random));
        }
        return words;
    }

    /** The words cut into sentences of random lengths between {@code low} and {@code high} (the last may be shorter). */
    public static String sentences(List<String> words, int low, int high, boolean capital, RandomGenerator random) {
        StringBuilder text = new StringBuilder();
        int at = 0;
        while (at < words.size()) {
            int length = Math.min(words.size() - at, Draw.between(low, high, random));
            text.append(text.length() == 0 ? "" : " ").append(sentence(words.subList(at, at + length), capital));
            at += length;
        }
        return text.toString();
    }
}
