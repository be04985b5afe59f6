package dev.bootcamp.bridge.eval;

import dev.bootcamp.core.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes {@code summary.md} and a self-contained {@code report.html} (inline CSS and script, no network) for one run,
 * or a side-by-side comparison of several runs. Charts are SVG bars drawn by the page's script from the embedded data;
 * every figure is also in a table, so the page reads without scripts too.
 */
public final class ReportWriter {
    private ReportWriter() {}

    public static void write(List<RunStats> runs, Path folder) throws IOException {
        Files.createDirectories(folder);
        atomicWrite(folder.resolve("summary.md"), markdown(runs));
        atomicWrite(folder.resolve("report.html"), html(runs));
    }

    static String markdown(List<RunStats> runs) {
        StringBuilder md = new StringBuilder();
        md.append(runs.size() == 1 ? "# Evaluation: " + runs.get(0).name() : "# Comparison of " + runs.size() + " runs").append("\n\n");
        md.append("| run | cases | accuracy (mean reward) | fully correct |\n| --- | --- | --- | --- |\n");
        runs.forEach(run -> md.append("| ").append(run.name()).append(" | ").append(run.cases()).append(" | ")
                .append(percent(run.accuracy())).append(" | ").append(percent(run.correctRate())).append(" |\n"));
        md.append("\n## Accuracy by domain\n\n").append(groupTable(runs, "domain", true));
        md.append("\n## Accuracy by level\n\n").append(groupTable(runs, "level", false));
        md.append("\n## Verdicts\n\n| run | ").append(String.join(" | ", RunStats.VERDICTS)).append(" |\n| --- |")
                .append(" --- |".repeat(RunStats.VERDICTS.size())).append('\n');
        runs.forEach(run -> {
            md.append("| ").append(run.name());
            RunStats.VERDICTS.forEach(verdict -> md.append(" | ").append(run.verdicts().getOrDefault(verdict, 0)));
            md.append(" |\n");
        });
        md.append("\n## Latency and tokens\n\n| run | latency mean ms | median | p90 | completion tokens mean | median | p90 |\n"
                + "| --- | --- | --- | --- | --- | --- | --- |\n");
        runs.forEach(run -> md.append(String.format("| %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f |%n", run.name(), run.latencyMillis().mean(),
                run.latencyMillis().median(), run.latencyMillis().p90(), run.completionTokens().mean(), run.completionTokens().median(),
                run.completionTokens().p90())));
        for (RunStats run : runs) {
            md.append("\n## Hardest bootcamps: ").append(run.name()).append("\n\n| bootcamp | cases | accuracy |\n| --- | --- | --- |\n");
            run.hardest(10).forEach(entry -> md.append("| ").append(entry.getKey()).append(" | ").append(entry.getValue().cases())
                    .append(" | ").append(percent(entry.getValue().accuracy())).append(" |\n"));
        }
        if (runs.size() == 1 && !runs.get(0).failures().isEmpty()) {
            md.append("\n## Failed examples\n");
            for (EvalResult failure : runs.get(0).failures()) {
                md.append("\n### ").append(failure.bootcamp()).append(", level ").append(failure.level()).append(" (").append(failure.verdict())
                        .append(")\n\n").append(failure.detail()).append("\n\nModel (end of response):\n\n```\n").append(tail(failure.response(), 600))
                        .append("\n```\n\nGold:\n\n```\n").append(failure.gold()).append("\n```\n");
            }
        }
        return md.toString();
    }

    private static String groupTable(List<RunStats> runs, String what, boolean domain) {
        TreeSet<String> keys = new TreeSet<>();
        runs.forEach(run -> (domain ? run.byDomain().keySet() : run.byLevel().keySet().stream().map(level -> String.format("%02d", level)).toList()).forEach(keys::add));
        StringBuilder md = new StringBuilder("| " + what + " | " + String.join(" | ", runs.stream().map(RunStats::name).toList()) + " |\n| --- |"
                + " --- |".repeat(runs.size()) + "\n");
        for (String key : keys) {
            md.append("| ").append(domain ? key : String.valueOf(Integer.parseInt(key)));
            for (RunStats run : runs) {
                RunStats.Group group = domain ? run.byDomain().get(key) : run.byLevel().get(Integer.parseInt(key));
                md.append(" | ").append(group == null ? "–" : percent(group.accuracy()) + " (" + group.cases() + ")");
            }
            md.append(" |\n");
        }
        return md.toString();
    }

