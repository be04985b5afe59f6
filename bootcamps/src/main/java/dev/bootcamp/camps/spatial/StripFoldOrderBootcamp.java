package dev.bootcamp.camps.spatial;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.camps.kit.Camp;
import dev.bootcamp.camps.kit.Codecs;
import dev.bootcamp.camps.kit.Draw;
import dev.bootcamp.camps.kit.Items;
import dev.bootcamp.verify.Answers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Strip fold order: a strip of lettered squares is folded in half-or-less pieces until one square is left; give the stack. */
@AutoService(Bootcamp.class)
public final class StripFoldOrderBootcamp extends Camp<StripFoldOrderBootcamp.Puzzle, StripFoldOrderBootcamp.Answer> {
    private static final Knob<Integer> SQUARES = Knob.integer("squares", 2, 26, 8, "number of squares in the strip");
    private static final Knob<Boolean> UNDER = Knob.flag("under", false, "some folds tuck the lifted part underneath instead of laying it on top");
    private static final BootcampInfo INFO = BootcampInfo.builder(StripFoldOrderBootcamp.class)
            .title("Strip fold order")
            .domain("spatial")
            .tags("spatial", "folding", "stacking", "simulation")
            .summary("A paper strip of lettered squares lies on a table; it is folded along creases between squares, each"
                    + " fold swinging the squares beyond a crease over the top (or, with the under knob, underneath) onto the"
                    + " rest, until all squares lie in one stack. Answer the letters of the stack from top to bottom. The"
                    + " order must match exactly; no partial credit.")
            .knob(SQUARES)
            .knob(UNDER)
            .version(1)
            .answerShape("the letters of the final stack from top to bottom, separated by spaces")
            .build();

    /** One fold: the end lifted ("left" or "right"), how many positions it spans, and whether it goes under. */
    public record Fold(String end, int length, boolean under) {}

    /** The letters of the squares from left to right and the folds in order. */
    public record Puzzle(String letters, List<Fold> folds) {
        public Puzzle {
            folds = List.copyOf(folds);
        }
    }

    /** The letters of the stack from top to bottom. */
    public record Answer(List<String> stack) {
        public Answer {
            stack = List.copyOf(stack);
        }
    }

    public StripFoldOrderBootcamp() {
        super(INFO, Codecs.list(Codecs.word(), " ").map(StripFoldOrderBootcamp::read, Answer::stack));
    }

    @Override
    public Knobs atLevel(int level) {
        return INFO.defaults().with(SQUARES, Draw.scale(level, 4, 18)).with(UNDER, level >= 4);
    }

    @Override
    public Puzzle generate(Knobs knobs, RandomGenerator random) {
        int squares = knobs.get(SQUARES);
        List<String> alphabet = new ArrayList<>();
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            alphabet.add(String.valueOf(letter));
        }
        String letters = String.join("", Draw.sample(alphabet, squares, random));
        List<Fold> folds = new ArrayList<>();
        for (int width = squares; width > 1; ) {
            int length = 1 + random.nextInt(width / 2);
            folds.add(new Fold(random.nextBoolean() ? "left" : "right", length, knobs.get(UNDER) && random.nextInt(3) == 0));
            width -= length;
        }
        return new Puzzle(letters, folds);
    }

    @Override
    public String question(Puzzle puzzle) {
        StringBuilder text = new StringBuilder();
        int width = puzzle.letters().length();
        text.append("A strip of paper is divided into ").append(width).append(" squares in a row, lettered from left to right:\n\n")
                .append(String.join(" ", puzzle.letters().split(""))).append("\n\nIt lies flat on a table and is folded along")
                .append(" the creases between squares. Each fold takes the last few positions at one end of the (possibly")
                .append(" already folded) strip and swings them about the crease, like turning a page, so that they land")
                .append(" upside down on the positions next to the crease, in mirror order; the part lifted is never longer")
                .append(" than the part that stays. Everything stacked at a lifted position moves together, and its stacking")
                .append(" order is reversed by the turn. A fold \"over\" lays the lifted layers on top of the stack they land on;")
                .append(" a fold \"under\" tucks them beneath it. Positions are counted along the strip as it lies now.\n\n");
        int number = 1;
        for (Fold fold : puzzle.folds()) {
            width -= fold.length();
            text.append("Fold ").append(number++).append(": the ").append(fold.end()).append("most ").append(fold.length())
                    .append(fold.length() == 1 ? " position goes " : " positions go ").append(fold.under() ? "under" : "over")
                    .append(" (").append(width).append(width == 1 ? " position remains).\n" : " positions remain).\n");
        }
        text.append("\nAll squares now lie in one stack. List its letters from the top of the stack down to the bottom,")
                .append(" separated by spaces, for example: C A B.");
        return text.toString();
    }

    @Override
    public Answer solve(Puzzle puzzle) {
        return new Answer(stack(puzzle));
    }

    @Override
    public Score check(Puzzle puzzle, Answer answer) {
        return Items.allOrNothing(stack(puzzle), answer.stack(), "place in the stack");
    }

    /** The stack read bottom to top, and with two neighbouring letters exchanged. */
    @Override
    public List<Answer> nearMisses(Puzzle puzzle, Answer gold, RandomGenerator random) {
        List<String> reversed = new ArrayList<>(gold.stack());
        Collections.reverse(reversed);
        List<String> swapped = new ArrayList<>(gold.stack());
        int at = random.nextInt(swapped.size() - 1);
        Collections.swap(swapped, at, at + 1);
        return List.of(new Answer(reversed), new Answer(swapped));
    }

    /** Squares moved, summed over the folds. */
    @Override
    public double cost(Puzzle puzzle) {
        int width = puzzle.letters().length();
        double moved = 0;
        for (Fold fold : puzzle.folds()) {
            moved += (double) puzzle.letters().length() * fold.length() / width;
            width -= fold.length();
        }
        return moved;
    }

    private static Answer read(List<String> words) {
        List<String> letters = new ArrayList<>(words.size());
        for (String word : words) {
            if (word.length() != 1 || !Character.isLetter(word.charAt(0))) {
                throw new AnswerFormatException("each place in the stack is one letter, found '" + Answers.abbreviate(word) + "'");
            }
            letters.add(word.toUpperCase(Locale.ROOT));
        }
        return new Answer(letters);
    }

    /** Stacks per position, each listed bottom to top, folded one fold at a time; the last stack read top down. */
    private static List<String> stack(Puzzle puzzle) {
        List<List<String>> stacks = new ArrayList<>();
        for (char letter : puzzle.letters().toCharArray()) {
            stacks.add(List.of(String.valueOf(letter)));
        }
        for (Fold fold : puzzle.folds()) {
            if (fold.end().equals("left")) {
                Collections.reverse(stacks);
            }
            int kept = stacks.size() - fold.length();
            List<List<String>> next = new ArrayList<>(stacks.subList(0, kept));
            for (int i = 0; i < fold.length(); i++) {
                List<String> lifted = new ArrayList<>(stacks.get(kept + i));
                Collections.reverse(lifted);
                int target = kept - 1 - i;
                List<String> landed = new ArrayList<>();
                landed.addAll(fold.under() ? lifted : next.get(target));
                landed.addAll(fold.under() ? next.get(target) : lifted);
                next.set(target, landed);
            }
            if (fold.end().equals("left")) {
                Collections.reverse(next);
            }
            stacks = next;
        }
        List<String> top = new ArrayList<>(stacks.get(0));
        Collections.reverse(top);
        return top;
    }
}
