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
import dev.bootcamp.camps.kit.machines.Dfa;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Which of several words a deterministic finite automaton, given as a transition table, accepts. */
@AutoService(Bootcamp.class)
public final class DfaAcceptanceBootcamp extends Camp<DfaAcceptanceBootcamp.Puzzle, DfaAcceptanceBootcamp.Answer> {
    private static final Knob<Integer> STATES = Knob.integer("states", 2, 12, 3, "states of the automaton");
    private static final Knob<Integer> LETTERS = Knob.integer("letters", 2, 4, 2, "size of the alphabet (a, b, c, d)");
    private static final Knob<Integer> WORDS = Knob.integer("words", 3, 16, 8, "words to decide");
    private static final Knob<Integer> LENGTH = Knob.integer("length", 2, 30, 4, "longest word");
    private static final BootcampInfo INFO = BootcampInfo.builder(DfaAcceptanceBootcamp.class)
            .title("DFA acceptance")
            .domain("code")
            .tags("code", "automaton", "dfa", "simulation")
            .summary("A deterministic finite automaton as a transition table (start and accepting states marked) and a"
                    + " numbered list of words, some accepted and some not: say for each word whether the automaton accepts"
                    + " it (yes/no). All or nothing.")
            .knob(STATES)
            .knob(LETTERS)
            .knob(WORDS)
            .knob(LENGTH)
            .version(1)
            .answerShape("one yes or no per word, in order")
            .build();

    /** The automaton, the words and whether each is accepted (never shown). */
    public record Puzzle(Dfa dfa, List<String> words, List<Boolean> accepted) {
        public Puzzle {
            words = List.copyOf(words);
            accepted = List.copyOf(accepted);
        }
    }

    /** Yes or no per word. */
    public record Answer(List<Boolean> accepted) {
        public Answer {
            accepted = List.copyOf(accepted);
        }
    }

    public DfaAcceptanceBootcamp() {
        super(INFO, Codecs.items(Codec.of((Boolean yes) -> yes ? "yes" : "no", Answers::bool), "\n").map(Answer::new, Answer::accepted));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults()
                .with(STATES, Draw.scale(level, 2, 9))
                .with(LETTERS, level >= 7 ? 3 : 2)
                .with(WORDS, Draw.scale(level, 8, 12))
                .with(LENGTH, Draw.scale(level, 3, 16));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        String alphabet = "abcd".substring(0, knobs.get(LETTERS));
        while (true) {
            Dfa dfa = Dfa.random(knobs.get(STATES), alphabet, random);
            Set<String> words = new LinkedHashSet<>();
            for (int tries = 0; words.size() < knobs.get(WORDS) && tries < 200; tries++) {
                int length = Draw.between(Math.max(1, knobs.get(LENGTH) / 2), knobs.get(LENGTH), random);
                words.add(Draw.letters(length, alphabet.length(), 'a', random));
            }
            List<String> list = new ArrayList<>(words);
            List<Boolean> accepted = list.stream().map(dfa::accepts).toList();
            long yes = accepted.stream().filter(Boolean::booleanValue).count();
            if (list.size() == knobs.get(WORDS) && yes * 4 >= list.size() && yes * 4 <= list.size() * 3L) {
                return new Puzzle(dfa, list, accepted);
            }
        }
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        text.append("A deterministic finite automaton over the letters ").append(String.join(", ", puzzle.dfa().alphabet().split("")))
                .append(" is given by its transition table. Each line is one state; the cell under \"on x\" is the state it moves")
                .append(" to after reading letter x. The start state is marked with -> and accepting states with *. The")
                .append(" automaton reads a word from left to right, starting in the start state and taking one move per letter;")
                .append(" it accepts the word when the state it ends in is accepting.\n\n")
                .append(puzzle.dfa().table()).append("\nWords:\n");
        for (int i = 0; i < puzzle.words().size(); i++) {
            text.append(i + 1).append(". ").append(puzzle.words().get(i)).append('\n');
        }
        text.append("\nFor each word, in order, say whether the automaton accepts it: answer with ").append(puzzle.words().size())
                .append(" lines, yes or no, like \"1. yes\" then \"2. no\" and so on.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.accepted());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Items.allOrNothing(puzzle.accepted(), answer.accepted(), "verdict");
    }

    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        return NearMisses.oneItem(gold.accepted(), gold.accepted().stream().map(yes -> List.of(!yes)).toList()).stream()
                .map(Answer::new).toList();
    }

    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.words().stream().mapToInt(String::length).sum() * (double) puzzle.dfa().states();
    }
}
