package dev.bootcamp.camps.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.Turn;
import dev.bootcamp.api.Verdict;
import dev.bootcamp.camps.kit.tools.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetQueryBootcampTest {
    private final SpreadsheetQueryBootcamp bootcamp = new SpreadsheetQueryBootcamp();
    private final Table sheet = new Table(List.of("A", "B", "C"), List.of(List.of("oak", "5", "100"), List.of("elm", "7", "200"),
            List.of("ash", "11", "300"), List.of("oak", "13", "400")));
    // Question: C of the row labelled elm (200) + B from elm down to ash (7 + 11) + B over every oak row (5 + 13) = 236.
    private final SpreadsheetQueryBootcamp.State start = new SpreadsheetQueryBootcamp.State(sheet, List.of(
            new SpreadsheetQueryBootcamp.Part(0, 2, "elm", ""), new SpreadsheetQueryBootcamp.Part(1, 1, "elm", "ash"),
            new SpreadsheetQueryBootcamp.Part(2, 1, "oak", "")), 0, "", 12);

    @Test
    void commandsReadTheHiddenSheet() {
        assertThat(bootcamp.act(start, "find OAK").observation()).isEqualTo("\"oak\" is in A1, A4.");
        assertThat(bootcamp.act(start, "get c2").observation()).isEqualTo("C2 = 200");
        assertThat(bootcamp.act(start, "sum B1:C4").observation()).isEqualTo("sum B1:C4 = 1036");
        assertThat(bootcamp.act(start, "sum $B$4 - B3").observation()).isEqualTo("sum B4:B3 = 24");
        assertThat(bootcamp.act(start, "find pine").observation()).isEqualTo("No cell holds \"pine\".");
        assertThat(bootcamp.act(start, "get B2").state().calls()).isEqualTo(1);
    }

    @Test
    void theExpertsPlanAnswersExactly() {
        assertThat(SpreadsheetQueryBootcamp.plan(start)).containsExactly("find elm", "get C2", "find elm", "find ash", "sum B2:B3",
                "find oak", "get B1", "get B4");
        assertThat(SpreadsheetQueryBootcamp.total(start)).isEqualTo(236);
        Turn<SpreadsheetQueryBootcamp.State> won = bootcamp.act(start, "answer 236");
        assertThat(won.done()).isTrue();
        assertThat(bootcamp.outcome(won.state()).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(bootcamp.outcome(bootcamp.act(start, "answer 235").state()).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void badReferencesSayWhatIsAllowed() {
        assertThat(bootcamp.act(start, "get Z9").observation()).isEqualTo("Name one cell, such as \"get B7\" (columns A to C, rows 1 to 4).");
        assertThat(bootcamp.act(start, "sum A1:A4").observation()).startsWith("Name a rectangle of number cells");
        assertThat(bootcamp.act(start, "get B0").state()).isEqualTo(start);
        assertThat(bootcamp.act(start, "\u4e2d\u00e9 " + "(".repeat(1500)).observation()).startsWith("Unreadable command");
    }
}
