package dev.bootcamp.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.bootcamp.core.Json;
import dev.bootcamp.testkit.ConformanceReport;
import dev.bootcamp.testkit.Law;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a {@link ValidationReport} as {@code report.json} (for tools) and {@code report.md} (for people). */
public final class ValidationReports {
    public static final String JSON = "report.json";
    public static final String MARKDOWN = "report.md";
    private static final int EXAMPLES_PER_LAW = 10;

    private ValidationReports() {}

    /** Writes both files into {@code folder}, creating it; returns the JSON file. */
    public static Path write(ValidationReport report, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path json = folder.resolve(JSON);
        Files.writeString(json, json(report) + "\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(MARKDOWN), markdown(report), StandardCharsets.UTF_8);
        return json;
    }

    public static String json(ValidationReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("target", report.target());
        root.put("bootcamp", report.bootcamp());
        root.put("class", report.className());
        root.put("passed", report.passed());
        root.put("failures", report.failureCount());
        root.put("summary", report.summary());
        root.put("files", report.files());
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding finding : report.findings()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("file", finding.file());
            item.put("line", finding.line());
            item.put("rule", finding.rule());
            item.put("message", finding.message());
            findings.add(item);
        }
        root.put("static", findings);
        List<Map<String, Object>> errors = new ArrayList<>();
        for (CompileError error : report.compileErrors()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("file", error.file());
            item.put("line", error.line());
            item.put("column", error.column());
            item.put("message", error.message());
            item.put("code", error.code());
            errors.add(item);
        }
        root.put("compile", errors);
        root.put("contract", contract(report));
        try {
            // Keys in the order written here (summary first), not sorted as in case records.
            return Json.writer().without(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).withDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, Object> contract(ValidationReport report) {
        ValidationReport.Contract contract = report.contract();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("status", contract.status().name());
        item.put("note", contract.note());
        item.put("cases", contract.cases());
        item.put("seeds_per_level", contract.seedsPerLevel());
        item.put("levels", contract.levels());
        item.put("run_seed", contract.runSeed());
        item.put("seconds", Math.round(contract.seconds() * 10) / 10.0);
        Map<String, Integer> byLaw = new LinkedHashMap<>();
        contract.countByLaw().forEach((law, count) -> byLaw.put(law.name(), count));
        item.put("failures_by_law", byLaw);
        List<Map<String, Object>> failures = new ArrayList<>();
        for (ConformanceReport.Failure failure : contract.failures()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("law", failure.law().name());
            entry.put("title", failure.law().title());
            entry.put("level", failure.level());
            entry.put("seed", failure.seed());
            entry.put("message", failure.message());
            entry.put("replay", report.replay(failure));
            failures.add(entry);
        }
        item.put("failures", failures);
        return item;
    }

    public static String markdown(ValidationReport report) {
        StringBuilder text = new StringBuilder();
        text.append("# Validation of ").append(report.bootcamp()).append("\n\n");
        text.append("**").append(report.summary()).append("**\n\n");
        text.append("- target: `").append(report.target()).append("`\n");
        if (report.className() != null) {
            text.append("- class: `").append(report.className()).append("`\n");
        }
        if (!report.files().isEmpty()) {
            text.append("- files: ").append(String.join(", ", report.files().stream().map(file -> "`" + file + "`").toList())).append('\n');
        }
        text.append("\n## Static checks\n\n");
        if (report.findings().isEmpty()) {
            text.append(report.files().isEmpty() ? "Not run: no source file was found.\n" : "No findings.\n");
        } else {
            text.append("| file | line | rule | finding |\n| --- | ---: | --- | --- |\n");
            report.findings().forEach(finding -> text.append("| ").append(finding.file()).append(" | ").append(finding.line()).append(" | ")
                    .append(finding.rule()).append(" | ").append(cell(finding.message())).append(" |\n"));
        }
        text.append("\n## Compilation\n\n");
        if (report.compileErrors().isEmpty()) {
            text.append(report.registered() ? "Not needed: the registered class was checked.\n" : "Compiled without errors.\n");
        } else {
            report.compileErrors().forEach(error -> text.append("- `").append(error.file()).append(':').append(error.line()).append("` ")
                    .append(error.message()).append(error.code().isEmpty() ? "" : "\n  `" + error.code().replace("`", "'") + "`").append('\n'));
        }
        text.append("\n## Contract\n\n");
        contractMarkdown(report, text);
        return text.toString();
    }

    private static void contractMarkdown(ValidationReport report, StringBuilder text) {
        ValidationReport.Contract contract = report.contract();
        switch (contract.status()) {
            case NOT_RUN -> {
                text.append("Not run: ").append(contract.note()).append(".\n");
                return;
            }
            case ERROR -> {
                text.append("Stopped: ").append(contract.note()).append(".\n");
                return;
            }
            default -> text.append(String.format("%d cases (%d per level, levels %s, run seed %d) in %.1f s: %s.%n%n", contract.cases(),
                    contract.seedsPerLevel(), contract.levels(), contract.runSeed(), contract.seconds(),
                    contract.status() == ValidationReport.Status.PASSED ? "every law holds" : ValidationReport.plural(contract.failures().size(), "failure")));
        }
        for (Map.Entry<Law, Integer> entry : contract.countByLaw().entrySet()) {
            Law law = entry.getKey();
            text.append("### ").append(law.title()).append(" (").append(entry.getValue()).append(")\n\n");
            text.append("| level | seed | failure | replay |\n| ---: | ---: | --- | --- |\n");
            contract.failures(law).stream().limit(EXAMPLES_PER_LAW).forEach(failure -> text.append("| ")
                    .append(failure.level() < 0 ? "" : failure.level()).append(" | ").append(failure.seed() < 0 ? "" : failure.seed()).append(" | ")
                    .append(cell(failure.message())).append(" | ").append(report.replay(failure).isEmpty() ? "" : "`" + report.replay(failure) + "`")
                    .append(" |\n"));
            if (entry.getValue() > EXAMPLES_PER_LAW) {
                text.append("\n…and ").append(entry.getValue() - EXAMPLES_PER_LAW).append(" more in ").append(JSON).append(".\n");
            }
            text.append('\n');
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
