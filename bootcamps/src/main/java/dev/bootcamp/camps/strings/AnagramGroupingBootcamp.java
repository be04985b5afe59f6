package dev.bootcamp.camps.strings;

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
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** Anagram grouping: partition a list of words into classes of anagrams. */
@AutoService(Bootcamp.class)
public final class AnagramGroupingBootcamp extends Camp<AnagramGroupingBootcamp.Puzzle, AnagramGroupingBootcamp.Answer> {
    private static final Knob<Integer> WORDS = Knob.integer("words", 2, 300, 12, "number of words to group");
    private static final Knob<Boolean> REAL_WORDS = Knob.flag("real-words", true, "use English anagram families from the word list instead of made-up strings");
    private static final Knob<Integer> LENGTH = Knob.integer("length", 3, 12, 5, "letters per made-up string");
    private static final Knob<Integer> MAX_GROUP = Knob.integer("max-group", 2, 10, 3, "largest anagram group of made-up strings");
    private static final Knob<Double> DECOYS = Knob.decimal("decoys", 0, 1, 0, "fraction of made-up strings that are one letter away from a group");
    private static final BootcampInfo INFO = BootcampInfo.builder(AnagramGroupingBootcamp.class)
            .title("Anagram grouping")
            .domain("strings")
            .tags("anagrams", "grouping", "partition", "words")
            .summary("Group a list of distinct words so that two words share a group exactly when they are anagrams (the same"
                    + " letters, each the same number of times); a word without an anagram in the list is a group by itself."
                    + " Low levels use English words from the anagram families of the word list; higher levels use longer"
                    + " made-up strings with bigger groups and decoys that differ from a group by a single letter. The answer"
                    + " is checked as a partition: groups and the words inside them may come in any order, every word must"
                    + " appear exactly once, and the grouping must be exactly the anagram classes. No partial credit.")
            .knob(WORDS)
            .knob(REAL_WORDS)
            .knob(LENGTH)
            .knob(MAX_GROUP)
            .knob(DECOYS)
            .answerShape("one group per line, the words of a group separated by spaces")
            .build();

