package dev.bootcamp.camps.spatial;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.spatial.Cube;
import dev.bootcamp.camps.kit.spatial.LetterPairs;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/** Dice from views: corner views of lettered dice, each showing three faces; deduce the opposite faces of each die. */
@AutoService(Bootcamp.class)
public final class DiceFromViewsBootcamp extends Camp<DiceFromViewsBootcamp.Puzzle, DiceFromViewsBootcamp.Answer> {
    private static final Knob<Integer> DICE = Knob.integer("dice", 1, 6, 2, "number of dice");
    private static final BootcampInfo INFO = BootcampInfo.builder(DiceFromViewsBootcamp.class)
            .title("Dice from views")
            .domain("spatial")
            .tags("spatial", "cube", "dice", "deduction", "unique-solution")
            .summary("Each die has six different letters on its faces. Several views of the same die are given, each naming"
                    + " the letters on top, in front and on the right. The views are chosen so that they fix which letters"
                    + " are opposite each other, and none of them can be dropped. For each die, answer the three pairs of"
                    + " opposite letters. Every pair of every die must be right; no partial credit.")
            .knob(DICE)
            .version(1)
            .answerShape("one line per die, each with its three pairs of opposite letters written like A-B")
            .build();

    private static final List<Cube> ORIENTATIONS = Cube.identity().orientations();
    private static final List<int[]> PERMUTATIONS = permutations();
    /** For each placement in {@link #PERMUTATIONS}, the views it can show, each as 36 top + 6 front + right (letter indices). */
    private static final List<BitSet> SHOWN = PERMUTATIONS.stream().map(DiceFromViewsBootcamp::shown).toList();

    /**
     * For each die its six letters and its views, each view three letters: top, front, right; and the opposite pairs the
     * views force, three a die (never shown).
     */
    public record Puzzle(List<String> letters, List<List<String>> dice, List<String> pairs) {
        public Puzzle {
            letters = List.copyOf(letters);
            dice = dice.stream().map(List::copyOf).toList();
            pairs = List.copyOf(pairs);
        }
    }

    /** Letters in pairs, three pairs a die. */
    public record Answer(List<String> pairs) {
        public Answer {
            pairs = List.copyOf(pairs);
        }
    }

