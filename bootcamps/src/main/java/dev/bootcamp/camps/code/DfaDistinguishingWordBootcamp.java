package dev.bootcamp.camps.code;

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
import dev.bootcamp.camps.kit.machines.Dfa;
import dev.bootcamp.camps.kit.machines.RegexPatterns;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** A word that one DFA accepts and another rejects: a witness that their languages differ, checked by running both. */
@AutoService(Bootcamp.class)
public final class DfaDistinguishingWordBootcamp extends Camp<DfaDistinguishingWordBootcamp.Puzzle, DfaDistinguishingWordBootcamp.Answer> {
    private static final Knob<Integer> STATES = Knob.integer("states", 2, 10, 3, "states of each automaton");
    private static final Knob<Integer> LENGTH = Knob.integer("length", 2, 24, 4, "least length of the word asked for (each case adds 0 to 3)");
    private static final int MAX_WORD = 200;
    private static final BootcampInfo INFO = BootcampInfo.builder(DfaDistinguishingWordBootcamp.class)
            .title("DFA distinguishing word")
            .domain("code")
            .tags("code", "automaton", "dfa", "witness")
            .summary("Two deterministic finite automata over a and b as transition tables, the second a copy of the first with"
                    + " one or two changes: give a word of a stated length"
                    + " that the first accepts and the second rejects. Any such word is CORRECT, checked by running both"
                    + " automata; at most one word in 24 of that length works (when such a pair is found). No partial credit.")
            .knob(STATES)
            .knob(LENGTH)
            .version(1)
            .answerShape("a word of letters a and b of the stated length")
            .severalAnswers()
            .build();

    /** The two automata and one shortest witness (never shown). */
    public record Puzzle(Dfa first, Dfa second, int length, String witness) {}

    /** The word given. */
    public record Answer(String word) {}

    public DfaDistinguishingWordBootcamp() {
        super(INFO, Codec.of(Answer::word, DfaDistinguishingWordBootcamp::read));
    }

    private static Answer read(String text) {
        String word = Answers.stripDecoration(text).replaceAll("[\\s\"'`]", "");
        if (word.isEmpty()) {
            throw new AnswerFormatException("no word found");
        }
        if (word.length() > MAX_WORD) {
            throw new AnswerFormatException("a word longer than " + MAX_WORD + " letters");
        }
        word = word.toLowerCase(Locale.ROOT);
        if (!word.chars().allMatch(c -> c == 'a' || c == 'b')) {
            throw new AnswerFormatException("the word may use only the letters a and b, found '" + Answers.abbreviate(word) + "'");
        }
        return new Answer(word);
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(STATES, Draw.scale(level, 3, 9))
                .with(LENGTH, Draw.scale(level, 5, 14));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int length = knobs.get(LENGTH) + random.nextInt(4);
        for (int tries = 0; ; tries++) {
            Dfa first = Dfa.random(knobs.get(STATES), "ab", random);
            Dfa second = changed(first, Draw.between(1, 2, random), random);
            long[][] counts = counts(first, second, length);
            long found = counts[length][0];
            boolean guessed = RegexPatterns.guesses(length, "ab").stream().anyMatch(word -> first.accepts(word) && !second.accepts(word));
            if (found > 0 && (found * 24 <= 1L << length && !guessed || tries > 500)) {
                return new Puzzle(first, second, length, witness(first, second, counts, random));
            }
        }
    }

    /** counts[k][pair]: words of k letters that lead from the pair of states to A accepting and B rejecting. */
    private static long[][] counts(Dfa first, Dfa second, int length) {
        int width = second.states();
        long[][] counts = new long[length + 1][first.states() * width];
        for (int pair = 0; pair < counts[0].length; pair++) {
            counts[0][pair] = first.accepting().get(pair / width) && !second.accepting().get(pair % width) ? 1 : 0;
        }
        for (int k = 1; k <= length; k++) {
            for (int pair = 0; pair < counts[k].length; pair++) {
                for (int letter = 0; letter < 2; letter++) {
                    counts[k][pair] += counts[k - 1][next(first, second, pair, letter)];
                }
            }
        }
        return counts;
    }

    private static int next(Dfa first, Dfa second, int pair, int letter) {
        int width = second.states();
        return first.next().get(pair / width).get(letter) * width + second.next().get(pair % width).get(letter);
    }

    /** A random word of the counted length that A accepts and B rejects, each letter drawn among those that still can. */
    private static String witness(Dfa first, Dfa second, long[][] counts, RandomGenerator random) {
        StringBuilder word = new StringBuilder();
        int pair = 0;
        for (int remaining = counts.length - 1; remaining > 0; remaining--) {
            List<Integer> viable = new ArrayList<>();
            for (int letter = 0; letter < 2; letter++) {
                if (counts[remaining - 1][next(first, second, pair, letter)] > 0) {
                    viable.add(letter);
                }
            }
            int letter = Draw.pick(viable, random);
            word.append(letter == 0 ? 'a' : 'b');
            pair = next(first, second, pair, letter);
        }
        return word.toString();
    }

    /** A copy of {@code dfa} with {@code changes} transitions redirected or accepting flags flipped. */
    private static Dfa changed(Dfa dfa, int changes, RandomGenerator random) {
        List<List<Integer>> next = new ArrayList<>(dfa.next().stream().map(row -> (List<Integer>) new ArrayList<>(row)).toList());
        List<Boolean> accepting = new ArrayList<>(dfa.accepting());
        for (int c = 0; c < changes; c++) {
            int state = random.nextInt(dfa.states());
            if (random.nextInt(3) == 0) {
                accepting.set(state, !accepting.get(state));
            } else {
                next.get(state).set(random.nextInt(2), random.nextInt(dfa.states()));
            }
        }
        return new Dfa(dfa.alphabet(), next, accepting);
    }

    @Override
    public String question(Puzzle puzzle) {
        return "Here are two deterministic finite automata, A and B, over the letters a and b. In each table a line is a state"
                + " and the cell under \"on x\" is the state reached by reading x; -> marks the start state and * the accepting"
                + " states. An automaton reads a word letter by letter from its start state and accepts it if it stops in an"
                + " accepting state (the empty word stops in the start state).\n\nAutomaton A:\n" + puzzle.first().table()
                + "\nAutomaton B:\n" + puzzle.second().table()
                + "\nB is A with one or two entries changed. Find a word of exactly " + puzzle.length() + " letters that A accepts"
                + " but B rejects. Answer with the word alone, letters only (for example: abba); any such word is accepted.";
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.witness());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        if (answer.word().length() != puzzle.length()) {
            return Score.wrong("the word has " + answer.word().length() + " letters, not " + puzzle.length());
        }
        boolean first = puzzle.first().accepts(answer.word());
        boolean second = puzzle.second().accepts(answer.word());
        if (first && !second) {
            return Score.correct("A accepts the word and B rejects it");
        }
        return Score.wrong("A " + (first ? "accepts" : "rejects") + " the word and B " + (second ? "accepts" : "rejects") + " it");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        String word = gold.word();
        List<String> candidates = new ArrayList<>(List.of(word.substring(0, word.length() - 1) + "a", word.substring(0, word.length() - 1) + "b",
                word.substring(1), word + "a", word + "b", "b" + word, "a" + word));
        for (String candidate : candidates) {
            boolean wrong = !(puzzle.first().accepts(candidate) && !puzzle.second().accepts(candidate));
            if (wrong && !candidate.isEmpty()) {
                misses.add(new Answer(candidate));
            }
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.first().states() * (double) puzzle.second().states() * puzzle.length();
    }
}
