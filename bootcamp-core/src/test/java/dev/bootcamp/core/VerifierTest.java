package dev.bootcamp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.api.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one case verifier: keyed by the spec, never by what a client wrote; refuses records that disagree with their spec. */
class VerifierTest {
    private static final Catalog CATALOG = Catalog.of(List.of(new AdditionBootcamp()));
    private static final CasePlan PLAN = new CasePlan(CATALOG, Mix.of(List.of("addition")), 5, 4, Map.of(), AnswerStyle.TAGS);

    /** A case as a client sends it: written as JSON and read back (IntNodes where the fresh tree had LongNodes). */
    private static Case wire(Case record) throws Exception {
        return Json.read(Json.write(record), Case.class);
    }

    private static String gold(Case record) {
        return "<answer>" + record.answerText() + "</answer>";
    }

    /** A case whose gold answer is not the other's: the other's gold then scores below 1 on the first. */
    private static Case[] twoCases() {
        Verifier verifier = new Verifier(CATALOG);
        Case real = PLAN.caseAt(0);
        for (long i = 1; i < 50; i++) {
            Case other = PLAN.caseAt(i);
            if (!verifier.verify(real, gold(other)).score().passed()) {
                return new Case[] {real, other};
            }
        }
        throw new AssertionError("no case among 50 whose gold fails on case 0");
    }

    private static Case withPuzzle(Case record, JsonNode puzzle) {
        return new Case(record.id(), record.bootcamp(), record.version(), record.level(), record.seed(), record.knobs(), record.prompt(), puzzle,
                record.answer(), record.answerText(), record.style());
    }

    private static Case withSeed(Case record, long seed) {
        return new Case(record.id(), record.bootcamp(), record.version(), record.level(), seed, record.knobs(), null, null, null, null, record.style());
    }

    @Test
    void aFullRecordItsSpecAndItsLabelStringScoreAlike() throws Exception {
        Verifier verifier = new Verifier(CATALOG);
        Case record = PLAN.caseAt(3);
        Case spec = Verifier.readCase(new TextNode(Verifier.specJson(record)));
        for (Case form : List.of(wire(record), wire(withPuzzle(record.bare(), null)), spec)) {
            Verifier.Scored scored = verifier.verify(form, gold(record));
            assertThat(scored.score().verdict()).isEqualTo(Verdict.CORRECT);
            assertThat(scored.record().id()).isEqualTo(record.id());
        }
        assertThat(verifier.verify(spec, "<answer>nothing</answer>").score().passed()).isFalse();
    }

    @Test
    void aRecordWithAnotherPuzzleIsRefusedAndCannotPoisonTheGenuineCase() throws Exception {
        Case[] cases = twoCases();
        Case real = cases[0];
        Case other = cases[1];
        Verifier verifier = new Verifier(CATALOG);
        Case forged = wire(withPuzzle(real, Json.tree(other.puzzle())));

        assertThatThrownBy(() -> verifier.verify(forged, gold(other))).isInstanceOf(RefusedCaseException.class)
                .hasMessageContaining(real.id()).hasMessageContaining("puzzle differs");
        // The forged record first, then the genuine case, through every form a trainer sends: the real gold still passes.
        assertThatThrownBy(() -> verifier.check(forged)).isInstanceOf(RefusedCaseException.class);
        assertThat(verifier.verify(Verifier.readCase(new TextNode(Verifier.specJson(real))), gold(real)).score().verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(verifier.verify(wire(real), gold(real)).score().verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(verifier.verify(wire(real), gold(other)).score().passed()).isFalse();
    }

    @Test
    void aSpecWithAnotherSeedUnderTheRealIdIsRefusedAndCannotPoisonIt() throws Exception {
        Case real = twoCases()[0];
        Verifier verifier = new Verifier(CATALOG);
        Case shifted = withSeed(real, real.seed() + 1);

        assertThatThrownBy(() -> verifier.check(shifted)).isInstanceOf(RefusedCaseException.class)
                .hasMessageContaining("case id '" + real.id() + "' does not match its spec");
        assertThat(verifier.verify(wire(real.bare()), gold(real)).score().verdict()).isEqualTo(Verdict.CORRECT);
        // Without an id the shifted spec is simply another case, with its own id; it does not touch the real one either.
        Case anonymous = Verifier.identified(new Case(null, real.bootcamp(), real.version(), real.level(), real.seed() + 1, real.knobs(), null,
                null, null, null, real.style()));
        assertThat(verifier.check(anonymous).record().id()).isNotEqualTo(real.id());
        assertThat(verifier.verify(wire(real.bare()), gold(real)).score().verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void anIdThatNoSpecMakesIsRefused() throws Exception {
        Case record = PLAN.caseAt(1);
        Case renamed = new Case("addition/v1/0000000000000000", record.bootcamp(), record.version(), record.level(), record.seed(), record.knobs(),
                null, null, null, null, record.style());
        assertThatThrownBy(() -> new Verifier(CATALOG).check(renamed)).isInstanceOf(RefusedCaseException.class)
                .hasMessageContaining("which makes '" + record.id() + "'");
    }

    @Test
    void trustScoresAgainstTheWrittenPuzzleAndOnlyWhenAsked() throws Exception {
        Case[] cases = twoCases();
        Case forged = wire(withPuzzle(cases[0], Json.tree(cases[1].puzzle())));
        Verifier verifier = new Verifier(CATALOG);
        assertThat(verifier.trust(forged).verify(gold(cases[1])).score().verdict()).isEqualTo(Verdict.CORRECT);
        // Trusting one record leaves nothing behind for the checked path.
        assertThat(verifier.verify(wire(cases[0]), gold(cases[0])).score().verdict()).isEqualTo(Verdict.CORRECT);
        Case specless = new Case("mine", "addition", 0, 0, 0, Map.of(), null, Json.tree(cases[1].puzzle()), null, null, null);
        assertThat(verifier.trust(specless).verify(gold(cases[1])).score().verdict()).isEqualTo(Verdict.CORRECT);
        Case otherVersion = new Case("mine", "addition", 99, 0, 0, Map.of(), null, Json.tree(cases[1].puzzle()), null, null, null);
        assertThatThrownBy(() -> verifier.trust(otherVersion)).isInstanceOf(GenerationException.class).hasMessageContaining("version 99");
    }

    @Test
    void aCacheOfOneStillScoresEveryCaseByItsOwnSpec() {
        Verifier verifier = new Verifier(CATALOG, 1);
        for (long i = 0; i < 6; i++) {
            Case record = PLAN.caseAt(i % 3);
            assertThat(verifier.verify(record.bare(), gold(record)).score().verdict()).as("case " + i).isEqualTo(Verdict.CORRECT);
        }
        assertThatThrownBy(() -> new Verifier(CATALOG, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
