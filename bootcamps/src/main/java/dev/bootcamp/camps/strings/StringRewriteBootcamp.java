package dev.bootcamp.camps.strings;

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
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;

/** String rewriting: apply ordered replacement rules to a string, step by step, and give the rules used and the result. */
@AutoService(Bootcamp.class)
public final class StringRewriteBootcamp extends Camp<StringRewriteBootcamp.Puzzle, StringRewriteBootcamp.Answer> {
    private static final Knob<Integer> RULES = Knob.integer("rules", 1, 20, 3, "number of rewriting rules (at most the number of distinct left sides of one to three letters)");
    private static final Knob<Integer> LETTERS = Knob.integer("letters", 2, 8, 3, "how many different letters the strings use");
    private static final Knob<Integer> LENGTH = Knob.integer("length", 2, 60, 6, "length of the starting string");
    private static final Knob<Integer> STEPS = Knob.integer("steps", 1, 500, 6, "most steps to run; at least half of them are always taken");
    private static final BootcampInfo INFO = BootcampInfo.builder(StringRewriteBootcamp.class)
            .title("String rewriting")
            .domain("strings")
            .tags("rewriting", "semi-thue", "simulation", "strings")
            .summary("Run a string-rewriting system deterministically: at each step the first rule in the list whose left side"
                    + " occurs in the string replaces the leftmost occurrence of that left side with its right side; stop when"
                    + " no rule applies or after a stated number of steps. Harder levels use more rules, more letters, longer"
                    + " strings and many more steps. The answer is the trace's witness: the number of the rule used at each"
                    + " step, in order, and the final string, both compared exactly (case and spacing ignored); the detail"
                    + " names the first step whose rule is wrong. No partial credit.")
            .knob(RULES)
            .knob(LETTERS)
            .knob(LENGTH)
            .knob(STEPS)
            .version(2)
            .answerShape("two lines: the rule numbers used, one per step, separated by spaces; then the final string")
            .build();

    private static final int MAX_LENGTH = 80;
    private static final int MAX_ATTEMPTS = 10_000;
    private static final String EXAMPLE = "For example, with the rules 1. ba -> ab and 2. aa -> c, the string baa becomes aba"
            + " (rule 1), then aab (rule 1 again, as it still applies), then cb (rule 1 no longer applies, so rule 2), and then"
            + " no rule applies, so the result is cb.";

    /** One rule: the left side is replaced by the right side, which may be empty. */
    public record Rule(String left, String right) {
        public Rule {
            requireNonNull(left, "left is null");
            requireNonNull(right, "right is null");
        }
    }

    /**
     * The starting string, the rules in priority order, the step limit, and (never shown) the result, its step count
     * and the rule used at each step (numbered from 1).
     */
    public record Puzzle(String start, List<Rule> rules, int maxSteps, String result, int steps, List<Integer> used) {
        public Puzzle {
            requireNonNull(start, "start is null");
            rules = List.copyOf(rules);
            requireNonNull(result, "result is null");
            used = List.copyOf(used);
        }
    }

    /** The rule numbers used, step by step, and the final string in lower case. */
    public record Answer(List<Integer> used, String text) {
        public Answer {
            used = List.copyOf(used);
            requireNonNull(text, "text is null");
        }
    }

