package dev.bootcamp.camps.code;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.Codecs;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Items;
import dev.bootcamp.camps.kit.NearMisses;
import dev.bootcamp.camps.kit.machines.Regex;
import dev.bootcamp.camps.kit.machines.RegexPatterns;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Which strings of a list a regular expression matches in full (our own matcher decides). */
@AutoService(Bootcamp.class)
public final class RegexMembershipBootcamp extends Camp<RegexMembershipBootcamp.Puzzle, RegexMembershipBootcamp.Answer> {
    private static final Knob<Integer> DEPTH = Knob.integer("depth", 1, 6, 2, "nesting depth of the pattern");
    private static final Knob<Integer> LETTERS = Knob.integer("letters", 2, 4, 2, "size of the alphabet (a, b, c, d)");
    private static final Knob<Integer> STRINGS = Knob.integer("strings", 3, 16, 8, "strings to decide");
    private static final BootcampInfo INFO = BootcampInfo.builder(RegexMembershipBootcamp.class)
            .title("Regex membership")
            .domain("code")
            .tags("code", "regex", "matching", "formal-languages")
            .summary("A regular expression (letters, ., classes, groups, |, *, +, ?, {m,n}) and a numbered list of strings,"
                    + " some matched and some not: say for each whether the pattern matches the whole string (yes/no),"
                    + " decided by our own Thompson-automaton matcher. All or nothing.")
            .knob(DEPTH)
            .knob(LETTERS)
            .knob(STRINGS)
            .version(1)
            .answerShape("one yes or no per string, in order")
            .build();

    /** The pattern, its alphabet, the strings and whether each matches (never shown). */
    public record Puzzle(String pattern, String alphabet, List<String> strings, List<Boolean> matched) {
        public Puzzle {
            strings = List.copyOf(strings);
            matched = List.copyOf(matched);
        }
    }

    /** Yes or no per string. */
    public record Answer(List<Boolean> matched) {
        public Answer {
            matched = List.copyOf(matched);
        }
    }

    public RegexMembershipBootcamp() {
        super(INFO, Codecs.items(Codec.of((Boolean yes) -> yes ? "yes" : "no", Answers::bool), "\n").map(Answer::new, Answer::matched));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(DEPTH, Draw.scale(level, 1, 5))
                .with(LETTERS, level >= 6 ? 3 : 2)
                .with(STRINGS, Draw.scale(level, 8, 12));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        String alphabet = "abcd".substring(0, knobs.get(LETTERS));
        while (true) {
            String pattern = RegexPatterns.random(knobs.get(DEPTH), alphabet, random);
            if (pattern.length() < 3 || pattern.length() > 60) {
                continue;
            }
            Regex regex = Regex.compile(pattern, alphabet);
            int count = knobs.get(STRINGS);
            int wanted = Draw.between(count * 3 / 8, (count * 5 + 7) / 8, random);
            Set<String> yes = new LinkedHashSet<>();
            Set<String> no = new LinkedHashSet<>();
            for (int tries = 0; (yes.size() < wanted || no.size() < count - wanted) && tries < 200; tries++) {
                String word = regex.witness(Draw.between(1, 4 + 2 * knobs.get(DEPTH), random), random);
                if (word == null) {
                    word = Draw.letters(Draw.between(1, 8, random), alphabet.length(), 'a', random);
                } else if (random.nextBoolean()) {
                    int at = random.nextInt(word.length());
                    word = word.substring(0, at) + alphabet.charAt(random.nextInt(alphabet.length())) + word.substring(at + (random.nextBoolean() ? 1 : 0));
                }
                if (word.isEmpty()) {
                    continue;
                }
                Set<String> bucket = regex.matches(word) ? yes : no;
                if (bucket.size() < (bucket == yes ? wanted : count - wanted) && !yes.contains(word) && !no.contains(word)) {
                    bucket.add(word);
                }
            }
            if (yes.size() + no.size() < count) {
                continue;
            }
            List<String> list = new ArrayList<>(yes);
            list.addAll(no);
            Draw.shuffle(list, random);
            return new Puzzle(pattern, alphabet, list, list.stream().map(regex::matches).toList());
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("Decide which strings the regular expression below matches in full (from the first character to the last,")
                .append(" not just somewhere inside). Syntax: a letter matches itself; . matches any one of the letters ")
                .append(String.join(", ", puzzle.alphabet().split(""))).append("; [xy] matches one")
                .append(" of the listed letters and [^xy] one letter not listed; parentheses group; | separates alternatives;")
                .append(" after an item, * means zero or more times, + one or more, ? zero or one, {m} exactly m times and")
                .append(" {m,n} from m to n times.\n\nPattern: ").append(puzzle.pattern()).append("\n\nStrings:\n");
        for (int i = 0; i < puzzle.strings().size(); i++) {
            text.append(i + 1).append(". ").append(puzzle.strings().get(i)).append('\n');
        }
        text.append("\nAnswer with one line per string, in order: yes if the pattern matches the whole string, no if not")
                .append(" (like \"1. no\", \"2. yes\", ...).");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.matched());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Items.allOrNothing(puzzle.matched(), answer.matched(), "verdict");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        return NearMisses.oneItem(gold.matched(), gold.matched().stream().map(yes -> List.of(!yes)).toList()).stream()
                .map(Answer::new).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.pattern().length() * (double) puzzle.strings().stream().mapToInt(String::length).sum();
    }
}
