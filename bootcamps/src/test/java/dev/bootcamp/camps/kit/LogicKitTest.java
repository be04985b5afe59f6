package dev.bootcamp.camps.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.verify.Answers;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/** The kit pieces the logic puzzles share: clue sets over arrangements, named values, truth values, prose, near misses. */
class LogicKitTest {
    /** "Item first is placed before item second" over arrangements of three items (place[i] = position of item i). */
    private record Before(int first, int second) {}

    private static final BiPredicate<Before, int[]> BEFORE = (clue, place) -> place[clue.first()] < place[clue.second()];

    @Test
    void narrowingCluesLeaveOnlyTheHiddenArrangementAndMinimalDropsTheRedundantOnes() {
        int[] hidden = {2, 0, 1};
        List<int[]> all = Permutations.all(3);
        SplittableRandom random = new SplittableRandom(5);
        List<Before> drawn = OrderClues.narrowing(all, chosen -> {
            int a = random.nextInt(3);
            int b = random.nextInt(3);
            return a == b ? null : hidden[a] < hidden[b] ? new Before(a, b) : new Before(b, a);
        }, BEFORE);
        assertThat(OrderClues.consistent(all, drawn, BEFORE)).isEqualTo(1);
        List<Before> needed = OrderClues.minimal(drawn, fewer -> OrderClues.consistent(all, fewer, BEFORE) == 1, random);
        assertThat(needed).hasSize(2).allMatch(clue -> BEFORE.test(clue, hidden));
        assertThat(OrderClues.count(OrderClues.unplaced(3), 0, needed, Before::first, Before::second, BEFORE, 10)).isEqualTo(1);
        assertThat(OrderClues.count(OrderClues.unplaced(3), 0, List.of(new Before(0, 1)), Before::first, Before::second, BEFORE, 10))
                .isEqualTo(3);
        assertThat(OrderClues.count(OrderClues.unplaced(3), 0, List.<Before>of(), Before::first, Before::second, BEFORE, 4)).isEqualTo(4);
    }

    @Test
    void namedValuesReadLabelledLinesAndWriteThemSorted() {
        Codec<SortedMap<String, Integer>> codec = NamedValues.codec(Set.of("at"), NamedValues.capitalisedName(20, "a name"),
                Answers::intValue, String::valueOf, "Name: number");
        SortedMap<String, Integer> read = codec.parse("bob at 3, ALICE = 1 - carol: 7");
        assertThat(read).containsExactly(Map.entry("Alice", 1), Map.entry("Bob", 3), Map.entry("Carol", 7));
        assertThat(codec.render(read)).isEqualTo("Alice: 1\nBob: 3\nCarol: 7");
        assertThat(NamedValues.codec("=", ", ", Set.of(), name -> name, Answers::bool, String::valueOf, "a=true").render(
                new TreeMap<>(Map.of("b", false, "a", true)))).isEqualTo("a=true, b=false");
        assertThatThrownBy(() -> codec.parse("Alice: 1, Alice: 2")).isInstanceOf(AnswerFormatException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> codec.parse("Alice: 1, Bob")).isInstanceOf(AnswerFormatException.class).hasMessageContaining("no value");
        assertThatThrownBy(() -> codec.parse("4lice: 1")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> codec.parse(" ")).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void truthValuesReadEveryCommonSpelling() {
        Codec<String> bits = TruthValues.bits(8);
        assertThat(bits.parse("1 0 | T, f true FALSE")).isEqualTo("101010");
        assertThat(bits.render("0110")).isEqualTo("0110");
        assertThatThrownBy(() -> bits.parse("1 2")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> bits.parse("111111111")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> bits.parse("|")).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void numberedItemsAreWrittenWithTheirMarkAndReadInExactNumber() {
        Codec<List<Boolean>> codec = Codecs.numbered(".", 3, yes -> yes ? "yes" : "no", Answers::bool);
        assertThat(codec.render(List.of(true, false, true))).isEqualTo("1. yes\n2. no\n3. yes");
        assertThat(codec.parse("1) no 2) no 3) yes")).containsExactly(false, false, true);
        assertThatThrownBy(() -> codec.parse("yes no")).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void proseAndNames() {
        assertThat(Prose.number(12)).isEqualTo("twelve");
        assertThat(Prose.number(21)).isEqualTo("21");
        assertThat(Prose.capitalise("three houses")).isEqualTo("Three houses");
        assertThat(Prose.and(List.of("a"))).isEqualTo("a");
        assertThat(Prose.and(List.of("a", "b"))).isEqualTo("a and b");
        assertThat(Prose.and(List.of("a", "b", "c"))).isEqualTo("a, b and c");
        Codec<List<String>> order = PersonNames.order(">");
        assertThat(order.parse("alice > BOB > Carol")).containsExactly("Alice", "Bob", "Carol");
        assertThat(order.render(List.of("Alice", "Bob"))).isEqualTo("Alice, Bob");
        assertThatThrownBy(() -> order.parse("Alice, B0b")).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void toggledNearMissesFlipOneMembershipEach() {
        assertThat(NearMisses.toggled(List.of("b"), List.of("a", "b", "c")))
                .containsExactly(List.of("b", "a"), List.of(), List.of("b", "c"));
    }
}
