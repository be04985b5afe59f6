package dev.bootcamp.camps.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Verdict;
import dev.bootcamp.camps.kit.Graphs.Edge;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GraphCodecs, NodeAnswers, ShortestPaths and the Graphs helpers the graph bootcamps share. */
class GraphKitTest {
    private record Entry(String node, int value) {}

    /** A - B: 1, B - C: 1, A - C: 5, C - D: 2 on four nodes. */
    private static int[][] weights() {
        int[][] weight = new int[4][4];
        Graphs.link(weight, 0, 1, 1, false);
        Graphs.link(weight, 1, 2, 1, false);
        Graphs.link(weight, 0, 2, 5, false);
        Graphs.link(weight, 2, 3, 2, false);
        return weight;
    }

    @Test
    void codecsReadBackWhatTheyWrite() {
        assertThat(GraphCodecs.nodes().render(List.of("A", "C", "B"))).isEqualTo("A C B");
        assertThat(GraphCodecs.nodes().parse("a -> c -> b")).containsExactly("A", "C", "B");
        assertThat(GraphCodecs.groups().render(List.of(List.of("A", "B"), List.of("C")))).isEqualTo("A B\nC");
        assertThat(GraphCodecs.groups().parse("A B\nC")).containsExactly(List.of("A", "B"), List.of("C"));
        Codec<List<Entry>> entries = GraphCodecs.assignments((node, value) -> new Entry(node, Integer.parseInt(value)), (Entry e) -> e.node() + "=" + e.value());
        assertThat(entries.render(List.of(new Entry("A", 2), new Entry("B", 1)))).isEqualTo("A=2, B=1");
        assertThat(entries.parse("a: 2\nb: 1")).containsExactly(new Entry("A", 2), new Entry("B", 1));
        Codec<List<String>> pairs = GraphCodecs.pairs((u, v) -> u + v, pair -> pair.charAt(0) + "-" + pair.charAt(1));
        assertThat(pairs.render(pairs.parse("A-B, C-D"))).isEqualTo("A-B, C-D");
        assertThatThrownBy(() -> pairs.parse("A B C")).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void nodeChecksNameTheFirstProblemOrNothing() {
        assertThat(NodeAnswers.unknown(List.of("A", "Q"), 4, "graph").detail()).isEqualTo("there is no node 'Q' in the graph");
        assertThat(NodeAnswers.unknown(List.of("A", "D"), 4, "graph")).isNull();
        assertThat(NodeAnswers.distinct(List.of("A", "B", "A", "Q"), 4, "tree", " in the path").detail())
                .isEqualTo("node A appears more than once in the path");
        assertThat(NodeAnswers.missing(List.of("A", "C"), 4, "has no colour").detail()).isEqualTo("node B has no colour");
        assertThat(NodeAnswers.missing(List.of("D", "C", "B", "A"), 4, "has no colour")).isNull();
        Score step = NodeAnswers.steps(List.of("A", "B", "D"), weights(), false, "");
        assertThat(step.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(step.detail()).isEqualTo("there is no edge B - D");
        assertThat(NodeAnswers.steps(List.of("A", "B", "C"), weights(), true, "")).isNull();
        assertThat(NodeAnswers.length(List.of("A", "B", "C", "D"), weights())).isEqualTo(4);
    }

    @Test
    void brokenEdgesAreThoseTheRuleRejects() {
        List<Edge> edges = Graphs.edges(weights(), false);
        int[] colour = {1, 2, 1, 1};
        assertThat(NodeAnswers.broken(edges, 4, (u, v) -> colour[u] != colour[v]))
                .extracting(edge -> edge.from() + edge.to()).containsExactly("AC", "CD");
    }

    @Test
    void shortestPathsPreferFewerEdgesOnTies() {
        int[][] weight = weights();
        Graphs.link(weight, 0, 3, 4, false);
        ShortestPaths.Tree tree = ShortestPaths.from(weight, 0);
        assertThat(tree.distance()).containsExactly(0, 1, 2, 4);
        assertThat(tree.path(3)).containsExactly(0, 3);
        assertThat(tree.hops()[3]).isEqualTo(1);
        int[][] oneWay = new int[3][3];
        Graphs.link(oneWay, 1, 0, 1, true);
        assertThat(ShortestPaths.from(oneWay, 0).reaches(1)).isFalse();
    }

    @Test
    void namedGroupsUseTheGraphsNodeNames() {
        assertThat(Graphs.named(new int[][] {{2, 0}, {1}})).containsExactly(List.of("C", "A"), List.of("B"));
    }

    @Test
    void componentsGiveEachNodeItsRootAndDepth() {
        int[][] weight = new int[5][5];
        Graphs.link(weight, 0, 2, 1, false);
        Graphs.link(weight, 2, 4, 1, false);
        Graphs.link(weight, 1, 3, 1, false);
        int[][] parts = Graphs.components(weight);
        assertThat(parts[0]).containsExactly(0, 1, 0, 1, 0);
        assertThat(parts[1]).containsExactly(0, 0, 1, 1, 2);
    }
}
