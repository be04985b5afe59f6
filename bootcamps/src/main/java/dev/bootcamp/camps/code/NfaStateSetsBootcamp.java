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
import dev.bootcamp.camps.kit.Items;
import dev.bootcamp.camps.kit.machines.Dfa;
import dev.bootcamp.camps.kit.machines.Nfa;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/** The set of states an NFA with empty moves can be in after reading each of a few words. */
@AutoService(Bootcamp.class)
public final class NfaStateSetsBootcamp extends Camp<NfaStateSetsBootcamp.Puzzle, NfaStateSetsBootcamp.Answer> {
    private static final Knob<Integer> STATES = Knob.integer("states", 2, 10, 3, "states of the automaton");
    private static final Knob<Integer> EMPTY_MOVES = Knob.integer("empty-moves", 0, 8, 0, "empty (epsilon) moves drawn");
    private static final Knob<Integer> WORDS = Knob.integer("words", 1, 5, 2, "words to run");
    private static final Knob<Integer> LENGTH = Knob.integer("length", 1, 16, 3, "letters per word");
    private static final int MAX_LINES = 20;
    private static final BootcampInfo INFO = BootcampInfo.builder(NfaStateSetsBootcamp.class)
            .title("NFA state sets")
            .domain("code")
            .tags("code", "automaton", "nfa", "epsilon", "simulation")
            .summary("A nondeterministic finite automaton with empty (epsilon) moves as a table and a few words: for each"
                    + " word give the exact set of states the automaton can be in after reading it (empty moves followed"
                    + " before and after every letter), or 'none'. All or nothing.")
            .knob(STATES)
            .knob(EMPTY_MOVES)
            .knob(WORDS)
            .knob(LENGTH)
            .version(1)
            .answerShape("one line per word: the state names of the set, or none")
            .build();

    /** The automaton, the words and the state set after each (never shown). */
    public record Puzzle(Nfa nfa, List<String> words, List<List<Integer>> sets) {
        public Puzzle {
            words = List.copyOf(words);
            sets = sets.stream().map(List::copyOf).toList();
        }
    }

    /** One state set per word, each sorted. */
    public record Answer(List<List<Integer>> sets) {
        public Answer {
            sets = sets.stream().map(List::copyOf).toList();
        }
    }

    public NfaStateSetsBootcamp() {
        super(INFO, Codec.of(NfaStateSetsBootcamp::write, NfaStateSetsBootcamp::read));
    }

    private static String write(Answer answer) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < answer.sets().size(); i++) {
            List<Integer> set = answer.sets().get(i);
            lines.add((i + 1) + ": " + (set.isEmpty() ? "none" : set.stream().map(Dfa::name).collect(Collectors.joining(" "))));
        }
        return String.join("\n", lines);
    }

    private static Answer read(String text) {
        List<List<Integer>> sets = new ArrayList<>();
        for (String line : Answers.lines(text)) {
            if (sets.size() == MAX_LINES) {
                throw new AnswerFormatException("more than " + MAX_LINES + " lines");
            }
            TreeSet<Integer> set = new TreeSet<>();
            boolean none = false;
            for (String token : Answers.tokens(line, "{}:.()")) {
                String word = token.toLowerCase(Locale.ROOT);
                if (word.chars().allMatch(Character::isDigit) && set.isEmpty() && !none && word.length() <= 3) {
                    continue;
                }
                if (word.equals("none") || word.equals("empty")) {
                    none = true;
                    continue;
                }
                if (word.length() < 2 || word.length() > 4 || word.charAt(0) != 'q' || !word.substring(1).chars().allMatch(Character::isDigit)) {
                    throw new AnswerFormatException("expected state names like q0, found '" + Answers.abbreviate(token) + "'");
                }
                if (!set.add(Integer.parseInt(word.substring(1)))) {
                    throw new AnswerFormatException(word + " is listed twice on one line");
                }
            }
            if (none && !set.isEmpty()) {
                throw new AnswerFormatException("a line says none and also names states");
            }
            sets.add(List.copyOf(set));
        }
        if (sets.isEmpty()) {
            throw new AnswerFormatException("no lines found");
        }
        return new Answer(sets);
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(STATES, Draw.scale(level, 3, 8))
                .with(EMPTY_MOVES, Draw.scale(level, 0, 5))
                .with(WORDS, Draw.scale(level, 3, 5))
                .with(LENGTH, Draw.scale(level, 2, 10));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        String alphabet = "ab";
        while (true) {
            Nfa nfa = Nfa.random(knobs.get(STATES), alphabet, 1.1 / knobs.get(STATES) + 0.04, knobs.get(EMPTY_MOVES), random);
            List<String> words = new ArrayList<>();
            List<List<Integer>> sets = new ArrayList<>();
            for (int i = 0; i < knobs.get(WORDS); i++) {
                String word = Draw.letters(Draw.between(Math.max(1, knobs.get(LENGTH) - 2), knobs.get(LENGTH), random), 2, 'a', random);
                words.add(word);
                sets.add(List.copyOf(nfa.run(word)));
            }
            long distinct = sets.stream().distinct().count();
            int most = (knobs.get(STATES) * 2 + 2) / 3;
            boolean varied = sets.stream().anyMatch(set -> set.size() >= 2) && sets.stream().noneMatch(set -> set.isEmpty() || set.size() > most);
            if (varied && (distinct > 1 || words.size() == 1)) {
                return new Puzzle(nfa, words, sets);
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("This nondeterministic finite automaton (NFA) over the letters a and b is given as a table. A cell lists")
                .append(" every state the row's state may move to on that letter (\"-\" for none); the last column lists its")
                .append(" empty moves, which may be taken at any time without reading a letter. The start state is marked")
                .append(" ->, accepting states * (which does not matter here). Before reading, the NFA can be in the start state")
                .append(" and every state reachable from it by empty moves. Reading a letter takes every state of the current set")
                .append(" along that letter's moves, then adds every state reachable from those by empty moves.\n\n")
                .append(puzzle.nfa().table()).append("\nWords:\n");
        for (int i = 0; i < puzzle.words().size(); i++) {
            text.append(i + 1).append(". ").append(puzzle.words().get(i)).append('\n');
        }
        text.append("\nFor each word, give the set of states the NFA can be in after reading the whole word: one line per word")
                .append(" with its number and the state names, like \"1: q2 q5\", or \"none\" for the empty set.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.sets());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Items.allOrNothing(puzzle.sets(), answer.sets(), "state set");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<Answer> misses = new ArrayList<>();
        for (int i = 0; i < gold.sets().size(); i++) {
            List<Integer> set = gold.sets().get(i);
            List<List<Integer>> changed = new ArrayList<>(gold.sets());
            TreeSet<Integer> other = new TreeSet<>(set);
            int state = random.nextInt(puzzle.nfa().states());
            if (!other.remove(state)) {
                other.add(state);
            }
            changed.set(i, List.copyOf(other));
            misses.add(new Answer(changed));
        }
        return misses;
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.words().stream().mapToInt(String::length).sum() * (double) puzzle.nfa().states();
    }
}