    static String html(List<RunStats> runs) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("runs", runs.stream().map(RunStats::name).toList());
        data.put("domain", series(runs, true));
        data.put("level", series(runs, false));
        List<Map<String, Object>> verdicts = new ArrayList<>();
        for (String verdict : RunStats.VERDICTS) {
            verdicts.add(Map.of("label", verdict, "values", runs.stream().map(run -> (double) run.verdicts().getOrDefault(verdict, 0)).toList()));
        }
        data.put("verdict", verdicts);
        String json = Json.write(data).replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        String title = runs.size() == 1 ? "Evaluation: " + runs.get(0).name() : "Comparison of " + runs.size() + " runs";
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(title)).append("</title>\n<style>\n")
                .append(STYLE).append("</style></head><body>\n<h1>").append(escape(title)).append("</h1>\n");
        html.append("<div class=\"cards\">");
        for (RunStats run : runs) {
            html.append("<div class=\"card\"><div class=\"name\">").append(escape(run.name())).append("</div><div class=\"big\">")
                    .append(percent(run.accuracy())).append("</div><div>accuracy over ").append(run.cases()).append(" cases; ")
                    .append(percent(run.correctRate())).append(" fully correct</div></div>");
        }
        html.append("</div>\n<h2>Accuracy by domain</h2><div class=\"chart\" id=\"chart-domain\"></div>\n")
                .append("<h2>Accuracy by level</h2><div class=\"chart\" id=\"chart-level\"></div>\n")
                .append("<h2>Verdicts</h2><div class=\"chart\" id=\"chart-verdict\"></div>\n");
        html.append("<h2>Tables</h2>\n").append(markdownTablesAsHtml(markdown(runs)));
        html.append("<script type=\"application/json\" id=\"data\">").append(json).append("</script>\n<script>\n").append(SCRIPT).append("</script>\n</body></html>\n");
        return html.toString();
    }

    private static List<Map<String, Object>> series(List<RunStats> runs, boolean domain) {
        TreeSet<String> keys = new TreeSet<>();
        runs.forEach(run -> (domain ? run.byDomain().keySet() : run.byLevel().keySet().stream().map(level -> String.format("%02d", level)).toList()).forEach(keys::add));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String key : keys) {
            List<Double> values = new ArrayList<>();
            for (RunStats run : runs) {
                RunStats.Group group = domain ? run.byDomain().get(key) : run.byLevel().get(Integer.parseInt(key));
                values.add(group == null ? 0 : group.accuracy() * 100);
            }
            rows.add(Map.of("label", domain ? key : "level " + Integer.parseInt(key), "values", values));
        }
        return rows;
    }

    /** The Markdown tables and sections rendered as HTML: headings, tables and code blocks only, all text escaped. */
    private static String markdownTablesAsHtml(String markdown) {
        StringBuilder html = new StringBuilder();
        boolean inTable = false;
        boolean inCode = false;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("```")) {
                html.append(inCode ? "</pre>\n" : "<pre>");
                inCode = !inCode;
                continue;
            }
            if (inCode) {
                html.append(escape(line)).append('\n');
                continue;
            }
            if (line.startsWith("|")) {
                if (line.startsWith("| ---")) {
                    continue;
                }
                String tag = inTable ? "td" : "th";
                html.append(inTable ? "<tr>" : "<table><tr>");
                String[] cells = line.substring(1, line.length() - 1).split(" \\| ", -1);
                for (String cell : cells) {
                    html.append('<').append(tag).append('>').append(escape(cell.strip())).append("</").append(tag).append('>');
                }
                html.append("</tr>\n");
                inTable = true;
                continue;
            }
            if (inTable) {
                html.append("</table>\n");
                inTable = false;
            }
            if (line.startsWith("# ")) {
                continue;
            }
            if (line.startsWith("### ")) {
                html.append("<h4>").append(escape(line.substring(4))).append("</h4>\n");
            } else if (line.startsWith("## ")) {
                html.append("<h3>").append(escape(line.substring(3))).append("</h3>\n");
            } else if (!line.isBlank()) {
                html.append("<p>").append(escape(line)).append("</p>\n");
            }
        }
        if (inTable) {
            html.append("</table>\n");
        }
        return html.toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String percent(double value) {
        return String.format("%.1f%%", value * 100);
    }

    private static String tail(String text, int length) {
        if (text == null) {
            return "(no response)";
        }
        return text.length() <= length ? text : "…" + text.substring(text.length() - length);
    }

    static void atomicWrite(Path file, String content) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".partial");
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1100px; color: #222; }
            h1 { font-size: 1.6rem; } h2 { margin-top: 2rem; font-size: 1.2rem; }
            .cards { display: flex; gap: 1rem; flex-wrap: wrap; }
            .card { border: 1px solid #ccd; border-radius: 8px; padding: 0.8rem 1.2rem; min-width: 12rem; }
            .card .big { font-size: 2rem; font-weight: 600; } .card .name { color: #556; }
            table { border-collapse: collapse; margin: 0.5rem 0 1rem; } th, td { border: 1px solid #dde; padding: 0.25rem 0.6rem; text-align: left; }
            th { background: #f3f4f8; } pre { background: #f6f6f8; padding: 0.6rem; white-space: pre-wrap; max-width: 100%; }
            .chart svg { max-width: 100%; } .legend span { margin-right: 1rem; }
            """;

    /** Draws grouped horizontal bars (one colour per run) for each chart from the embedded data. */
    private static final String SCRIPT = """
            (function () {
              var data = JSON.parse(document.getElementById('data').textContent);
              var colours = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948'];
              var ns = 'http://www.w3.org/2000/svg';
              function el(name, attrs, text) {
                var node = document.createElementNS(ns, name);
                for (var key in attrs) { node.setAttribute(key, attrs[key]); }
                if (text !== undefined) { node.textContent = text; }
                return node;
              }
              function chart(id, rows, max, unit) {
                var runs = data.runs.length, bar = 14, gap = 10, left = 160, width = 560;
                var height = rows.length * (runs * bar + gap) + 30;
                var svg = el('svg', {width: left + width + 80, height: height, role: 'img'});
                rows.forEach(function (row, i) {
                  var y = 10 + i * (runs * bar + gap);
                  svg.appendChild(el('text', {x: 0, y: y + runs * bar / 2 + 4, 'font-size': 12}, row.label));
                  row.values.forEach(function (value, r) {
                    var w = max > 0 ? Math.max(1, width * value / max) : 1;
                    svg.appendChild(el('rect', {'class': 'bar', x: left, y: y + r * bar, width: w, height: bar - 2, fill: colours[r % colours.length]}));
                    svg.appendChild(el('text', {x: left + w + 4, y: y + r * bar + bar - 4, 'font-size': 11}, value.toFixed(unit === '%' ? 1 : 0) + unit));
                  });
                });
                var holder = document.getElementById(id);
                holder.appendChild(svg);
                if (runs > 1) {
                  var legend = document.createElement('div');
                  legend.className = 'legend';
                  data.runs.forEach(function (name, r) {
                    var span = document.createElement('span');
                    span.style.color = colours[r % colours.length];
                    span.textContent = '\\u25A0 ' + name;
                    legend.appendChild(span);
                  });
                  holder.appendChild(legend);
                }
              }
              chart('chart-domain', data.domain, 100, '%');
              chart('chart-level', data.level, 100, '%');
              var most = 0;
              data.verdict.forEach(function (row) { row.values.forEach(function (v) { most = Math.max(most, v); }); });
              chart('chart-verdict', data.verdict, most, '');
            })();
            """;
}
