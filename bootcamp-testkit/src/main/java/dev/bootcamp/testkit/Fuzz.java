package dev.bootcamp.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Mutations of answer text for the contract: a few plausible single edits, and hostile fuzz. */
final class Fuzz {
    private static final String SYMBOLS = " \n\t,;:.-+*/()[]{}<>=|#@!?'\"\\_";

    private Fuzz() {}

    /** Small content-changing edits of a gold answer text: a digit or letter changed, a token dropped or repeated. */
    static List<String> mutations(String gold, RandomGenerator random) {
        List<String> out = new ArrayList<>();
        int digit = randomIndex(gold, random, true);
        if (digit >= 0) {
            char c = gold.charAt(digit);
            out.add(gold.substring(0, digit) + (char) ('0' + (c - '0' + 1 + random.nextInt(8)) % 10) + gold.substring(digit + 1));
        }
        int letter = randomIndex(gold, random, false);
        if (letter >= 0) {
            char c = gold.charAt(letter);
            char base = Character.isUpperCase(c) ? 'A' : 'a';
            out.add(gold.substring(0, letter) + (char) (base + (c - base + 1 + random.nextInt(24)) % 26) + gold.substring(letter + 1));
        }
        String[] tokens = gold.strip().split("\\s+");
        if (tokens.length > 1) {
            out.add(String.join(" ", java.util.Arrays.copyOf(tokens, tokens.length - 1)));
            int at = random.nextInt(tokens.length);
            List<String> repeated = new ArrayList<>(List.of(tokens));
            repeated.add(at, tokens[at]);
            out.add(String.join(" ", repeated));
        }
        return out;
    }

    /** Hostile text: random edits of the gold text, random symbols, huge numbers, deep nesting, odd characters. */
    static String hostile(String gold, RandomGenerator random) {
        return switch (random.nextInt(10)) {
            case 0 -> "";
            case 1 -> "9".repeat(1 + random.nextInt(4000));
            case 2 -> "(".repeat(1 + random.nextInt(3000)) + "1" + ")".repeat(random.nextInt(3000));
            case 3 -> randomText(random, SYMBOLS + "0123456789abcxyzABC", 1 + random.nextInt(200));
            case 4 -> "-" + random.nextLong() + "/" + (random.nextInt(3) - 1) + " 1e999999 NaN Infinity -0";
            case 5 -> gold.repeat(1 + random.nextInt(50));
            case 6 -> gold.replace('\n', random.nextBoolean() ? ' ' : ',') + "\u0000\u00e9\u4e2d\ud83d\ude00";
            case 7 -> shuffleTokens(gold, random);
            default -> editChars(gold, random, 1 + random.nextInt(6));
        };
    }

    private static String editChars(String gold, RandomGenerator random, int edits) {
        StringBuilder text = new StringBuilder(gold);
        for (int i = 0; i < edits; i++) {
            int at = text.length() == 0 ? 0 : random.nextInt(text.length() + 1);
            char c = (SYMBOLS + "0123456789abcdefghijklmnopqrstuvwxyz").charAt(random.nextInt(SYMBOLS.length() + 36));
            switch (random.nextInt(3)) {
                case 0 -> text.insert(at, c);
                case 1 -> {
                    if (at < text.length()) {
                        text.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at < text.length()) {
                        text.setCharAt(at, c);
                    }
                }
            }
        }
        return text.toString();
    }

    private static String shuffleTokens(String gold, RandomGenerator random) {
        String[] tokens = gold.split("\\s+");
        for (int i = tokens.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swap = tokens[i];
            tokens[i] = tokens[j];
            tokens[j] = swap;
        }
        return String.join(random.nextBoolean() ? " " : "\n", tokens);
    }

    private static String randomText(RandomGenerator random, String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static int randomIndex(String text, RandomGenerator random, boolean digit) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (digit ? c >= '0' && c <= '9' : c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                positions.add(i);
            }
        }
        return positions.isEmpty() ? -1 : positions.get(random.nextInt(positions.size()));
    }
}
