package dev.bootcamp.camps.interactive;

import com.google.auto.service.AutoService;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Interactive;
import dev.bootcamp.api.Knob;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Turn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Twenty questions over a table of invented creatures: the player sees every creature's attributes, asks yes/no
 * questions about the hidden one ("is its colour red?", "does it have at least 4 legs?") and must then name it; one
 * wrong name ends the game. The turn limit is what the expert (always the question that splits the creatures still
 * possible most evenly) needs for the hardest creature of the table, plus one, so it does not depend on which is hidden.
 */
@AutoService(Interactive.class)
public final class TwentyQuestionsBootcamp implements Interactive<TwentyQuestionsBootcamp.State> {
    private static final List<String> ATTRIBUTES = List.of("colour", "size", "legs", "habitat", "diet", "pattern", "wings", "weight");
    private static final List<List<String>> VALUES = List.of(
            List.of("red", "blue", "green", "yellow", "black", "white", "purple", "orange"),
            List.of("tiny", "small", "medium", "large", "huge"),
            List.of("0", "2", "4", "6", "8"),
            List.of("forest", "desert", "sea", "mountain", "swamp", "cave"),
            List.of("plants", "meat", "insects", "fish", "anything"),
            List.of("plain", "striped", "spotted"),
            List.of("none", "two", "four"),
            List.of("1", "3", "10", "30", "100", "300"));
    /** The attributes asked about with "at least": their values are numbers in rising order. */
    private static final Set<Integer> NUMERIC = Set.of(2, 7);
    private static final String CONSONANTS = "bdfgklmnprstvz";
    private static final String VOWELS = "aeiou";
    private static final Knob<Integer> CREATURES = Knob.integer("creatures", 8, 200, 40, "how many creatures the table lists");
    private static final Knob<Integer> ATTRIBUTE_COUNT = Knob.integer("attributes", 3, 8, 5, "how many attributes each creature has");
    private static final BootcampInfo INFO = BootcampInfo.builder(TwentyQuestionsBootcamp.class)
            .title("Twenty questions")
            .domain("interactive")
            .tags("interactive", "deduction", "questions", "information")
            .summary("Find a hidden creature in a table of `creatures` invented creatures with `attributes` attributes each,"
                    + " by asking yes/no questions (an attribute equals a value, or a number attribute is at least a value) and"
                    + " then naming it; a wrong name ends the game. CORRECT when the creature is named within the turn limit"
                    + " (what the best-splitting questioner needs for the hardest creature, plus one), WRONG otherwise.")
            .knob(CREATURES)
            .knob(ATTRIBUTE_COUNT)
            .answerShape("one question or one guess per turn, such as 'is colour red' or 'guess Bako'")
            .build();

    /**
     * An episode: the table (names, and each creature's value index per attribute), the hidden creature, the questions
     * asked as {attribute, value, atLeast 0/1, answer 0/1}, whether a name was given and whether it was right.
     */
    public record State(List<String> names, List<List<Integer>> table, int hidden, List<List<Integer>> asked, boolean named, boolean won,
            int limit) {
        public State {
            names = List.copyOf(names);
            table = table.stream().map(List::copyOf).toList();
            asked = asked.stream().map(List::copyOf).toList();
        }
    }

    @Override
    public BootcampInfo info() {
        return INFO;
    }

    @Override
    public Knobs atLevel(int level) {
        int[] creatures = {32, 40, 48, 60, 72, 90, 110, 130, 160, 200};
        return INFO.defaults().with(CREATURES, creatures[level - 1]).with(ATTRIBUTE_COUNT, Math.min(8, 4 + level / 2));
    }

    @Override
    public State start(Knobs knobs, RandomGenerator random) {
        int count = knobs.get(CREATURES);
        int attributes = knobs.get(ATTRIBUTE_COUNT);
        Set<String> names = new HashSet<>();
        Set<List<Integer>> rows = new HashSet<>();
        List<String> nameList = new ArrayList<>();
        List<List<Integer>> table = new ArrayList<>();
        while (table.size() < count) {
            String name = name(random);
            List<Integer> row = new ArrayList<>();
            for (int a = 0; a < attributes; a++) {
                row.add(random.nextInt(VALUES.get(a).size()));
            }
            if (names.add(name.toLowerCase(Locale.ROOT)) && rows.add(row)) {
                nameList.add(name);
                table.add(row);
            }
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(i);
        }
        return new State(nameList, table, random.nextInt(count), List.of(), false, false, depth(table, all) + 1);
    }

