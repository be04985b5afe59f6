package dev.bootcamp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.ConfigurationException;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Verdict;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class TypedBootcampTest {
    private final TypedBootcamp<AdditionBootcamp.Puzzle, Long> addition = TypedBootcamp.of(new AdditionBootcamp());
    private final AdditionBootcamp.Puzzle puzzle = new AdditionBootcamp.Puzzle(List.of(1_000_000L, 2_345_678L));

    @Test
    void theGoldAnswerIsCorrectInEveryStyle() {
        for (AnswerStyle style : AnswerStyle.values()) {
            Score score = addition.verify(puzzle, "Adding them up.\n" + style.wrap("3345678"), style);
            assertThat(score.verdict()).as(style.wireName()).isEqualTo(Verdict.CORRECT);
        }
    }

    @Test
    void aWrongAnswerIsWrong() {
        assertThat(addition.verify(puzzle, "<answer>3345679</answer>", AnswerStyle.TAGS).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void anEmptyOrMissingResponseIsNoAnswer() {
        assertThat(addition.verify(puzzle, null, AnswerStyle.TAGS).verdict()).isEqualTo(Verdict.NO_ANSWER);
        assertThat(addition.verify(puzzle, " \n ", AnswerStyle.TAGS).verdict()).isEqualTo(Verdict.NO_ANSWER);
        assertThat(addition.verify(puzzle, "It is 3345678.", AnswerStyle.TAGS).verdict()).isEqualTo(Verdict.NO_ANSWER);
    }

    @Test
    void anAnswerInTheWrongStyleIsNoAnswer() {
        assertThat(addition.verify(puzzle, "\\boxed{3345678}", AnswerStyle.TAGS).verdict()).isEqualTo(Verdict.NO_ANSWER);
    }

    @Test
    void unreadableAnswerTextIsMalformedWithTheParsersReason() {
        Score score = addition.verify(puzzle, "<answer>three million</answer>", AnswerStyle.TAGS);
        assertThat(score.verdict()).isEqualTo(Verdict.MALFORMED);
        assertThat(score.detail()).isEqualTo("expected an integer, found 'three million'");
    }

    @Test
    void anAnswerInsideReasoningDoesNotCount() {
        assertThat(addition.verify(puzzle, "<think><answer>3345678</answer></think>I am not sure.", AnswerStyle.TAGS).verdict())
                .isEqualTo(Verdict.NO_ANSWER);
        assertThat(addition.verify(puzzle, "<think>\\boxed{3345678}</think>", AnswerStyle.BOXED).verdict()).isEqualTo(Verdict.NO_ANSWER);
        assertThat(addition.verify(puzzle, "I think\nAnswer: 3345678\n</think>Hmm.", AnswerStyle.FINAL_LINE).verdict())
                .isEqualTo(Verdict.NO_ANSWER);
    }

    @Test
    void theAnswerAfterTheReasoningCountsEvenWhenTheReasoningHoldsAnother() {
        Score score = addition.verify(puzzle, "<think><answer>3345678</answer></think><answer>1</answer>", AnswerStyle.TAGS);
        assertThat(score.verdict()).isEqualTo(Verdict.WRONG);
        score = addition.verify(puzzle, "<think><answer>1</answer></think><answer>3345678</answer>", AnswerStyle.TAGS);
        assertThat(score.verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void theLastAnswerWins() {
        assertThat(addition.verify(puzzle, "<answer>3345678</answer> or maybe <answer>7</answer>", AnswerStyle.TAGS).verdict())
                .isEqualTo(Verdict.WRONG);
    }

    @Test
    void aResponseOverTheSizeCapIsMalformed() {
        String response = "<answer>3345678</answer>" + " ".repeat(TypedBootcamp.DEFAULT_MAX_RESPONSE_CHARS);
        Score score = addition.verify(puzzle, response, AnswerStyle.TAGS);
        assertThat(score.verdict()).isEqualTo(Verdict.MALFORMED);
        assertThat(score.detail()).contains("over the limit of 65536");
    }

    @Test
    void theSizeCapIsMeasuredAfterReasoningIsRemoved() {
        String response = "<think>" + "x".repeat(200_000) + "</think><answer>3345678</answer>";
        assertThat(addition.verify(puzzle, response, AnswerStyle.TAGS).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(addition.verify(puzzle, "<answer>3345678</answer>", AnswerStyle.TAGS, 10).verdict()).isEqualTo(Verdict.MALFORMED);
    }

    @Test
    void aParserThatThrowsTheWrongExceptionGivesMalformed() {
        TypedBootcamp<String, String> fragile = fragile(text -> {
            throw new IllegalStateException("parser bug");
        });
        Score score = fragile.verify("word", "<answer>word</answer>", AnswerStyle.TAGS);
        assertThat(score.verdict()).isEqualTo(Verdict.MALFORMED);
        assertThat(score.detail()).isEqualTo("parser error in fragile: java.lang.IllegalStateException: parser bug");
    }

    @Test
    void aParserThatReturnsNullGivesMalformed() {
        assertThat(fragile(text -> null).verify("word", "<answer>word</answer>", AnswerStyle.TAGS).verdict()).isEqualTo(Verdict.MALFORMED);
    }

    @Test
    void aCheckerThatThrowsOrReturnsNullGivesMalformed() {
        TypedBootcamp<String, String> throwing = TypedBootcamp.of(new FragileBootcamp(Function.identity(), (puzzle, answer) -> {
            throw new ArithmeticException("/ by zero");
        }));
        Score score = throwing.verify("word", "<answer>word</answer>", AnswerStyle.TAGS);
        assertThat(score.verdict()).isEqualTo(Verdict.MALFORMED);
        assertThat(score.detail()).contains("checker error in fragile").contains("/ by zero");
        TypedBootcamp<String, String> silent = TypedBootcamp.of(new FragileBootcamp(Function.identity(), (puzzle, answer) -> null));
        assertThat(silent.verify("word", "<answer>word</answer>", AnswerStyle.TAGS).verdict()).isEqualTo(Verdict.MALFORMED);
    }

    @Test
    void aParserThatOverflowsTheStackGivesMalformed() {
        TypedBootcamp<String, String> recursive = fragile(text -> "depth " + depth(text, 0));
        String response = "<answer>" + "(".repeat(200_000) + "</answer>";
        assertThat(recursive.verify("word", response, AnswerStyle.TAGS, Integer.MAX_VALUE).verdict()).isEqualTo(Verdict.MALFORMED);
    }

    @Test
    void generationFailuresBecomeGenerationExceptionsNamingTheSeed() {
        TypedBootcamp<AdditionBootcamp.Puzzle, Long> broken = TypedBootcamp.of(new Unhelpful());
        assertThatThrownBy(() -> broken.generate(broken.info().defaults(), 77))
                .isInstanceOf(GenerationException.class)
                .hasMessage("addition generated null for seed 77 (negative=false, terms=2)");
    }

    @Test
    void generationIsAPureFunctionOfKnobsAndSeed() {
        Knobs knobs = addition.bootcamp().atLevel(5);
        assertThat(addition.generate(knobs, 5)).isEqualTo(TypedBootcamp.of(new AdditionBootcamp()).generate(knobs, 5));
        assertThat(addition.generate(knobs, 5)).isNotEqualTo(addition.generate(knobs, 6));
    }

    @Test
    void aRecordIsVerifiedAgainstItsOwnPuzzle() {
        Case record = addition.makeCase(addition.bootcamp().atLevel(4), 4, 99, AnswerStyle.FINAL_LINE);
        assertThat(addition.verify(record, "So the total is\nAnswer: " + record.answerText()).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(addition.verify(record, "<answer>" + record.answerText() + "</answer>").verdict()).isEqualTo(Verdict.NO_ANSWER);
    }

    @Test
    void aSpecOnlyRecordIsRegeneratedFromItsSpec() {
        Knobs knobs = addition.bootcamp().atLevel(4);
        Case full = addition.makeCase(knobs, 4, 99, AnswerStyle.TAGS);
        Case spec = Case.spec("addition", 1, 4, 99, knobs.values(), "tags");
        assertThat(addition.puzzle(spec)).isEqualTo(addition.puzzle(full));
        assertThat(addition.verify(spec, "<answer>" + full.answerText() + "</answer>").passed()).isTrue();
    }

    @Test
    void aTamperedPuzzleFailsTheAudit() {
        Case record = addition.makeCase(addition.bootcamp().atLevel(2), 2, 5, AnswerStyle.TAGS);
        assertThat(addition.audit(record)).isEqualTo(addition.puzzle(record));
        ObjectNode tampered = record.puzzle().deepCopy();
        tampered.putArray("terms").add(1).add(2).add(3);
        Case forged = new Case(record.id(), record.bootcamp(), record.version(), record.level(), record.seed(), record.knobs(),
                record.prompt(), tampered, record.answer(), record.answerText(), record.style());
        assertThatThrownBy(() -> addition.audit(forged)).isInstanceOf(GenerationException.class).hasMessageContaining("does not match");
    }

    @Test
    void anUntamperedRecordReadFromJsonPassesTheAudit() throws Exception {
        Case record = addition.makeCase(addition.bootcamp().atLevel(2), 2, 5, AnswerStyle.TAGS);
        Case read = Json.read(Json.write(record), Case.class);
        assertThat(addition.audit(read)).isEqualTo(addition.puzzle(record));
    }

    @Test
    void aRecordFromAnotherVersionOrBootcampIsRefused() {
        Case other = Case.spec("addition", 2, 1, 1, Map.of(), "tags");
        assertThatThrownBy(() -> addition.puzzle(other)).isInstanceOf(GenerationException.class).hasMessageContaining("version 2");
        Case foreign = Case.spec("subtraction", 1, 1, 1, Map.of(), "tags");
        assertThatThrownBy(() -> addition.puzzle(foreign)).isInstanceOf(GenerationException.class).hasMessageContaining("'subtraction'");
    }

    @Test
    void aRecordWithAnUnknownKnobIsRefused() {
        Case odd = Case.spec("addition", 1, 1, 1, Map.of("term", 3), "tags");
        assertThatThrownBy(() -> addition.puzzle(odd)).isInstanceOf(ConfigurationException.class).hasMessageContaining("did you mean 'terms'?");
    }

    @Test
    void anUnreadablePuzzleIsAGenerationException() {
        assertThatThrownBy(() -> addition.readPuzzle(Json.tree(Map.of("terms", "many"))))
                .isInstanceOf(GenerationException.class)
                .hasMessageStartingWith("cannot read the puzzle of addition");
    }

    private static TypedBootcamp<String, String> fragile(Function<String, String> parser) {
        return TypedBootcamp.of(new FragileBootcamp(parser, (puzzle, answer) -> Score.correct()));
    }

    /** A naive recursive reader of nested parentheses, as a careless bootcamp might write. */
    private static int depth(String text, int at) {
        return at < text.length() && text.charAt(at) == '(' ? 1 + depth(text, at + 1) : 0;
    }

    /** Generates nothing. */
    private static final class Unhelpful implements Bootcamp<AdditionBootcamp.Puzzle, Long> {
        private final AdditionBootcamp delegate = new AdditionBootcamp();

        @Override
        public BootcampInfo info() {
            return delegate.info();
        }

        @Override
        public Knobs atLevel(int level) {
            return delegate.atLevel(level);
        }

        @Override
        public AdditionBootcamp.Puzzle generate(Knobs knobs, RandomGenerator random) {
            return null;
        }

        @Override
        public String question(AdditionBootcamp.Puzzle puzzle) {
            return delegate.question(puzzle);
        }

        @Override
        public Long solve(AdditionBootcamp.Puzzle puzzle) {
            return delegate.solve(puzzle);
        }

        @Override
        public String render(Long answer) {
            return delegate.render(answer);
        }

        @Override
        public Long parse(String text) {
            return delegate.parse(text);
        }

        @Override
        public Score check(AdditionBootcamp.Puzzle puzzle, Long answer) {
            return delegate.check(puzzle, answer);
        }
    }
}