    private static final Pattern GROUP_BREAK = Pattern.compile("[\\n\\r;|\\[\\](){}]");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s,]+");
    private static final String DECORATION = "\"'`*";

    /** The words as shown and the anagram classes (kept for checking, never shown). */
    public record Puzzle(List<String> words, boolean realWords, List<List<String>> groups) {
        public Puzzle {
            words = List.copyOf(words);
            groups = canonical(groups);
        }
    }

    /** The groups, each sorted and the groups in order of their words, so that any order of writing reads the same. */
    public record Answer(List<List<String>> groups) {
        public Answer {
            groups = canonical(groups);
        }
    }

    public AnagramGroupingBootcamp() {
        super(INFO, Codec.of(AnagramGroupingBootcamp::write, AnagramGroupingBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(WORDS, Draw.scale(level, 6, 45))
                .with(REAL_WORDS, level <= 4)
                .with(LENGTH, Draw.scale(level, 3, 9))
                .with(MAX_GROUP, Draw.scale(level, 2, 6))
                .with(DECOYS, level <= 4 ? 0.0 : Math.round(10.0 * (level - 4) / 6 * 0.4) / 10.0);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(WORDS);
        boolean realWords = knobs.get(REAL_WORDS);
        List<String> words = realWords ? AnagramGroupingGenerator.realWords(count, random)
                : AnagramGroupingGenerator.madeUp(count, knobs.get(LENGTH), knobs.get(MAX_GROUP), knobs.get(DECOYS), random);
        Draw.shuffle(words, random);
        return new Puzzle(words, realWords, classes(words));
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Group the following " + puzzle.words().size() + " " + (puzzle.realWords() ? "words" : "strings of letters (made up,"
                + " not real words)") + " so that two of them are in the same group exactly when they are anagrams of each"
                + " other: they use the same letters, each the same number of times, in any order (so \"stale\" and \"least\""
                + " are anagrams, but \"steal\" and \"steel\" are not). One that has no anagram in the list forms a group by"
                + " itself. Every one of them goes in exactly one group.\n\n"
                + String.join(", ", puzzle.words()) + "\n\n"
                + "Write one group per line, with the members of a group separated by spaces. The order of the groups, and of"
                + " the members within a group, does not matter.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.groups());
    }

    private static String write(Answer answer) {
        return String.join("\n", answer.groups().stream().map(group -> String.join(" ", group)).toList());
    }

    /** Groups are separated by newlines, semicolons, bars or brackets; members by spaces or commas. "Group 1:" labels are dropped. */
    private static Answer read(String text) {
        List<List<String>> groups = new ArrayList<>();
        int words = 0;
        for (String segment : GROUP_BREAK.split(text, -1)) {
            String body = segment.contains(":") ? segment.substring(segment.lastIndexOf(':') + 1) : segment;
            List<String> group = new ArrayList<>();
            for (String token : WORD_BREAK.split(body)) {
                String word = unquote(token);
                if (word.isEmpty() || group.isEmpty() && word.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                if (!word.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                    throw new AnswerFormatException("expected words made of the letters a to z, found '" + Answers.abbreviate(token) + "'");
                }
                group.add(word.toLowerCase(Locale.ROOT));
                if (++words > Answers.MAX_ITEMS) {
                    throw new AnswerFormatException("more than " + Answers.MAX_ITEMS + " words");
                }
            }
            if (!group.isEmpty()) {
                groups.add(group);
            }
        }
        if (groups.isEmpty()) {
            throw new AnswerFormatException("no groups found in '" + Answers.abbreviate(text) + "'");
        }
        return new Answer(groups);
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        Set<String> given = new HashSet<>(puzzle.words());
        Set<String> seen = new HashSet<>();
        Map<String, String> groupOfKey = new HashMap<>();
        for (List<String> group : answer.groups()) {
            for (String word : group) {
                if (!given.contains(word)) {
                    return Score.wrong("'" + Answers.abbreviate(word) + "' is not in the list");
                }
                if (!seen.add(word)) {
                    return Score.wrong("'" + word + "' appears more than once");
                }
                if (!AnagramGroupingGenerator.key(word).equals(AnagramGroupingGenerator.key(group.get(0)))) {
                    return Score.wrong("'" + group.get(0) + "' and '" + word + "' are in one group but are not anagrams");
                }
            }
            String other = groupOfKey.putIfAbsent(AnagramGroupingGenerator.key(group.get(0)), group.get(0));
            if (other != null) {
                return Score.wrong("'" + other + "' and '" + group.get(0) + "' are anagrams but are in different groups");
            }
        }
        if (seen.size() < given.size()) {
            String missing = puzzle.words().stream().filter(word -> !seen.contains(word)).findFirst().orElseThrow();
            return Score.wrong((given.size() - seen.size()) + " of the " + given.size() + " words are missing, such as '" + missing + "'");
        }
        return Score.correct("all " + given.size() + " words in " + answer.groups().size() + " anagram groups");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<List<String>> groups = gold.groups();
        List<List<List<String>>> candidates = new ArrayList<>();
        if (groups.size() > 1) {
            int first = random.nextInt(groups.size() - 1);
            List<List<String>> merged = new ArrayList<>(groups);
            List<String> union = new ArrayList<>(merged.remove(first));
            union.addAll(merged.remove(first));
            merged.add(union);
            candidates.add(merged);
        }
        int largest = 0;
        for (int i = 1; i < groups.size(); i++) {
            largest = groups.get(i).size() > groups.get(largest).size() ? i : largest;
        }
        if (groups.get(largest).size() > 1) {
            List<List<String>> split = new ArrayList<>(groups);
            List<String> group = split.remove(largest);
            split.add(group.subList(0, 1));
            split.add(group.subList(1, group.size()));
            candidates.add(split);
            if (groups.size() > 1) {
                List<List<String>> moved = new ArrayList<>(split);
                moved.remove(moved.size() - 2);
                int target = random.nextInt(moved.size() - 1);
                List<String> joined = new ArrayList<>(moved.get(target));
                joined.add(group.get(0));
                moved.set(target, joined);
                candidates.add(moved);
            }
        }
        candidates.add(puzzle.words().stream().map(List::of).toList());
        List<List<String>> fewer = new ArrayList<>(groups);
        fewer.remove(random.nextInt(fewer.size()));
        if (!fewer.isEmpty()) {
            candidates.add(fewer);
        }
        return candidates.stream().map(Answer::new).filter(miss -> !miss.equals(gold)).toList();
    }

    /** The total number of letters, which all have to be sorted or compared. */
    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.words().stream().mapToInt(String::length).sum();
    }

    /** The token without quotes, asterisks or a full stop around it. */
    private static String unquote(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && DECORATION.indexOf(token.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && (DECORATION.indexOf(token.charAt(end - 1)) >= 0 || token.charAt(end - 1) == '.')) {
            end--;
        }
        return token.substring(start, end);
    }

    private static List<List<String>> canonical(List<List<String>> groups) {
        TreeMap<String, List<List<String>>> byText = new TreeMap<>();
        for (List<String> group : groups) {
            List<String> sorted = group.stream().sorted().toList();
            byText.computeIfAbsent(String.join(" ", sorted), unused -> new ArrayList<>()).add(sorted);
        }
        List<List<String>> ordered = new ArrayList<>();
        byText.values().forEach(ordered::addAll);
        return List.copyOf(ordered);
    }

    private static List<List<String>> classes(List<String> words) {
        Map<String, List<String>> byKey = new TreeMap<>();
        for (String word : words) {
            byKey.computeIfAbsent(AnagramGroupingGenerator.key(word), unused -> new ArrayList<>()).add(word);
        }
        return List.copyOf(byKey.values());
    }

}