    public DiceFromViewsBootcamp() {
        super(INFO, LetterPairs.codec().map(Answer::new, Answer::pairs));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(DICE, Draw.scale(level, 1, 5));
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        List<String> alphabet = new ArrayList<>();
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            alphabet.add(String.valueOf(letter));
        }
        List<List<String>> dice = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int die = 0; die < knobs.get(DICE); die++) {
            String letters = String.join("", Draw.sample(alphabet, 6, random));
            all.add(String.join("", letters.chars().sorted().mapToObj(c -> String.valueOf((char) c)).toList()));
            List<String> views = new ArrayList<>();
            while (pairings(all.get(die), views).size() > 1) {
                Cube cube = Draw.pick(ORIENTATIONS, random);
                String view = "" + letters.charAt(cube.at(Cube.UP)) + letters.charAt(cube.at(Cube.SOUTH)) + letters.charAt(cube.at(Cube.EAST));
                if (!views.contains(view)) {
                    views.add(view);
                }
            }
            for (int i = views.size() - 1; i >= 0 && views.size() > 1; i--) {
                List<String> fewer = new ArrayList<>(views);
                fewer.remove(i);
                if (pairings(all.get(die), fewer).size() == 1) {
                    views = fewer;
                }
            }
            dice.add(views);
        }
        List<String> pairs = new ArrayList<>();
        for (int die = 0; die < dice.size(); die++) {
            pairs.addAll(List.of(pairings(all.get(die), dice.get(die)).first().split(" ")));
        }
        return new Puzzle(all, dice, pairs);
    }

    @Override
    public String question(Puzzle puzzle) {
        int count = puzzle.dice().size();
        StringBuilder text = new StringBuilder();
        text.append(count == 1 ? "A cube-shaped die has" : "Each of " + count + " cube-shaped dice has")
                .append(" six different capital letters on its six faces. You are shown the same die several times, each time")
                .append(" turned some other way, looking at a corner so that you see three faces: the top, the front (facing")
                .append(" you) and the right. A view written \"top X, front Y, right Z\" means exactly that.\n");
        for (int die = 0; die < count; die++) {
            text.append(count == 1 ? "\n" : "\nDie " + (die + 1) + ":\n").append("Its letters: ")
                    .append(String.join(", ", puzzle.letters().get(die).split(""))).append(".\n");
            for (String view : puzzle.dice().get(die)) {
                text.append("- top ").append(view.charAt(0)).append(", front ").append(view.charAt(1)).append(", right ")
                        .append(view.charAt(2)).append('\n');
            }
        }
        text.append("\nThe views are enough to tell which letters sit on opposite faces (two faces that never appear together")
                .append(" in a corner view). ").append(count == 1 ? "Give the three pairs of opposite letters" : "For each die, give its three pairs of opposite letters")
                .append(", each pair written as two letters joined by a hyphen, the three pairs separated by spaces")
                .append(count == 1 ? "" : ", one line per die in order").append(". For example: P-Q R-S T-U");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(puzzle.pairs());
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        int dice = puzzle.dice().size();
        if (answer.pairs().size() != 3 * dice) {
            return Score.malformed("expected " + 3 * dice + " pairs (three per die), found " + answer.pairs().size());
        }
        List<String> gold = puzzle.pairs();
        for (int die = 0; die < dice; die++) {
            if (!LetterPairs.group(answer.pairs(), die).equals(LetterPairs.group(gold, die))) {
                return Score.wrong((dice == 1 ? "the pairs are" : "the pairs of die " + (die + 1) + " are") + " not the opposite faces");
            }
        }
        return Score.correct("every pair of opposite faces is right");
    }

    /** One die's pairs with letters of two pairs exchanged. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> pairs = new ArrayList<>(gold.pairs());
        int die = random.nextInt(puzzle.dice().size());
        String first = pairs.get(3 * die);
        String second = pairs.get(3 * die + 1);
        pairs.set(3 * die, "" + first.charAt(0) + second.charAt(0));
        pairs.set(3 * die + 1, "" + first.charAt(1) + second.charAt(1));
        return List.of(new Answer(pairs));
    }

    /** Views to combine, summed over the dice. */
    @Override
    public double cost(Puzzle puzzle) {
        return puzzle.dice().stream().mapToInt(List::size).sum();
    }

    /**
     * The opposite pairings, each written "AB CD EF" (pairs sorted), of every placement of the letters on a cube that
     * shows all the views.
     */
    static TreeSet<String> pairings(String six, List<String> views) {
        List<Character> letters = six.chars().mapToObj(c -> (char) c).toList();
        int[] codes = new int[views.size()];
        for (int i = 0; i < codes.length; i++) {
            String view = views.get(i);
            codes[i] = 36 * letters.indexOf(view.charAt(0)) + 6 * letters.indexOf(view.charAt(1)) + letters.indexOf(view.charAt(2));
        }
        // Each pairing once, as the partner of every letter index written in base 6.
        TreeSet<Integer> keys = new TreeSet<>();
        for (int p = 0; p < PERMUTATIONS.size(); p++) {
            BitSet shown = SHOWN.get(p);
            boolean all = true;
            for (int code : codes) {
                all &= shown.get(code);
            }
            if (all) {
                int[] permutation = PERMUTATIONS.get(p);
                int[] partner = new int[6];
                for (int face = 0; face < 6; face++) {
                    partner[permutation[face]] = permutation[face ^ 1];
                }
                int key = 0;
                for (int value : partner) {
                    key = key * 6 + value;
                }
                keys.add(key);
            }
        }
        TreeSet<String> pairings = new TreeSet<>();
        for (int key : keys) {
            int[] partner = new int[6];
            for (int i = 5; i >= 0; i--) {
                partner[i] = key % 6;
                key /= 6;
            }
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                if (i < partner[i]) {
                    pairs.add(LetterPairs.sorted("" + letters.get(i) + letters.get(partner[i])));
                }
            }
            pairings.add(String.join(" ", pairs.stream().sorted().toList()));
        }
        return pairings;
    }

    /** The views a placement shows: letter index permutation[f] on face f, turned every way. */
    private static BitSet shown(int[] permutation) {
        BitSet shown = new BitSet(216);
        for (Cube cube : ORIENTATIONS) {
            shown.set(36 * permutation[cube.at(Cube.UP)] + 6 * permutation[cube.at(Cube.SOUTH)] + permutation[cube.at(Cube.EAST)]);
        }
        return shown;
    }

    private static List<int[]> permutations() {
        List<int[]> all = new ArrayList<>();
        permute(new int[6], new boolean[6], 0, all);
        return List.copyOf(all);
    }

    private static void permute(int[] current, boolean[] used, int at, List<int[]> all) {
        if (at == 6) {
            all.add(current.clone());
            return;
        }
        for (int value = 0; value < 6; value++) {
            if (!used[value]) {
                used[value] = true;
                current[at] = value;
                permute(current, used, at + 1, all);
                used[value] = false;
            }
        }
    }
}
