package dev.bootcamp.bridge.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The report of an episode evaluation: win rate and turns used, by bootcamp and level ({@code episodes.md}, {@code episodes.html}). */
public final class EpisodeReport {
    /** One row: a bootcamp at a level. */
    public record Row(String bootcamp, int level, int episodes, int wins, int errors, double meanTurns, double meanTurnLimit) {
        public double winRate() {
            int played = episodes - errors;
            return played == 0 ? 0 : (double) wins / played;
        }
    }

    private EpisodeReport() {}

    /** Rows sorted by bootcamp and level, then one "all" row per bootcamp when it was played at several levels. */
    public static List<Row> rows(List<EpisodeResult> results) {
        Map<String, Map<Integer, List<EpisodeResult>>> grouped = new TreeMap<>();
        for (EpisodeResult result : results) {
            grouped.computeIfAbsent(result.bootcamp(), id -> new TreeMap<>()).computeIfAbsent(result.level(), level -> new ArrayList<>()).add(result);
        }
        List<Row> rows = new ArrayList<>();
        grouped.forEach((id, levels) -> levels.forEach((level, group) -> rows.add(row(id, level, group))));
        return rows;
    }

    private static Row row(String id, int level, List<EpisodeResult> group) {
        int wins = 0;
        int errors = 0;
        double turns = 0;
        double limits = 0;
        for (EpisodeResult result : group) {
            wins += result.won() ? 1 : 0;
            errors += result.failed() ? 1 : 0;
            turns += result.turns();
            limits += result.turnLimit();
        }
        return new Row(id, level, group.size(), wins, errors, turns / group.size(), limits / group.size());
    }

    /** The overall win rate over episodes that finished. */
    public static double winRate(List<EpisodeResult> results) {
        long played = results.stream().filter(result -> !result.failed()).count();
        return played == 0 ? 0 : (double) results.stream().filter(EpisodeResult::won).count() / played;
    }

    public static void write(String model, List<EpisodeResult> results, Path folder) throws IOException {
        ReportWriter.atomicWrite(folder.resolve("episodes.md"), markdown(model, results));
        ReportWriter.atomicWrite(folder.resolve("episodes.html"), html(model, results));
    }

    static String markdown(String model, List<EpisodeResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("# Episodes: ").append(model).append("\n\n");
        out.append(String.format(Locale.ROOT, "Win rate %.1f%% over %d episodes.%n%n", winRate(results) * 100, results.size()));
        out.append("| bootcamp | level | episodes | win rate | mean turns | turn limit | errors |\n|---|---|---|---|---|---|---|\n");
        for (Row row : rows(results)) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f%% | %.1f | %.1f | %d |%n", row.bootcamp(), row.level(), row.episodes(),
                    row.winRate() * 100, row.meanTurns(), row.meanTurnLimit(), row.errors()));
        }
        return out.toString();
    }

    static String html(String model, List<EpisodeResult> results) {
        StringBuilder out = new StringBuilder("<!doctype html>\n<meta charset=\"utf-8\">\n<title>Episodes: ")
                .append(ReportWriter.escape(model)).append("</title>\n<h1>Episodes: ").append(ReportWriter.escape(model)).append("</h1>\n");
        out.append(String.format(Locale.ROOT, "<p>Win rate %.1f%% over %d episodes.</p>%n", winRate(results) * 100, results.size()));
        out.append("<table>\n<tr><th>bootcamp</th><th>level</th><th>episodes</th><th>win rate</th><th>mean turns</th><th>turn limit</th><th>errors</th></tr>\n");
        for (Row row : rows(results)) {
            out.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%d</td><td>%d</td><td>%.1f%%</td><td>%.1f</td><td>%.1f</td><td>%d</td></tr>%n",
                    ReportWriter.escape(row.bootcamp()), row.level(), row.episodes(), row.winRate() * 100, row.meanTurns(), row.meanTurnLimit(), row.errors()));
        }
        return out.append("</table>\n").toString();
    }
}
