package dev.bootcamp.camps.instructions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.Score;
import dev.bootcamp.api.Verdict;
import dev.bootcamp.camps.kit.instructions.Extra;
import dev.bootcamp.camps.kit.instructions.Extra.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made answers checked against hand-made puzzles: the results were worked out by hand. */
class InstructionsBootcampsTest {
    private static final List<String> BANK = List.of("apple", "cold", "dark", "tree", "wind");

    @Test
    void acrosticSpellsTheWordWithLinesInRange() {
        AcrosticBootcamp camp = new AcrosticBootcamp();
        AcrosticBootcamp.Puzzle puzzle = new AcrosticBootcamp.Puzzle("cat", 1, 3, BANK, List.of(), "Cold\nApple\nTree");
        assertThat(camp.check(puzzle, new AcrosticBootcamp.Answer("Cold wind\napple tree\nTree dark cold")).verdict()).isEqualTo(Verdict.CORRECT);
        Score wrongLetter = camp.check(puzzle, new AcrosticBootcamp.Answer("Cold\nDark\nTree"));
        assertThat(wrongLetter.reward()).isZero();
        assertThat(wrongLetter.detail()).contains("spell");
        assertThat(camp.check(puzzle, new AcrosticBootcamp.Answer("Cold apple tree wind\nApple\nTree")).detail()).contains("4 words");
        assertThat(camp.check(puzzle, new AcrosticBootcamp.Answer("Cold Apple Tree")).reward()).isZero();
    }

    @Test
    void extrasGivePartialCreditOnlyOnceTheCoreHolds() {
        LipogramBootcamp camp = new LipogramBootcamp();
        LipogramBootcamp.Puzzle puzzle = new LipogramBootcamp.Puzzle(3, "e", BANK, List.of(new Extra(Kind.FIRST_WORD, "cold", 0)), "Cold wind dark.");
        assertThat(camp.check(puzzle, new LipogramBootcamp.Answer("Cold wind dark.")).passed()).isTrue();
        Score partial = camp.check(puzzle, new LipogramBootcamp.Answer("Dark cold wind."));
        assertThat(partial.verdict()).isEqualTo(Verdict.PARTIAL);
        assertThat(partial.reward()).isEqualTo(3 / 4.0);
        Score banned = camp.check(puzzle, new LipogramBootcamp.Answer("Cold tree dark."));
        assertThat(banned.reward()).isZero();
        assertThat(banned.detail()).contains("banned letter e");
    }

    @Test
    void tableCellsAreComputedFromTheirRowWord() {
        MarkdownTableSpecBootcamp camp = new MarkdownTableSpecBootcamp();
        MarkdownTableSpecBootcamp.Puzzle puzzle = new MarkdownTableSpecBootcamp.Puzzle(List.of("Vowels", "Word", "Last"), 2, "d",
                BANK, List.of(), "");
        String good = "| Vowels | Word | Last |\n|---|:---:|---|\n| 1 | cold | D |\n| 1 | dark | K |";
        assertThat(camp.check(puzzle, new MarkdownTableSpecBootcamp.Answer(good)).passed()).isTrue();
        assertThat(camp.check(puzzle, new MarkdownTableSpecBootcamp.Answer(good.replace("| 1 | dark", "| 2 | dark"))).detail())
                .contains("Vowels");
        String unsorted = "| Vowels | Word | Last |\n| --- | --- | --- |\n| 1 | dark | K |\n| 1 | cold | D |";
        assertThat(camp.check(puzzle, new MarkdownTableSpecBootcamp.Answer(unsorted)).detail()).contains("alphabetical");
        String filtered = "| Vowels | Word | Last |\n| --- | --- | --- |\n| 1 | cold | D |\n| 2 | tree | E |";
        assertThat(camp.check(puzzle, new MarkdownTableSpecBootcamp.Answer(filtered)).detail()).contains("lacks the letter d");
    }

    @Test
    void templateNeedsTitlePlaceholdersAndPostscript() {
        TemplateMarkersBootcamp camp = new TemplateMarkersBootcamp();
        TemplateMarkersBootcamp.Puzzle puzzle = new TemplateMarkersBootcamp.Puzzle(4, 2, 1, BANK, List.of(), "");
        String good = "<<Wind>>\nCold [apple] dark [tree].\nP.S. Dark.";
        assertThat(camp.check(puzzle, new TemplateMarkersBootcamp.Answer(good)).passed()).isTrue();
        assertThat(camp.check(puzzle, new TemplateMarkersBootcamp.Answer(good.replace("[tree]", "[apple]"))).detail()).contains("repeated");
        assertThat(camp.check(puzzle, new TemplateMarkersBootcamp.Answer(good.replace("[tree]", "tree"))).detail()).contains("1 placeholders");
        assertThat(camp.check(puzzle, new TemplateMarkersBootcamp.Answer(good.replace("P.S. ", ""))).reward()).isZero();
    }

    @Test
    void numbersMustRiseAndHitTheSum() {
        NumbersAscendingBootcamp camp = new NumbersAscendingBootcamp();
        NumbersAscendingBootcamp.Puzzle puzzle = new NumbersAscendingBootcamp.Puzzle(3, 2, 50, 17, BANK, List.of(), "");
        assertThat(camp.check(puzzle, new NumbersAscendingBootcamp.Answer("Cold 5 dark 12 tree.")).passed()).isTrue();
        assertThat(camp.check(puzzle, new NumbersAscendingBootcamp.Answer("Cold 12 dark 5 tree.")).detail()).contains("does not exceed");
        assertThat(camp.check(puzzle, new NumbersAscendingBootcamp.Answer("Cold 6 dark 12 tree.")).detail()).contains("sum to 18");
        assertThat(camp.check(puzzle, new NumbersAscendingBootcamp.Answer("Cold 05 dark 12 tree.")).reward()).isZero();
    }

    @Test
    void chainAndMirrorRulesAreCheckedWordByWord() {
        WordChainTextBootcamp chain = new WordChainTextBootcamp();
        WordChainTextBootcamp.Puzzle chained = new WordChainTextBootcamp.Puzzle(3, "cold", List.of("cold", "dark", "kite"), List.of(), "");
        assertThat(chain.check(chained, new WordChainTextBootcamp.Answer("Cold dark kite.")).passed()).isTrue();
        assertThat(chain.check(chained, new WordChainTextBootcamp.Answer("Cold kite dark.")).detail()).contains("last letter");
        MirrorLinesBootcamp mirror = new MirrorLinesBootcamp();
        MirrorLinesBootcamp.Puzzle mirrored = new MirrorLinesBootcamp.Puzzle(2, 3, BANK, List.of(), "");
        assertThat(mirror.check(mirrored, new MirrorLinesBootcamp.Answer("cold wind cold\ntree dark tree")).passed()).isTrue();
        assertThat(mirror.check(mirrored, new MirrorLinesBootcamp.Answer("cold wind cold\ncold wind cold")).reward()).isZero();
        assertThat(mirror.check(mirrored, new MirrorLinesBootcamp.Answer("cold wind cold\ntree dark wind")).detail()).contains("backwards");
    }
}
