package dev.bootcamp.camps.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridTest {
    private static final Grid GRID = Grid.of(List.of("12.", "3#4"));

    @Test
    void readsCellsWrittenTogetherSpacedOrBehindBordersAlike() {
        Grid expected = Grid.of(List.of("12.", "3#4"));
        assertThat(Grid.parse("12.\n3#4", "1234.#", 2, 3)).isEqualTo(expected);
        assertThat(Grid.parse("1 2 .\n3 # 4", "1234.#", 2, 3)).isEqualTo(expected);
        assertThat(Grid.parse("[1, 2, .]\n---+---\n|3|#|4|", "1234.#", 2, 3)).isEqualTo(expected);
        assertThat(Grid.parse("\n  1,2,.\n\n3 #4  \n", "1234.#", 2, 3)).isEqualTo(expected);
    }

    @Test
    void refusesCellsOutsideTheAlphabetAndWrongShapes() {
        assertThatThrownBy(() -> Grid.parse("12x\n3#4", "1234.#", 2, 3)).isInstanceOf(AnswerFormatException.class).hasMessageContaining("x");
        assertThatThrownBy(() -> Grid.parse("12.\n3#4\n111", "1234.#", 2, 3)).isInstanceOf(AnswerFormatException.class)
                .hasMessageContaining("expected 2 rows, found 3");
        assertThatThrownBy(() -> Grid.parse("12.\n3#", "1234.#", 2, 3)).isInstanceOf(AnswerFormatException.class)
                .hasMessageContaining("row 2");
        assertThatThrownBy(() -> Grid.parse("", "1", 1, 1)).isInstanceOf(AnswerFormatException.class);
    }

    @Test
    void rendersPlainCompactAndNumbered() {
        assertThat(GRID.render()).isEqualTo("1 2 .\n3 # 4");
        assertThat(GRID.compact()).isEqualTo("12.\n3#4");
        assertThat(GRID.numbered()).isEqualTo("  1 2 3\n1 1 2 .\n2 3 # 4");
        assertThat(Grid.parse(GRID.render(), "1234.#", 2, 3)).isEqualTo(GRID);
    }

    @Test
    void readsCellsAndNeighbours() {
        assertThat(GRID.at(1, 2)).isEqualTo('4');
        assertThat(GRID.cells('.')).containsExactly(new Grid.Cell(0, 2));
        assertThat(GRID.count('#')).isEqualTo(1);
        assertThat(GRID.neighbours(new Grid.Cell(0, 0), false)).containsExactly(new Grid.Cell(0, 1), new Grid.Cell(1, 0));
        assertThat(GRID.neighbours(new Grid.Cell(0, 1), true)).hasSize(5);
        assertThat(new Grid.Cell(1, 2).where()).isEqualTo("row 2, column 3");
    }

    @Test
    void editsMakeCopies() {
        Grid changed = GRID.with(0, 0, '9');
        assertThat(changed.lines()).containsExactly("92.", "3#4");
        assertThat(GRID.lines()).containsExactly("12.", "3#4");
        assertThat(GRID.swap(new Grid.Cell(0, 0), new Grid.Cell(1, 2)).lines()).containsExactly("42.", "3#1");
        assertThat(Grid.filled(2, 2, '.').lines()).containsExactly("..", "..");
        assertThatThrownBy(() -> Grid.of(List.of("12", "3"))).isInstanceOf(IllegalArgumentException.class);
    }
}