    /** Turns the expert needs for the hardest creature among {@code left}: its questions depend only on who is left. */
    private static int depth(List<List<Integer>> table, List<Integer> left) {
        if (left.size() == 1) {
            return 1;
        }
        int[] question = bestQuestion(table, left);
        List<Integer> yes = new ArrayList<>();
        List<Integer> no = new ArrayList<>();
        for (int i : left) {
            (holds(table.get(i), question[0], question[1], question[2] == 1) ? yes : no).add(i);
        }
        return 1 + Math.max(depth(table, yes), depth(table, no));
    }

    /** The question {attribute, value, atLeast 0/1} whose smaller side among {@code left} is largest (the first such). */
    private static int[] bestQuestion(List<List<Integer>> table, List<Integer> left) {
        int attributes = table.get(0).size();
        int bestSplit = -1;
        int[] best = null;
        for (int a = 0; a < attributes; a++) {
            for (int atLeast = 0; atLeast < (NUMERIC.contains(a) ? 2 : 1); atLeast++) {
                for (int v = 0; v < VALUES.get(a).size(); v++) {
                    int yes = 0;
                    for (int i : left) {
                        yes += holds(table.get(i), a, v, atLeast == 1) ? 1 : 0;
                    }
                    int split = Math.min(yes, left.size() - yes);
                    if (split > bestSplit) {
                        bestSplit = split;
                        best = new int[] {a, v, atLeast};
                    }
                }
            }
        }
        return best;
    }

