package dev.bootcamp.camps.kit.spatial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.Verdict;
import dev.bootcamp.camps.kit.Grid;
import dev.bootcamp.camps.kit.Grid.Cell;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpatialKitTest {
    @Test
    void rollsMoveTheFacesAsATippedCubeDoes() {
        Cube start = Cube.identity();
        Cube north = start.roll('N');
        assertThat(north.at(Cube.NORTH)).isEqualTo(start.at(Cube.UP));
        assertThat(north.at(Cube.DOWN)).isEqualTo(start.at(Cube.NORTH));
        assertThat(north.at(Cube.UP)).isEqualTo(start.at(Cube.SOUTH));
        assertThat(north.at(Cube.EAST)).isEqualTo(start.at(Cube.EAST));
        assertThat(north.roll('S')).isEqualTo(start);
        assertThat(start.roll('E').roll('E').roll('E').roll('E')).isEqualTo(start);
        assertThat(start.spinClockwise().at(Cube.EAST)).isEqualTo(start.at(Cube.NORTH));
        assertThatThrownBy(() -> start.roll('Q')).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCubeHasTwentyFourOrientationsThatKeepOppositeFacesOpposite() {
        List<Cube> all = Cube.identity().orientations();
        assertThat(all).hasSize(24);
        assertThat(new HashSet<>(all)).hasSize(24);
        for (Cube cube : all) {
            for (int position = 0; position < 6; position++) {
                assertThat(cube.at(Cube.opposite(position))).isEqualTo(cube.at(position) ^ 1);
            }
        }
        // A mirror image is no rotation.
        assertThat(all).doesNotContain(Cube.of(0, 1, 2, 3, 5, 4));
    }

    @Test
    void shapesTurnMirrorAndCompareAsFreePolyominoes() {
        List<Cell> ell = Grid.of(List.of("#.", "#.", "##")).cells('#');
        assertThat(Shapes.draw(Shapes.transform(ell, 1), '#', '.')).containsExactly("###", "#..");
        assertThat(Shapes.draw(Shapes.transform(ell, 4), '#', '.')).containsExactly(".#", ".#", "##");
        List<Cell> mirrored = Grid.of(List.of(".#", ".#", "##")).cells('#');
        assertThat(Shapes.congruent(ell, mirrored, false)).isFalse();
        assertThat(Shapes.congruent(ell, mirrored, true)).isTrue();
        assertThat(Shapes.freeKey(ell)).isEqualTo(Shapes.freeKey(mirrored));
        assertThat(Shapes.connected(Grid.of(List.of("#.", ".#")).cells('#'))).isFalse();
    }

    @Test
    void gridMovesTurnFlipAndTranspose() {
        List<String> grid = List.of("ABC", "DEF");
        assertThat(GridMoves.rotateClockwise(grid)).containsExactly("DA", "EB", "FC");
        assertThat(GridMoves.flipLeftRight(grid)).containsExactly("CBA", "FED");
        assertThat(GridMoves.flipUpDown(grid)).containsExactly("DEF", "ABC");
        assertThat(GridMoves.transpose(grid)).containsExactly("AD", "BE", "CF");
    }

    @Test
    void netsFoldByRollingAndOverlappingShapesDoNot() {
        List<Cell> cross = Grid.of(List.of(".#..", "####", ".#..")).cells('#');
        List<Integer> faces = CubeNets.fold(cross);
        assertThat(faces).isNotNull();
        // Squares in row order: top arm, then the row of four, then the bottom arm; the arms are opposite each other,
        // and so are the first and third squares of the row and the second and fourth.
        assertThat(faces.get(0) ^ 1).isEqualTo(faces.get(5));
        assertThat(faces.get(1) ^ 1).isEqualTo(faces.get(3));
        assertThat(faces.get(2) ^ 1).isEqualTo(faces.get(4));
        assertThat(CubeNets.fold(Grid.of(List.of("###", "###")).cells('#'))).isNull();
        assertThat(CubeNets.fold(Grid.of(List.of("######")).cells('#'))).isNull();
        assertThat(CubeNets.fold(Grid.of(List.of("##..", ".##.", "..##")).cells('#'))).isNotNull();
    }

    @Test
    void heightMapViewsAreColumnAndRowMaxima() {
        int[][] heights = HeightMaps.heights(List.of("102", "030"));
        assertThat(HeightMaps.front(heights)).containsExactly(1, 3, 2);
        assertThat(HeightMaps.side(heights)).containsExactly(2, 3);
        assertThat(HeightMaps.top(heights)).containsExactly("#.#", ".#.");
        assertThat(HeightMaps.picture(new int[] {1, 3, 2}, 3)).containsExactly(".#.", ".##", "###");
        assertThat(HeightMaps.cubes(heights)).isEqualTo(6);
    }

    @Test
    void picturesAreComparedCellByCell() {
        assertThat(Pictures.compare(List.of("#.", ".#"), List.of("#.", ".#"), "view").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(Pictures.compare(List.of("#.", ".#"), List.of("#.", "##"), "view").detail()).contains("1 cell").contains("row 2, column 1");
        assertThat(Pictures.compare(List.of("#.", ".#"), List.of("#."), "view").verdict()).isEqualTo(Verdict.MALFORMED);
    }

    @Test
    void letterPairsReadLenientlyAndRefuseWords() {
        assertThat(LetterPairs.codec().parse("a-d, B/F; c e\nX-Y")).containsExactly("AD", "BF", "CE", "XY");
        assertThat(LetterPairs.codec().render(List.of("AD", "BF", "CE", "XY"))).isEqualTo("A-D B-F C-E\nX-Y");
        assertThat(LetterPairs.group(List.of("DA", "EC", "BF"), 0)).containsExactly("AD", "BF", "CE");
        assertThatThrownBy(() -> LetterPairs.codec().parse("AB-CD")).isInstanceOf(AnswerFormatException.class);
        assertThatThrownBy(() -> LetterPairs.codec().parse("A-B C")).isInstanceOf(AnswerFormatException.class);
    }
}
