package dev.bootcamp.camps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.Verdict;
import dev.bootcamp.camps.graphs.BipartitionBootcamp;
import dev.bootcamp.camps.graphs.MaxFlowBootcamp;
import dev.bootcamp.camps.kit.Graphs.Edge;
import dev.bootcamp.camps.strings.StringRewriteBootcamp;
import dev.bootcamp.camps.time.CalendarArithmeticBootcamp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Witness answers of issue 13: the checkers accept every valid witness the prompt allows, not only the reference one. */
class WitnessAnswersTest {
    private final BipartitionBootcamp bipartition = new BipartitionBootcamp();
    private final MaxFlowBootcamp maxFlow = new MaxFlowBootcamp();

    /** A five-cycle A..E with a triangle A B F on its first edge: two odd cycles, no split. */
    private BipartitionBootcamp.Puzzle oddGraph() {
        List<Edge> edges = List.of(edge("A", "B"), edge("B", "C"), edge("C", "D"), edge("D", "E"), edge("A", "E"),
                edge("A", "F"), edge("B", "F"));
        return new BipartitionBootcamp.Puzzle(6, edges, false, List.of(List.of("A", "B", "C", "D", "E")));
    }

    @Test
    void anyOddCycleProvesThatNoSplitExists() {
        BipartitionBootcamp.Puzzle puzzle = oddGraph();
        for (String cycle : List.of("A B C D E", "A F B", "B F A", "f a b f", "C, D, E, A, B")) {
            assertThat(bipartition.check(puzzle, bipartition.parse(cycle)).verdict()).as(cycle).isEqualTo(Verdict.CORRECT);
        }
        for (String wrong : List.of("A B C D", "A B C", "A F B F A", "A C E\nB D F")) {
            assertThat(bipartition.check(puzzle, bipartition.parse(wrong)).verdict()).as(wrong).isEqualTo(Verdict.WRONG);
        }
    }

    @Test
    void aBipartiteGraphTakesAnyValidSplitAndNoCycle() {
        List<Edge> edges = List.of(edge("A", "B"), edge("B", "C"), edge("C", "D"), edge("A", "D"));
        BipartitionBootcamp.Puzzle puzzle = new BipartitionBootcamp.Puzzle(5, edges, true, List.of(List.of("A", "C", "E"), List.of("B", "D")));
        assertThat(bipartition.check(puzzle, bipartition.parse("B D E\nA C")).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(bipartition.check(puzzle, bipartition.parse("A B C D")).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void everyMinimumCutProvesTheFlow() {
        List<Edge> edges = List.of(new Edge("A", "B", 5), new Edge("B", "C", 5), new Edge("A", "C", 2));
        MaxFlowBootcamp.Puzzle puzzle = new MaxFlowBootcamp.Puzzle(3, edges, "A", "C", 7, List.of("A"));
        assertThat(maxFlow.check(puzzle, maxFlow.parse("7: A")).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(maxFlow.check(puzzle, maxFlow.parse("7: a, b")).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(maxFlow.check(puzzle, maxFlow.parse("7: B")).verdict()).isEqualTo(Verdict.WRONG);
        assertThat(maxFlow.check(puzzle, maxFlow.parse("7: A B C")).verdict()).isEqualTo(Verdict.WRONG);
        assertThat(maxFlow.check(puzzle, maxFlow.parse("8: A")).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void rewriteAnswersReadWithLabelsOrOnOneLine() {
        StringRewriteBootcamp rewrite = new StringRewriteBootcamp();
        StringRewriteBootcamp.Answer expected = new StringRewriteBootcamp.Answer(List.of(1, 1, 2), "cb");
        assertThat(rewrite.parse("1 1 2\ncb")).isEqualTo(expected);
        assertThat(rewrite.parse("Rules: 1, 1, 2\nResult: CB")).isEqualTo(expected);
        assertThat(rewrite.parse("1 1 2 cb")).isEqualTo(expected);
    }

    @Test
    void weekdayListsReadInTheirOrder() {
        CalendarArithmeticBootcamp calendar = new CalendarArithmeticBootcamp();
        CalendarArithmeticBootcamp.Answer expected = new CalendarArithmeticBootcamp.Answer("Monday, Friday, Sunday");
        assertThat(calendar.parse("Monday, Friday, Sunday")).isEqualTo(expected);
        assertThat(calendar.parse("1. mon 2. fri 3. sun")).isEqualTo(expected);
        assertThat(calendar.parse("Friday, Monday, Sunday")).isNotEqualTo(expected);
    }

    private static Edge edge(String from, String to) {
        return new Edge(from, to, 1);
    }
}
