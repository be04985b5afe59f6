package dev.bootcamp.camps.strings;

import static java.util.Comparator.comparing;
import static java.util.Comparator.comparingInt;
import static java.util.Comparator.naturalOrder;
import static java.util.Objects.requireNonNull;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.NearMisses;
import dev.bootcamp.camps.kit.Words;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/** Sort a list of distinct words by a stated key, ties broken alphabetically. */
@AutoService(Bootcamp.class)
public final class WordSortingBootcamp extends Camp<WordSortingBootcamp.Puzzle, WordSortingBootcamp.Answer> {

    /** The sort keys, roughly from easiest to hardest; the {@code key-kinds} knob draws from the first few. */
    public enum Key {
        ALPHABETICAL("alphabetical", "in alphabetical order (A to Z)", naturalOrder()),
        REVERSE_ALPHABETICAL("reverse-alphabetical", "in reverse alphabetical order (Z to A), the exact reverse of"
                + " alphabetical order, so \"card\" comes before \"car\"", Comparator.<String>naturalOrder().reversed()),
        LENGTH("length", "by length, shortest first; words of the same length go in alphabetical order",
                comparingInt(String::length)),
        LAST_LETTER("last-letter", "by their last letter, from a to z; words with the same last letter go in alphabetical"
                + " order", comparingInt(word -> word.charAt(word.length() - 1))),
        VOWELS("vowels", "by how many vowels they contain, fewest first, counting every a, e, i, o and u (y is not a"
                + " vowel, and a vowel that appears twice counts twice); words with the same count go in alphabetical order",
                comparingInt(WordSortingBootcamp::vowels)),
        LENGTH_DESCENDING("length-descending", "by length, longest first; words of the same length go in alphabetical"
                + " order (A to Z)", comparingInt(String::length).reversed()),
        REVERSED("reversed", "alphabetically by their spelling read backwards, from the last letter to the first (so"
                + " \"bat\", read \"tab\", comes before \"cow\", read \"woc\")", comparing(WordSortingBootcamp::backwards));

        private final String wireName;
        private final String rule;
        private final Comparator<String> order;

        Key(String wireName, String rule, Comparator<String> order) {
            this.wireName = wireName;
            this.rule = rule;
            this.order = order.thenComparing(naturalOrder());
        }

        public String wireName() {
            return wireName;
        }
    }

    private static final List<String> KEY_CHOICES = Stream.concat(Stream.of("random"), Arrays.stream(Key.values()).map(Key::wireName)).toList();

    private static final Knob<Integer> WORDS = Knob.integer("words", 2, 300, 10, "number of words to sort");
    private static final Knob<String> KEY = Knob.choice("key", KEY_CHOICES, "random", "the sort key, or random to draw one per case from the first key-kinds keys");
    private static final Knob<Integer> KEY_KINDS = Knob.integer("key-kinds", 1, Key.values().length, Key.values().length,
                    "with key=random, how many keys are in play, in the order " + String.join(", ", KEY_CHOICES.subList(1, KEY_CHOICES.size())));
    private static final Knob<Double> PREFIX_SHARE = Knob.decimal("prefix-share", 0, 1, 0, "fraction of the words drawn in groups that share their first three or more letters");
    private static final Knob<Boolean> MIXED_CASE = Knob.flag("mixed-case", false, "show some words capitalised or in capitals; sorting ignores case");
    private static final BootcampInfo INFO = BootcampInfo.builder(WordSortingBootcamp.class)
            .title("Word sorting")
            .domain("strings")
            .tags("english", "ordering", "sorting", "words")
            .summary("Sort a list of distinct English words by a stated key: alphabetical, reverse alphabetical, length,"
                    + " last letter, number of vowels, length longest first, or spelling read backwards, with ties always"
                    + " broken alphabetically, so exactly one order is right. Harder levels use more words, more kinds of key,"
                    + " words that share long prefixes, and mixed capitals (ignored when sorting). The answer must list every"
                    + " word once in exactly the right order; anything else is WRONG, with the first misplaced position in the"
                    + " detail. No partial credit: an unsorted copy of the input already has about half its neighbours in order.")
            .knob(WORDS)
            .knob(KEY)
            .knob(KEY_KINDS)
            .knob(PREFIX_SHARE)
            .knob(MIXED_CASE)
            .answerShape("the sorted words on one line, separated by spaces or commas")
            .build();

    private static final String VOWELS = "aeiou";
    private static final String QUOTES = "\"'`";

    /** The words as shown, the key, and the words in sorted order in lower case (kept for checking, never shown). */
    public record Puzzle(List<String> shown, Key key, boolean mixedCase, List<String> sorted) {
        public Puzzle {
            shown = List.copyOf(shown);
            requireNonNull(key, "key is null");
            sorted = List.copyOf(sorted);
        }
    }

    /** The words in the order given, in lower case. */
    public record Answer(List<String> words) {
        public Answer {
            words = List.copyOf(words);
        }
    }

