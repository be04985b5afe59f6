package dev.bootcamp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.Json;
import dev.bootcamp.core.Seeds;
import dev.bootcamp.core.TypedBootcamp;
import dev.bootcamp.scripts.ScriptLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Over the whole catalogue, script bootcamps included: a case line written without trees is its case record's JSON. */
class CaseLineTest {
    @TestFactory
    Stream<DynamicTest> aCaseLineIsTheJsonOfItsCase() {
        Catalog catalog = ScriptLoader.extend(Catalog.load(), getClass().getClassLoader(), List.of());
        return catalog.ids().stream().map(id -> DynamicTest.dynamicTest(id + " › case line equals the case's JSON", () -> {
            TypedBootcamp<?, ?> typed = catalog.typed(id);
            for (int level : new int[] {1, 5, 10}) {
                Knobs knobs = typed.bootcamp().atLevel(level);
                for (long index = 0; index < 3; index++) {
                    long seed = Seeds.caseSeed(42, id, index);
                    AnswerStyle style = index == 2 ? AnswerStyle.parse("boxed") : AnswerStyle.TAGS;
                    String line = new String(typed.caseLine(knobs, level, seed, style), StandardCharsets.UTF_8);
                    assertThat(line).as("level %d, seed %d", level, seed).isEqualTo(Json.write(typed.makeCase(knobs, level, seed, style)) + "\n");
                }
            }
        }));
    }
}