    public StringRewriteBootcamp() {
        super(INFO, Codec.of(StringRewriteBootcamp::write, StringRewriteBootcamp::read));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(RULES, Draw.scale(level, 3, 7))
                .with(LETTERS, Draw.scale(level, 3, 4))
                .with(LENGTH, Draw.scale(level, 5, 18))
                .with(STEPS, Draw.scale(level, 4, 40));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int letters = knobs.get(LETTERS);
        int maxSteps = knobs.get(STEPS);
        for (int attempt = 0; attempt < 3 * MAX_ATTEMPTS; attempt++) {
            List<Rule> rules = rules(knobs.get(RULES), letters, random);
            String start = word(knobs.get(LENGTH), knobs.get(LENGTH), letters, random);
            int limit = maxSteps;
            Run run = run(start, rules, limit, Policy.FIRST_RULE_LEFTMOST);
            if (run.overflowed() && attempt >= MAX_ATTEMPTS && run.steps() > 1) {
                // Late in the search, state a lower step limit rather than keep drawing systems that grow too fast.
                limit = run.steps() - 1;
                run = run(start, rules, limit, Policy.FIRST_RULE_LEFTMOST);
            }
            boolean enough = run.steps() >= Math.max(1, (maxSteps + 1) / 2) && run.rulesUsed() >= Math.min(2, rules.size())
                    && run.text().chars().distinct().count() > 1;
            if (run.text().isEmpty() || run.overflowed() || !enough && attempt < MAX_ATTEMPTS) {
                continue;
            }
            Puzzle puzzle = new Puzzle(start, rules, limit, run.text(), run.steps(), run.used());
            if (run.text().length() <= 6 || !question(puzzle).contains(run.text())) {
                return puzzle;
            }
        }
        // Random systems reach a short, non-empty result within the limit long before this many draws.
        throw new IllegalStateException("no suitable rewriting system in " + 3 * MAX_ATTEMPTS + " attempts");
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("Rewrite a string with the numbered rules below. Each rule \"x -> y\" replaces one occurrence of x with y;")
                .append(" \"(empty)\" means the occurrence is deleted. One step works like this: go through the rules in order,")
                .append(" starting with rule 1, and take the first rule whose left side occurs anywhere in the current string;")
                .append(" replace the leftmost occurrence of its left side with its right side. Then start the next step from")
                .append(" rule 1 again. Stop when no rule's left side occurs in the string, or when ").append(puzzle.maxSteps())
                .append(puzzle.maxSteps() == 1 ? " step has" : " steps have").append(" been made, whichever comes first. ")
                .append(EXAMPLE).append("\n\nRules:\n");
        for (int i = 0; i < puzzle.rules().size(); i++) {
            Rule rule = puzzle.rules().get(i);
            text.append(i + 1).append(". ").append(rule.left()).append(" -> ").append(rule.right().isEmpty() ? "(empty)" : rule.right()).append('\n');
        }
        text.append("\nStarting string: ").append(puzzle.start()).append("\n\n")
                .append("Answer with two lines: first the numbers of the rules used, one per step in order, separated by")
                .append(" spaces (for the example above: 1 1 2); then the string after the last step, as letters with no spaces.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.used(), puzzle.result());
    }

    private static String write(Answer answer) {
        List<String> numbers = answer.used().stream().map(String::valueOf).toList();
        return numbers.isEmpty() ? answer.text() : String.join(" ", numbers) + "\n" + answer.text();
    }

    /**
     * The rule numbers first, then the final string, on one line or more; a label before a colon on any line is skipped
     * and spaces inside the final string are ignored.
     */
    private static Answer read(String text) {
        List<String> tokens = new ArrayList<>();
        for (String line : Answers.lines(text)) {
            tokens.addAll(Answers.tokens(afterLabel(line)));
        }
        int numbers = 0;
        while (numbers < tokens.size() && tokens.get(numbers).chars().allMatch(Character::isDigit)) {
            numbers++;
        }
        if (numbers == tokens.size()) {
            throw new AnswerFormatException("expected the rule numbers followed by the final string, found no string");
        }
        List<Integer> used = new ArrayList<>();
        tokens.subList(0, numbers).forEach(token -> used.add(Answers.intValue(token)));
        return new Answer(used, letters(String.join(" ", tokens.subList(numbers, tokens.size()))));
    }

    private static String afterLabel(String line) {
        return line.substring(line.lastIndexOf(':') + 1);
    }

    private static String letters(String text) {
        String body = Answers.stripDecoration(text).strip();
        if (body.isEmpty()) {
            throw new AnswerFormatException("no string found");
        }
        if (body.length() > Answers.MAX_ITEMS) {
            throw new AnswerFormatException("more than " + Answers.MAX_ITEMS + " characters");
        }
        StringBuilder letters = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                letters.append(Character.toLowerCase(c));
            } else if (!Character.isWhitespace(c)) {
                throw new AnswerFormatException("expected only letters, found '" + c + "'");
            }
        }
        return letters.toString();
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        String found = answer.text();
        List<Integer> used = answer.used();
        for (int step = 0; step < Math.min(used.size(), puzzle.used().size()); step++) {
            if (!used.get(step).equals(puzzle.used().get(step))) {
                return Score.wrong("step " + (step + 1) + " uses rule " + puzzle.used().get(step) + ", not rule " + used.get(step));
            }
        }
        if (used.size() != puzzle.used().size()) {
            return Score.wrong(used.size() + " rule numbers given, but " + puzzle.steps() + " steps are made");
        }
        if (found.equals(puzzle.result())) {
            return Score.correct("the rules and the final string match after " + puzzle.steps() + " steps");
        }
        Run run = run(puzzle.start(), puzzle.rules(), puzzle.maxSteps(), Policy.FIRST_RULE_LEFTMOST);
        for (int steps = 0; steps < puzzle.steps(); steps++) {
            if (found.equals(run(puzzle.start(), puzzle.rules(), steps, Policy.FIRST_RULE_LEFTMOST).text())) {
                return Score.wrong("this is the string after " + steps + " steps, but " + run.steps() + " steps are made");
            }
        }
        if (found.equals(run(puzzle.start(), puzzle.rules(), puzzle.maxSteps(), Policy.FIRST_RULE_RIGHTMOST).text())) {
            return Score.wrong("rules were applied at the rightmost occurrence instead of the leftmost");
        }
        if (found.equals(run(puzzle.start(), puzzle.rules(), puzzle.maxSteps(), Policy.LEFTMOST_ANY_RULE).text())) {
            return Score.wrong("the leftmost match of any rule was used instead of the first rule in the list that applies");
        }
        if (found.equals(run(puzzle.start(), puzzle.rules(), puzzle.maxSteps() + 1, Policy.FIRST_RULE_LEFTMOST).text())) {
            return Score.wrong("one step too many: stop after " + puzzle.maxSteps() + " steps");
        }
        return Score.wrong("expected a string of " + puzzle.result().length() + " letters, found '" + Answers.abbreviate(found) + "'");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>(textMisses(puzzle, gold));
        if (!gold.used().isEmpty()) {
            misses.add(new Answer(gold.used().subList(0, gold.used().size() - 1), gold.text()));
            List<Integer> changed = new ArrayList<>(gold.used());
            int step = random.nextInt(changed.size());
            changed.set(step, changed.get(step) % puzzle.rules().size() + 1);
            if (puzzle.rules().size() > 1) {
                misses.add(new Answer(changed, gold.text()));
            }
        }
        return misses;
    }

    /** The right rule numbers with the string of a common misreading. */
    private static List<Answer> textMisses(Puzzle puzzle, Answer gold) {
        List<String> candidates = new ArrayList<>();
        candidates.add(run(puzzle.start(), puzzle.rules(), puzzle.steps() - 1, Policy.FIRST_RULE_LEFTMOST).text());
        candidates.add(run(puzzle.start(), puzzle.rules(), puzzle.maxSteps() + 1, Policy.FIRST_RULE_LEFTMOST).text());
        candidates.add(run(puzzle.start(), puzzle.rules(), puzzle.maxSteps(), Policy.FIRST_RULE_RIGHTMOST).text());
        candidates.add(run(puzzle.start(), puzzle.rules(), puzzle.maxSteps(), Policy.LEFTMOST_ANY_RULE).text());
        candidates.add(puzzle.start());
        return candidates.stream().filter(text -> !text.isEmpty() && !text.equals(gold.text())).distinct()
                .map(text -> new Answer(gold.used(), text)).toList();
    }

    /** Steps made times the number of rules to scan at each step, plus the string's length. */
    @Override
    public double cost(Puzzle puzzle) {
        return (double) puzzle.steps() * puzzle.rules().size() + puzzle.start().length();
    }

    /** How a step picks its rewrite: the intended rule, and two misreadings used for near misses and feedback. */
    private enum Policy {
        FIRST_RULE_LEFTMOST, FIRST_RULE_RIGHTMOST, LEFTMOST_ANY_RULE
    }

    /** A run's final string, its step count, the rule number (from 1) used at each step, and whether it grew too long. */
    private record Run(String text, int steps, List<Integer> used, boolean overflowed) {
        int rulesUsed() {
            return (int) used.stream().distinct().count();
        }
    }

    private static Run run(String start, List<Rule> rules, int maxSteps, Policy policy) {
        String text = start;
        List<Integer> used = new ArrayList<>();
        int steps = 0;
        while (steps < maxSteps) {
            int chosen = -1;
            int at = -1;
            for (int i = 0; i < rules.size(); i++) {
                int found = policy == Policy.FIRST_RULE_RIGHTMOST ? text.lastIndexOf(rules.get(i).left()) : text.indexOf(rules.get(i).left());
                if (found >= 0 && (chosen < 0 || policy == Policy.LEFTMOST_ANY_RULE && found < at)) {
                    chosen = i;
                    at = found;
                    if (policy != Policy.LEFTMOST_ANY_RULE) {
                        break;
                    }
                }
            }
            if (chosen < 0) {
                break;
            }
            Rule rule = rules.get(chosen);
            text = text.substring(0, at) + rule.right() + text.substring(at + rule.left().length());
            used.add(chosen + 1);
            steps++;
            if (text.length() > MAX_LENGTH) {
                return new Run(text, steps, used, true);
            }
        }
        return new Run(text, steps, used, false);
    }

    /** Distinct left sides of one to three letters; right sides of zero to three letters, different from the left. */
    private static List<Rule> rules(int count, int letters, RandomGenerator random) {
        List<Rule> rules = new ArrayList<>();
        Set<String> lefts = new HashSet<>();
        int possible = letters + letters * letters + letters * letters * letters;
        while (rules.size() < Math.min(count, possible)) {
            String left = word(1, Math.min(3, 1 + rules.size()), letters, random);
            int longest = Math.min(3, left.length() + (random.nextInt(3) == 0 ? 1 : 0));
            String right = word(left.length() == 1 ? 1 : 0, longest, letters, random);
            if (!left.equals(right) && lefts.add(left)) {
                rules.add(new Rule(left, right));
            }
        }
        Draw.shuffle(rules, random);
        return rules;
    }

    private static String word(int shortest, int longest, int letters, RandomGenerator random) {
        int length = Draw.between(shortest, longest, random);
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(letters)));
        }
        return word.toString().toLowerCase(Locale.ROOT);
    }
}
