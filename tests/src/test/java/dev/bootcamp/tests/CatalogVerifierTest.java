package dev.bootcamp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.core.Case;
import dev.bootcamp.core.CasePlan;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.Json;
import dev.bootcamp.core.Mix;
import dev.bootcamp.core.Verifier;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * No legitimate record is refused: for every bootcamp, the case lines {@code generate} writes, read back as any client
 * reads them, pass the verifier's checks of id and puzzle against the spec, and their gold answers score correct.
 */
class CatalogVerifierTest {
    private static final Catalog CATALOG = Catalog.load();
    private static final Verifier VERIFIER = new Verifier(CATALOG);

    @TestFactory
    Stream<DynamicTest> writtenCasesPassTheirOwnSpec() {
        return CATALOG.all().stream().map(Bootcamp::info).map(info -> DynamicTest.dynamicTest(info.id() + " › written cases pass their spec", () -> {
            for (int level : new int[] {1, 6}) {
                CasePlan plan = new CasePlan(CATALOG, Mix.of(List.of(info.id())), 21, level, Map.of(), AnswerStyle.TAGS);
                for (long index = 0; index < 2; index++) {
                    Case record = Json.read(plan.caseLine(index), Case.class);
                    String gold = "<answer>" + record.answerText() + "</answer>";
                    assertThat(VERIFIER.verify(record, gold).score().passed()).as("level %d case %d, full record", level, index).isTrue();
                    Case label = Verifier.readCase(new TextNode(Verifier.specJson(record)));
                    assertThat(VERIFIER.verify(label, gold).score().passed()).as("level %d case %d, spec label", level, index).isTrue();
                }
            }
        }));
    }
}