    private static String name(RandomGenerator random) {
        StringBuilder name = new StringBuilder();
        for (int i = 0, syllables = 2 + random.nextInt(2); i < syllables; i++) {
            name.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length()))).append(VOWELS.charAt(random.nextInt(VOWELS.length())));
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    @Override
    public String opening(State state) {
        int attributes = state.table().get(0).size();
        StringBuilder text = new StringBuilder("Twenty questions: I am thinking of one of these " + state.names().size() + " creatures.\n\n");
        text.append("name | ").append(String.join(" | ", ATTRIBUTES.subList(0, attributes))).append('\n');
        for (int i = 0; i < state.names().size(); i++) {
            text.append(state.names().get(i));
            for (int a = 0; a < attributes; a++) {
                text.append(" | ").append(VALUES.get(a).get(state.table().get(i).get(a)));
            }
            text.append('\n');
        }
        text.append("\nEach turn, either ask a yes/no question of the form \"is ATTRIBUTE VALUE\" (for example \"is ")
                .append(ATTRIBUTES.get(0)).append(' ').append(VALUES.get(0).get(0)).append("\")");
        text.append(attributes > 7 ? ", or for the number attributes legs and weight also \"is legs at least N\" or \"is weight at least N\""
                : ", or for the number attribute legs also \"is legs at least N\"");
        text.append(", or name the creature with \"guess NAME\". I answer every question truthfully. You may name a creature"
                + " only once: a wrong name ends the game. You have ").append(state.limit()).append(" turns in all.");
        return text.toString();
    }

    @Override
    public Turn<State> act(State state, String action) {
        String text = action.strip().toLowerCase(Locale.ROOT);
        int attributes = state.table().get(0).size();
        if (text.startsWith("guess")) {
            String wanted = text.substring(5).replaceAll("[^a-z]", "");
            int index = -1;
            for (int i = 0; i < state.names().size(); i++) {
                index = state.names().get(i).toLowerCase(Locale.ROOT).equals(wanted) ? i : index;
            }
            if (index < 0) {
                return Turn.next(state, "There is no creature called \"" + abbreviate(wanted) + "\" in the table; nothing happened.");
            }
            boolean won = index == state.hidden();
            State next = new State(state.names(), state.table(), state.hidden(), state.asked(), true, won, state.limit());
            return Turn.last(next, won ? "Yes, it is " + state.names().get(index) + "!"
                    : "No, it is not " + state.names().get(index) + ". I was thinking of " + state.names().get(state.hidden()) + ".");
        }
        String[] words = text.replaceAll("[^a-z0-9 ]", " ").trim().split("\\s+");
        int attribute = -1;
        int wordAt = -1;
        for (int w = 0; w < words.length && attribute < 0; w++) {
            attribute = ATTRIBUTES.subList(0, attributes).indexOf(words[w]);
            wordAt = w;
        }
        if (attribute < 0) {
            return Turn.next(state, "Ask \"is ATTRIBUTE VALUE\" with one of the attributes " + String.join(", ", ATTRIBUTES.subList(0, attributes))
                    + ", or \"guess NAME\".");
        }
        boolean atLeast = wordAt + 2 < words.length && words[wordAt + 1].equals("at") && words[wordAt + 2].equals("least");
        String value = wordAt + (atLeast ? 3 : 1) < words.length ? words[wordAt + (atLeast ? 3 : 1)] : "";
        int valueIndex = VALUES.get(attribute).indexOf(value);
        if (valueIndex < 0 || (atLeast && !NUMERIC.contains(attribute))) {
            return Turn.next(state, (atLeast && !NUMERIC.contains(attribute) ? "\"at least\" works only for legs and weight. " : "")
                    + "The values of " + ATTRIBUTES.get(attribute) + " are " + String.join(", ", VALUES.get(attribute)) + ".");
        }
        boolean yes = holds(state.table().get(state.hidden()), attribute, valueIndex, atLeast);
        List<List<Integer>> asked = new ArrayList<>(state.asked());
        asked.add(List.of(attribute, valueIndex, atLeast ? 1 : 0, yes ? 1 : 0));
        String phrase = "its " + ATTRIBUTES.get(attribute) + " is " + (atLeast ? "at least " : "") + value;
        return Turn.next(new State(state.names(), state.table(), state.hidden(), asked, false, false, state.limit()),
                yes ? "Yes: " + phrase + "." : "No: it is not true that " + phrase + ".");
    }

    private static boolean holds(List<Integer> row, int attribute, int value, boolean atLeast) {
        return atLeast ? row.get(attribute) >= value : row.get(attribute) == value;
    }

    @Override
    public Score outcome(State state) {
        if (state.won()) {
            return Score.correct("named after " + state.asked().size() + " questions");
        }
        return Score.wrong((state.named() ? "named the wrong creature" : "named no creature") + "; it was " + state.names().get(state.hidden()));
    }

    @Override
    public int turnLimit(State state) {
        return state.limit();
    }

    @Override
    public String expertAction(State state) {
        List<Integer> left = new ArrayList<>();
        for (int i = 0; i < state.table().size(); i++) {
            boolean fits = true;
            for (List<Integer> question : state.asked()) {
                fits &= holds(state.table().get(i), question.get(0), question.get(1), question.get(2) == 1) == (question.get(3) == 1);
            }
            if (fits) {
                left.add(i);
            }
        }
        if (left.size() == 1) {
            return "guess " + state.names().get(left.get(0));
        }
        int[] question = bestQuestion(state.table(), left);
        return "is " + ATTRIBUTES.get(question[0]) + (question[2] == 1 ? " at least " : " ") + VALUES.get(question[0]).get(question[1]);
    }

    @Override
    public String randomAction(State state, RandomGenerator random) {
        if (random.nextInt(4) == 0) {
            return "guess " + state.names().get(random.nextInt(state.names().size()));
        }
        int attribute = random.nextInt(state.table().get(0).size());
        return "is " + ATTRIBUTES.get(attribute) + " " + VALUES.get(attribute).get(random.nextInt(VALUES.get(attribute).size()));
    }

    @Override
    public double cost(State state) {
        return state.names().size() * (double) state.limit();
    }

    private static String abbreviate(String text) {
        return text.length() <= 30 ? text : text.substring(0, 27) + "...";
    }
}
