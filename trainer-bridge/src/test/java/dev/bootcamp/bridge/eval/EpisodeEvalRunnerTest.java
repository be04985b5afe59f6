package dev.bootcamp.bridge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.core.EpisodeSpec;
import dev.bootcamp.core.InteractiveCatalog;
import dev.bootcamp.model.ChatMessage;
import dev.bootcamp.model.ChatModel;
import dev.bootcamp.model.Completion;
import dev.bootcamp.model.ModelException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Episodes played against a model through the chat history: a searching model wins, failures are retried on a re-run. */
class EpisodeEvalRunnerTest {
    private static final InteractiveCatalog CATALOG = InteractiveCatalog.load();
    private static final Pattern RANGE = Pattern.compile("from 1 to (\\d+)");
    private static final Pattern REPLY = Pattern.compile("(\\d+): (higher|lower)");

    /** Binary search read from the conversation only, with its reasoning in a think block. */
    static class SearchingModel implements ChatModel {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Completion complete(String prompt) {
            throw new AssertionError("episodes are conversations");
        }

        @Override
        public Completion converse(List<ChatMessage> messages) throws ModelException {
            calls.incrementAndGet();
            Matcher range = RANGE.matcher(messages.get(0).content());
            assertThat(range.find()).isTrue();
            long low = 1;
            long high = Long.parseLong(range.group(1));
            for (int i = 0; i < messages.size(); i++) {
                assertThat(messages.get(i).role()).isEqualTo(i % 2 == 0 ? "user" : "assistant");
                Matcher reply = REPLY.matcher(messages.get(i).content());
                if (i % 2 == 0 && reply.find()) {
                    long n = Long.parseLong(reply.group(1));
                    if (reply.group(2).equals("higher")) {
                        low = n + 1;
                    } else {
                        high = n - 1;
                    }
                }
            }
            return new Completion("<think>between " + low + " and " + high + "</think>guess " + (low + high) / 2, 10, 3, 1, 1);
        }
    }

    @Test
    void aSearchingModelWinsEveryEpisodeAndTheReportCountsTurns(@TempDir Path folder) throws Exception {
        List<EpisodeSpec> specs = EpisodeEvalRunner.suite(CATALOG, List.of("number-guessing"), List.of(1, 2), 3, 7);
        assertThat(specs).hasSize(6);
        SearchingModel model = new SearchingModel();
        EvalRunner.Outcome outcome = new EpisodeEvalRunner(CATALOG, model, 2, 0).run(specs, folder, (done, total, rate) -> { });
        assertThat(outcome.answered()).isEqualTo(6);
        List<EpisodeResult> results = List.copyOf(EpisodeEvalRunner.load(folder.resolve(EpisodeEvalRunner.RESULTS)).values());
        assertThat(results).hasSize(6).allSatisfy(result -> {
            assertThat(result.won()).isTrue();
            assertThat(result.actions()).hasSize(result.turns()).allSatisfy(action -> assertThat(action).startsWith("guess "));
            assertThat(result.responses().get(0)).startsWith("<think>");
            assertThat(result.turns()).isLessThanOrEqualTo(result.turnLimit());
        });
        assertThat(model.calls.get()).isEqualTo(results.stream().mapToInt(EpisodeResult::turns).sum());
        List<EpisodeReport.Row> rows = EpisodeReport.rows(results);
        assertThat(rows).extracting(EpisodeReport.Row::level).containsExactly(1, 2);
        assertThat(rows).allSatisfy(row -> assertThat(row.winRate()).isEqualTo(1.0));
        EpisodeReport.write("searcher", results, folder);
        assertThat(Files.readString(folder.resolve("episodes.md"), StandardCharsets.UTF_8))
                .contains("Win rate 100.0% over 6 episodes.").contains("| number-guessing | 1 | 3 | 100.0% |");
        // Everything is done: a re-run asks the model nothing.
        SearchingModel again = new SearchingModel();
        assertThat(new EpisodeEvalRunner(CATALOG, again, 2, 0).run(specs, folder, (done, total, rate) -> { }).skipped()).isEqualTo(6);
        assertThat(again.calls.get()).isZero();
    }

    @Test
    void aFailedEpisodeIsAnErrorThatTheNextRunPlaysAgain(@TempDir Path folder) throws Exception {
        List<EpisodeSpec> specs = EpisodeEvalRunner.suite(CATALOG, List.of("number-guessing"), List.of(1), 2, 7);
        ChatModel failing = new SearchingModel() {
            @Override
            public Completion converse(List<ChatMessage> messages) throws ModelException {
                if (messages.size() > 2) {
                    throw new ModelException("HTTP 500", 4);
                }
                return super.converse(messages);
            }
        };
        EvalRunner.Outcome first = new EpisodeEvalRunner(CATALOG, failing, 1, 0).run(specs, folder, (done, total, rate) -> { });
        assertThat(first.failed()).isEqualTo(2);
        assertThat(EpisodeEvalRunner.load(folder.resolve(EpisodeEvalRunner.RESULTS)).values())
                .allSatisfy(result -> assertThat(result.verdict()).isEqualTo("error"));
        Files.writeString(folder.resolve(EpisodeEvalRunner.RESULTS), "{\"id\":\"torn", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        EvalRunner.Outcome second = new EpisodeEvalRunner(CATALOG, new SearchingModel(), 1, 0).run(specs, folder, (done, total, rate) -> { });
        assertThat(second.answered()).isEqualTo(2);
        assertThat(EpisodeEvalRunner.load(folder.resolve(EpisodeEvalRunner.RESULTS)).values()).allSatisfy(result -> assertThat(result.won()).isTrue());
    }
}
