package dev.bootcamp.camps.kit.mazes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.camps.kit.Codec;
import dev.bootcamp.camps.kit.StateSearch;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MazesKitTest {
    @Test
    void screenMovesAreReadWrittenTogetherSeparatedOrAsWords() {
        Codec<List<String>> codec = MoveCodec.screen(100);
        assertThat(codec.parse("RRDL")).containsExactly("R", "R", "D", "L");
        assertThat(codec.parse("up, down -> left then R")).containsExactly("U", "D", "L", "R");
        assertThat(codec.render(List.of("U", "L"))).isEqualTo("U L");
        assertThatThrownBy(() -> codec.parse("R X")).isInstanceOf(AnswerFormatException.class).hasMessageContaining("'x'");
        assertThatThrownBy(() -> codec.parse("  ")).isInstanceOf(AnswerFormatException.class).hasMessageContaining("no moves");
        assertThatThrownBy(() -> MoveCodec.screen(3).parse("RRRR")).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void multiLetterMovesMustBeSeparated() {
        Codec<List<String>> codec = MoveCodec.of(List.of("E", "W", "NE", "SW"), Map.of("northeast", "NE"), 10);
        assertThat(codec.parse("ne SW e northeast")).containsExactly("NE", "SW", "E", "NE");
        assertThatThrownBy(() -> codec.parse("NESW")).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void headingsTurnClockwiseAndBack() {
        assertThat(Compass.NORTH.right()).isEqualTo(Compass.EAST);
        assertThat(Compass.NORTH.left()).isEqualTo(Compass.WEST);
        assertThat(Compass.SOUTH.opposite()).isEqualTo(Compass.NORTH);
        assertThat(Compass.of('d')).isEqualTo(Compass.SOUTH);
        assertThat(Compass.of('w')).isEqualTo(Compass.WEST);
        assertThat(Compass.of('x')).isNull();
    }

    @Test
    void aMazeWithoutLoopsIsATreeOverAllRooms() {
        char[][] grid = Mazes.carve(4, 6, 0, new SplittableRandom(7));
        assertThat(grid).hasNumberOfRows(9);
        assertThat(grid[0]).hasSize(13);
        int columns = grid[0].length;
        int open = Mazes.cells(grid, Mazes.OPEN).size();
        // 24 rooms joined by 23 opened walls: a spanning tree
        assertThat(open).isEqualTo(24 + 23);
        StateSearch search = Mazes.walk(grid, columns + 1);
        for (int cell : Mazes.cells(grid, Mazes.OPEN)) {
            assertThat(search.distance(cell)).isGreaterThanOrEqualTo(0);
        }
        char[][] loopy = Mazes.carve(4, 6, 1, new SplittableRandom(7));
        assertThat(Mazes.cells(loopy, Mazes.OPEN).size()).isEqualTo(24 + 4 * 5 + 3 * 6);
    }

    @Test
    void blockedNamesTheMoveAndTheCell() {
        char[][] grid = Mazes.chars(List.of("..#", "..."));
        assertThat(Mazes.blocked(grid, 1, Compass.EAST, 3, "R")).isEqualTo("move 3 (R) from row 1, column 2 runs into the wall at row 1, column 3");
        assertThat(Mazes.blocked(grid, 1, Compass.NORTH, 1, "U")).isEqualTo("move 1 (U) from row 1, column 2 leaves the grid");
        assertThat(Mazes.blocked(grid, 1, Compass.SOUTH, 1, "D")).isNull();
        assertThat(Mazes.step(grid, 1, Compass.SOUTH)).isEqualTo(4);
        // two shortest routes to row 2, column 3; the search tries east before south, so it goes east first
        assertThat(Mazes.route(Mazes.walk(grid, 0), 5)).containsExactly(Compass.EAST, Compass.SOUTH, Compass.EAST);
    }
}