    public WordSortingBootcamp() {
        super(INFO, Codec.of(WordSortingBootcamp::write, WordSortingBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        double prefixShare = level <= 3 ? 0 : Math.round(60.0 * (level - 3) / 7) / 100.0;
        return INFO.defaults()
                .with(WORDS, Draw.scale(level, 4, 50))
                .with(KEY_KINDS, Draw.scale(level, 1, Key.values().length))
                .with(PREFIX_SHARE, prefixShare)
                .with(MIXED_CASE, level >= 7);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        Key key = key(knobs, random);
        List<String> words = draw(knobs.get(WORDS), knobs.get(PREFIX_SHARE), random);
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(key.order);
        while (words.equals(sorted)) {
            Draw.shuffle(words, random);
        }
        boolean mixedCase = knobs.get(MIXED_CASE);
        List<String> shown = mixedCase ? words.stream().map(word -> randomCase(word, random)).toList() : words;
        return new Puzzle(shown, key, mixedCase, sorted);
    }

    @Override
    public String question(Puzzle puzzle) {
        int count = puzzle.shown().size();
        return "Sort the following " + count + " words " + puzzle.key().rule + ".\n\n"
                + "Alphabetical order compares two words letter by letter from the first letter, using the order a to z;"
                + " when one word is the beginning of the other, the shorter word comes first (\"car\" before \"card\")."
                + (puzzle.mixedCase() ? " Ignore capital letters: compare the words as if they were all written in lower case." : "")
                + "\n\nWords: " + String.join(", ", puzzle.shown()) + "\n\n"
                + "Give all " + count + " words, each exactly once, in sorted order"
                + (puzzle.mixedCase() ? " (capitals in your answer do not matter)." : ".");
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.sorted());
    }

    private static String write(Answer answer) {
        return String.join(" ", answer.words());
    }

    private static Answer read(String text) {
        List<String> words = new ArrayList<>();
        for (String token : Answers.tokens(text)) {
            String word = unquote(token);
            if (word.isEmpty() || !word.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                throw new AnswerFormatException("expected words made of the letters a to z, found '" + Answers.abbreviate(token) + "'");
            }
            words.add(word.toLowerCase(Locale.ROOT));
        }
        if (words.isEmpty()) {
            throw new AnswerFormatException("no words found");
        }
        return new Answer(words);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        List<String> expected = puzzle.sorted();
        Set<String> given = new HashSet<>(expected);
        Set<String> seen = new HashSet<>();
        for (String word : answer.words()) {
            if (!given.contains(word)) {
                return Score.wrong("'" + Answers.abbreviate(word) + "' is not one of the words to sort");
            }
            if (!seen.add(word)) {
                return Score.wrong("'" + word + "' is listed more than once");
            }
        }
        if (seen.size() < expected.size()) {
            String missing = expected.stream().filter(word -> !seen.contains(word)).findFirst().orElseThrow();
            return Score.wrong("missing " + (expected.size() - seen.size()) + " of the " + expected.size() + " words, such as '" + missing + "'");
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(answer.words().get(i))) {
                return Score.wrong("position " + (i + 1) + " holds '" + answer.words().get(i) + "' but should hold '" + expected.get(i) + "'");
            }
        }
        return Score.correct("all " + expected.size() + " words in order");
    }

    /** The kit's ordering and subset slips, the words as shown, the order reversed, and plain alphabetical order. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> sorted = gold.words();
        List<List<String>> misses = new ArrayList<>(NearMisses.permutation(sorted, random));
        misses.addAll(NearMisses.subset(sorted, sorted, random));
        misses.add(puzzle.shown().stream().map(word -> word.toLowerCase(Locale.ROOT)).toList());
        List<String> reversed = new ArrayList<>(sorted);
        Collections.reverse(reversed);
        misses.add(reversed);
        misses.add(List.copyOf(new TreeSet<>(sorted)));
        return misses.stream().filter(miss -> !miss.equals(sorted)).distinct().map(Answer::new).toList();
    }

    /** Words times the key's place in the list of keys, which runs from easiest to hardest. */
    @Override
    public double cost(Puzzle puzzle) {
        return (double) puzzle.sorted().size() * (puzzle.key().ordinal() + 1);
    }

    private static Key key(Knobs knobs, RandomGenerator random) {
        String choice = knobs.get(KEY);
        if (choice.equals("random")) {
            return Key.values()[random.nextInt(knobs.get(KEY_KINDS))];
        }
        return Key.values()[KEY_CHOICES.indexOf(choice) - 1];
    }

    /**
     * Distinct lower-case words in random order; about {@code prefixShare} of them come in groups of two to four that
     * share their first three to five letters, so that comparing them needs more than the first letter.
     */
    private static List<String> draw(int count, double prefixShare, RandomGenerator random) {
        Set<String> chosen = new TreeSet<>();
        List<String> words = new ArrayList<>();
        int grouped = (int) Math.round(count * prefixShare);
        for (int attempt = 0; attempt < 20 * grouped && words.size() < grouped; attempt++) {
            String anchor = Words.pick(random);
            if (anchor.length() < 5) {
                continue;
            }
            int prefixLength = Draw.between(3, Math.min(5, anchor.length() - 1), random);
            List<String> family = Words.withPrefix(anchor.substring(0, prefixLength));
            if (family.size() < 2) {
                continue;
            }
            int take = Math.min(grouped - words.size(), Draw.between(2, 4, random));
            for (String word : Draw.sample(family, take, random)) {
                if (chosen.add(word)) {
                    words.add(word);
                }
            }
        }
        while (words.size() < count) {
            String word = Words.pick(random);
            if (chosen.add(word)) {
                words.add(word);
            }
        }
        Draw.shuffle(words, random);
        return words;
    }

    /** Mostly lower case, sometimes capitalised, occasionally all capitals. */
    private static String randomCase(String word, RandomGenerator random) {
        int roll = random.nextInt(10);
        if (roll < 5) {
            return word;
        }
        if (roll < 8) {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
        return word.toUpperCase(Locale.ROOT);
    }

    private static String unquote(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && QUOTES.indexOf(token.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && QUOTES.indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return token.substring(start, end);
    }

    private static int vowels(String word) {
        return (int) word.chars().filter(c -> VOWELS.indexOf(c) >= 0).count();
    }

    private static String backwards(String word) {
        return new StringBuilder(word).reverse().toString();
    }
}
