package dev.bootcamp.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.bridge.eval.EvalResult;
import dev.bootcamp.bridge.eval.EvalRunner;
import dev.bootcamp.bridge.eval.Suite;
import dev.bootcamp.core.Case;
import dev.bootcamp.core.Catalog;
import dev.bootcamp.core.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bootcamp eval} end to end against a scripted OpenAI-compatible endpoint on loopback (the only fake): it
 * answers some cases right, some wrong, some malformed, one slowly, one after two server errors, and fails one for good.
 */
class EvalTest {
    private static final String MIX = "knapsack:1";
    private static final int COUNT = 10;

    @TempDir
    Path folder;

    private HttpServer server;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final AtomicReference<String> mode = new AtomicReference<>("scripted");
    private List<Case> cases;

    @BeforeEach
    void startEndpoint() throws IOException {
        cases = Suite.mix(MIX, COUNT, 5, 0, Catalog.load(), AnswerStyle.TAGS);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.createContext("/v1/chat/completions", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                JsonNode request = Json.readTree(body);
                if (mode.get().equals("search")) {
                    byte[] bytes = completion(search(request.path("messages"))).getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, bytes.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(bytes);
                    }
                    return;
                }
                String prompt = request.path("messages").path(0).path("content").asText();
                int index = indexOf(prompt);
                int attempt = requests.computeIfAbsent(prompt, key -> new AtomicInteger()).incrementAndGet();
                Reply reply = reply(index, attempt);
                if (reply.delayMillis() > 0) {
                    TimeUnit.MILLISECONDS.sleep(reply.delayMillis());
                }
                byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(reply.status(), bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            } catch (InterruptedException | IOException e) {
                exchange.close();
            }
        });
        server.start();
    }

    @AfterEach
    void stopEndpoint() {
        server.stop(0);
    }

    private record Reply(int status, String body, long delayMillis) {}

    private Reply reply(int index, int attempt) {
        String gold = cases.get(index).answerText();
        if (mode.get().equals("correct")) {
            return ok("<answer>" + gold + "</answer>");
        }
        return switch (index) {
            case 0, 5 -> ok("<think>Try the lightest items first.</think>\nMy choice:\n<answer>" + gold + "</answer>");
            case 1, 6 -> ok("<answer>99</answer>");
            case 2, 7 -> ok("<answer>banana</answer>");
            case 3 -> attempt == 1 ? new Reply(200, completion("<answer>" + gold + "</answer>"), 2_500) : ok("<answer>" + gold + "</answer>");
            case 4 -> new Reply(500, "{\"error\":\"overloaded\"}", 0);
            case 8 -> attempt <= 2 ? new Reply(503, "{\"error\":\"busy\"}", 0) : ok("<answer>" + gold + "</answer>");
            default -> ok("I am not sure.");
        };
    }

    /** A binary search over number-guessing's conversation: the range from the opening, then each higher/lower reply. */
    private static String search(JsonNode messages) {
        java.util.regex.Matcher range = java.util.regex.Pattern.compile("from 1 to (\\d+)").matcher(messages.path(0).path("content").asText());
        long low = 1;
        long high = range.find() ? Long.parseLong(range.group(1)) : 1;
        for (JsonNode message : messages) {
            java.util.regex.Matcher reply = java.util.regex.Pattern.compile("(\\d+): (higher|lower)").matcher(message.path("content").asText());
            if (message.path("role").asText().equals("user") && reply.find()) {
                long n = Long.parseLong(reply.group(1));
                low = reply.group(2).equals("higher") ? n + 1 : low;
                high = reply.group(2).equals("lower") ? n - 1 : high;
            }
        }
        return "<think>It lies between " + low + " and " + high + ".</think>guess " + (low + high) / 2;
    }

    @Test
    void episodesArePlayedAsConversationsAndReportedByLevel() throws IOException {
        mode.set("search");
        String llm = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
        Path out = folder.resolve("episodes");
        Cli result = Cli.run("eval", "--llm", llm, "--model", "searcher", "--episodes", "number-guessing", "--count", "3", "--level", "easy",
                "--out", out.toString(), "--concurrency", "2");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("searcher: win rate 100.0% over 3 episodes (3 played now, 0 already done, 0 episodes failed)");
        assertThat(Files.readString(out.resolve("episodes.md"))).contains("| number-guessing | 2 | 3 | 100.0% |");
        assertThat(Files.readString(out.resolve("episodes.html"))).contains("<td>number-guessing</td><td>2</td>");
        Cli again = Cli.run("eval", "--llm", llm, "--model", "searcher", "--episodes", "number-guessing", "--count", "3", "--level", "easy",
                "--out", out.toString());
        assertThat(again.out()).contains("(0 played now, 3 already done, 0 episodes failed)");
        Path levels = folder.resolve("levels");
        Cli byLevel = Cli.run("eval", "--llm", llm, "--model", "searcher", "--episodes", "all", "--count", "1", "--out", levels.toString());
        assertThat(byLevel.out()).contains("over " + (3 * dev.bootcamp.core.InteractiveCatalog.load().size()) + " episodes");
        assertThat(Files.readString(levels.resolve("episodes.md"))).contains("| number-guessing | 2 | 1 |").contains("| number-guessing | 5 | 1 |")
                .contains("| number-guessing | 8 | 1 |").contains("| mastermind | 8 | 1 | 0.0% |");
        Cli typo = Cli.run("eval", "--llm", llm, "--model", "searcher", "--episodes", "mastermnd", "--out", folder.resolve("typo").toString());
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("no interactive bootcamp 'mastermnd'").contains("mastermind");
        Cli both = Cli.run("eval", "--llm", llm, "--model", "searcher", "--episodes", "all", "--mix", "knapsack");
        assertThat(both.err()).contains("give one of --suite, --mix and --episodes");
    }

    private static Reply ok(String content) {
        return new Reply(200, completion(content), 0);
    }

    private static String completion(String content) {
        return Json.write(Map.of("choices", List.of(Map.of("message", Map.of("role", "assistant", "content", content))),
                "usage", Map.of("prompt_tokens", 100, "completion_tokens", content.length())));
    }

    private int indexOf(String prompt) {
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i).prompt().equals(prompt)) {
                return i;
            }
        }
        throw new IllegalStateException("unknown prompt");
    }

    private Cli eval(Path out) {
        return Cli.run("eval", "--llm", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "--model", "scripted",
                "--mix", MIX, "--count", String.valueOf(COUNT), "--tier", "medium", "--out", out.toString(), "--timeout", "1",
                "--retries", "2", "--backoff", "0.05", "--concurrency", "4");
    }

    @Test
    void scoresRetriesAndReports() throws IOException {
        Path out = folder.resolve("run");
        Cli result = eval(out);
        assertThat(result.code()).as(result.err()).isEqualTo(3);
        assertThat(result.out()).contains("accuracy 40.0% over 10 cases (9 answered now, 0 already done, 1 request failed)");
        Map<String, EvalResult> results = EvalRunner.load(out.resolve(EvalRunner.RESULTS));
        assertThat(results).hasSize(10);
        Map<String, Long> verdicts = results.values().stream().collect(java.util.stream.Collectors.groupingBy(EvalResult::verdict,
                java.util.stream.Collectors.counting()));
        assertThat(verdicts).containsExactlyInAnyOrderEntriesOf(Map.of("correct", 4L, "wrong", 2L, "malformed", 2L, "no_answer", 1L, "error", 1L));
        assertThat(results.get(cases.get(3).id()).attempts()).isEqualTo(2);
        assertThat(results.get(cases.get(8).id()).attempts()).isEqualTo(3);
        assertThat(results.get(cases.get(4).id()).attempts()).isEqualTo(3);
        assertThat(requests.get(cases.get(4).prompt()).get()).isEqualTo(3);
        String summary = Files.readString(out.resolve("summary.md"));
        assertThat(summary).contains("| scripted | 10 | 40.0% | 40.0% |").contains("## Failed examples").contains("## Hardest bootcamps");
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).doesNotContain("<rect").contains("id=\"chart-domain\"").contains("chart-level").contains("chart-verdict");
        assertThat(html).doesNotContain("<answer>99</answer>").contains("&lt;answer&gt;99&lt;/answer&gt;");
    }

    @Test
    void aRerunSkipsWhatIsDoneAndRetriesFailures() throws IOException {
        Path out = folder.resolve("run");
        eval(out);
        requests.clear();
        mode.set("correct");
        Cli again = eval(out);
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("accuracy 50.0% over 10 cases (1 answered now, 9 already done, 0 requests failed)");
        assertThat(requests).containsOnlyKeys(cases.get(4).prompt());
    }

    @Test
    void aTornLastLineFromAKillIsCutAndItsCaseRedone() throws IOException {
        Path out = folder.resolve("run");
        mode.set("correct");
        eval(out);
        Path results = out.resolve(EvalRunner.RESULTS);
        List<String> lines = Files.readAllLines(results);
        Files.write(results, lines.subList(0, 7));
        Files.writeString(results, lines.get(7).substring(0, 40), StandardOpenOption.APPEND);
        requests.clear();
        Cli again = eval(out);
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("accuracy 100.0% over 10 cases (3 answered now, 7 already done, 0 requests failed)");
        assertThat(requests).hasSize(3);
    }

    @Test
    void aDifferentModelInTheSameFolderIsRefused() {
        Path out = folder.resolve("run");
        mode.set("correct");
        eval(out);
        Cli other = Cli.run("eval", "--llm", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "--model", "other",
                "--mix", MIX, "--count", String.valueOf(COUNT), "--out", out.toString());
        assertThat(other.code()).isEqualTo(2);
        assertThat(other.err()).contains("holds a run with model 'scripted'");
    }

    @Test
    void reportComparesRuns() throws IOException {
        Path first = folder.resolve("first");
        eval(first);
        mode.set("correct");
        Path second = folder.resolve("second");
        eval(second);
        Path comparison = folder.resolve("comparison");
        Cli result = Cli.run("report", first.toString(), second.toString(), "--out", comparison.toString());
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(Files.readString(comparison.resolve("summary.md"))).contains("# Comparison of 2 runs").contains("40.0%").contains("100.0%");
        assertThat(Cli.run("report", folder.resolve("nothing").toString()).err()).contains("is not an eval run folder");
    }

    @Test
    void theReportDrawsItsChartsInChromium() throws Exception {
        Path chromium = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser")).stream().filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(chromium != null || System.getenv("CI") != null, "Chromium is not installed (.ci/run installs it)");
        assertThat(chromium).as("CI must install Chromium").isNotNull();
        Path out = folder.resolve("run");
        eval(out);
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + folder.resolve("profile"), "--virtual-time-budget=5000", "--dump-dom",
                out.resolve("report.html").toUri().toString()).redirectErrorStream(false).start();
        process.getErrorStream().transferTo(OutputStream.nullOutputStream());
        String dom = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        long bars = dom.split("class=\"bar\"", -1).length - 1L;
        assertThat(bars).as("bars drawn by the page's script").isGreaterThanOrEqualTo(1 + 1 + 6);
        assertThat(dom).contains("level 5").contains("algorithms");
    }
}
