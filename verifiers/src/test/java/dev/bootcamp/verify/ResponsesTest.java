package dev.bootcamp.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.bootcamp.api.AnswerStyle;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ResponsesTest {
    /** Only stops a quadratic regression from hanging the build; no test here asserts elapsed time. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @Test
    void thinkBlocksAreRemoved() {
        assertThat(Responses.stripReasoning("a<think>secret</think>b<think>more</think>c")).isEqualTo("abc");
    }

    @Test
    void thinkTagsAreMatchedWhateverTheirCase() {
        assertThat(Responses.stripReasoning("<THINK>secret</Think>visible")).isEqualTo("visible");
    }

    @Test
    void onlyAsciiCaseIsIgnoredSoUnicodeLookAlikesAreNotTags() {
        // U+0131 (dotless i) and U+212A (Kelvin sign) fold to 'I' and 'k' under String's case-insensitive comparison.
        assertThat(Responses.stripReasoning("<th\u0131nk>shown</th\u0131nk>")).isEqualTo("<th\u0131nk>shown</th\u0131nk>");
        assertThat(Responses.stripReasoning("<thin\u212a>x</think>y")).isEqualTo("y");
        assertThat(Responses.stripReasoning("no tags at all")).isSameAs("no tags at all");
    }

    @Test
    void everythingBeforeAStrayClosingTagIsReasoning() {
        // Chat templates often open the block in the prompt, so the response starts inside it.
        assertThat(Responses.stripReasoning("secret</think>visible")).isEqualTo("visible");
        assertThat(Responses.stripReasoning("one</think>two</think>three")).isEqualTo("three");
    }

    @Test
    void everythingAfterAnUnclosedThinkIsReasoning() {
        assertThat(Responses.stripReasoning("visible<think>cut off mid-thought")).isEqualTo("visible");
    }

    @Test
    void textWithoutReasoningIsUnchanged() {
        assertThat(Responses.stripReasoning("just <b>an</b> answer")).isEqualTo("just <b>an</b> answer");
        assertThat(Responses.stripReasoning("")).isEmpty();
    }

    @Test
    void textAroundARemovedBlockIsJoinedAsWritten() {
        // Fragments that join into tag text after a block is removed were written outside any reasoning block,
        // so what they enclose is visible text: reading it is right, not a bypass.
        assertThat(Responses.stripReasoning("<thi<think>x</think>nk>")).isEqualTo("<think>");
    }

    // The linear-time tests below assert no elapsed time. Their inputs are sized so that a scan which goes back
    // over the text once per tag does at least 10^12 character steps (hours), while a linear scan does a few
    // million (milliseconds); HANG_GUARD only stops a regression from hanging the build.

    @Test
    void manyThinkBlocksAreRemovedInLinearTime() {
        String response = "<think>hmm</think>x".repeat(1_000_000) + "<answer>1</answer>";
        String visible = assertTimeoutPreemptively(HANG_GUARD, () -> Responses.stripReasoning(response));
        assertThat(visible).hasSize(1_000_000 + "<answer>1</answer>".length());
    }

    @Test
    void manyUnmatchedOpeningTagsAreRemovedInLinearTime() {
        String response = "x" + "<think>".repeat(2_000_000);
        assertThat(assertTimeoutPreemptively(HANG_GUARD, () -> Responses.stripReasoning(response))).isEqualTo("x");
    }

    @Test
    void manyStrayClosingTagsAreRemovedInLinearTime() {
        String response = "</think>".repeat(2_000_000) + "<answer>1</answer>";
        assertThat(assertTimeoutPreemptively(HANG_GUARD, () -> Responses.stripReasoning(response))).isEqualTo("<answer>1</answer>");
    }

    @Test
    void tagsGiveTheTextOfTheLastAnswerBlock() {
        assertThat(Responses.extract(AnswerStyle.TAGS, "<answer>1</answer> then <ANSWER> 2 </Answer>").text()).isEqualTo("2");
    }

    @Test
    void tagsIgnoreAnOpeningTagAfterTheLastClosingTag() {
        assertThat(Responses.extract(AnswerStyle.TAGS, "<answer>1</answer> and then <answer>").text()).isEqualTo("1");
    }

    @Test
    void tagsWithoutABlockFindNothingAndSayWhy() {
        Extraction none = Responses.extract(AnswerStyle.TAGS, "the answer is 4");
        assertThat(none.isFound()).isFalse();
        assertThat(none.reason()).isEqualTo("no <answer>…</answer> block");
        assertThat(Responses.extract(AnswerStyle.TAGS, "4</answer>").reason()).isEqualTo("no <answer> before the last </answer>");
    }

    @Test
    void anEmptyAnswerIsNotAnAnswer() {
        Extraction empty = Responses.extract(AnswerStyle.TAGS, "<answer> \n </answer>");
        assertThat(empty.isFound()).isFalse();
        assertThat(empty.reason()).isEqualTo("the answer is empty");
    }

    @Test
    void boxedAnswersKeepBalancedInnerBraces() {
        assertThat(Responses.extract(AnswerStyle.BOXED, "so \\boxed{\\frac{1}{2}}.").text()).isEqualTo("\\frac{1}{2}");
        assertThat(Responses.extract(AnswerStyle.BOXED, "\\boxed{a{b{c}}d} and more}").text()).isEqualTo("a{b{c}}d");
    }

    @Test
    void boxedTakesTheLastBox() {
        assertThat(Responses.extract(AnswerStyle.BOXED, "\\boxed{1} no wait \\boxed{2}").text()).isEqualTo("2");
    }

    @Test
    void boxedSkipsEscapedBraces() {
        assertThat(Responses.extract(AnswerStyle.BOXED, "\\boxed{\\{1, 2\\}}").text()).isEqualTo("\\{1, 2\\}");
    }

    @Test
    void boxedLineBreaksBecomeNewlines() {
        assertThat(Responses.extract(AnswerStyle.BOXED, "\\boxed{1 2 \\\\ 3 4}").text()).isEqualTo("1 2 \n 3 4");
    }

    @Test
    void anUnbalancedBoxFindsNothing() {
        assertThat(Responses.extract(AnswerStyle.BOXED, "\\boxed{1 + {2}").reason()).isEqualTo("unbalanced braces in the last \\boxed{");
        assertThat(Responses.extract(AnswerStyle.BOXED, "boxed 3").isFound()).isFalse();
    }

    @Test
    void finalLineRunsFromTheLastAnswerLineToTheEnd() {
        assertThat(Responses.extract(AnswerStyle.FINAL_LINE, "Answer: 3\nno, wait\nAnswer: 4").text()).isEqualTo("4");
        assertThat(Responses.extract(AnswerStyle.FINAL_LINE, "Working.\nAnswer:\n1 2\n3 4\n").text()).isEqualTo("1 2\n3 4");
    }

    @Test
    void finalLineAcceptsMarkdownDecoration() {
        assertThat(Responses.extract(AnswerStyle.FINAL_LINE, "**Answer:** 42").text()).isEqualTo("42");
        assertThat(Responses.extract(AnswerStyle.FINAL_LINE, "## answer: **42**").text()).isEqualTo("42");
    }

    @Test
    void finalLineKeepsStarsThatAreContent() {
        assertThat(Responses.extract(AnswerStyle.FINAL_LINE, "Answer:\n**..\n..*.").text()).isEqualTo("**..\n..*.");
        assertThat(Responses.extract(AnswerStyle.FINAL_LINE, "Answer: .*\n**").text()).isEqualTo(".*\n**");
    }

    @Test
    void finalLineIgnoresAnswerInTheMiddleOfALine() {
        assertThat(Responses.extract(AnswerStyle.FINAL_LINE, "The answer: 42").isFound()).isFalse();
    }

    @Test
    void extractionOfHugeHostileTextIsLinear() {
        String closes = "</answer>".repeat(2_000_000);
        String boxes = "\\boxed{".repeat(2_000_000);
        String lines = "Answer:\n".repeat(2_000_000);
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            assertThat(Responses.extract(AnswerStyle.TAGS, closes).isFound()).isFalse();
            assertThat(Responses.extract(AnswerStyle.BOXED, boxes).isFound()).isFalse();
            assertThat(Responses.extract(AnswerStyle.FINAL_LINE, lines).isFound()).isFalse();
        });
    }

    @Test
    void everyStyleReadsBackWhatItWraps() {
        for (AnswerStyle style : AnswerStyle.values()) {
            assertThat(Responses.extract(style, "Some reasoning.\n" + style.wrap("7 3 1")).text()).as(style.wireName()).isEqualTo("7 3 1");
            assertThat(Responses.extract(style, "Some reasoning.\n" + style.wrap("1 2\n3 4")).text()).as(style.wireName()).isEqualTo("1 2\n3 4");
        }
    }
}
