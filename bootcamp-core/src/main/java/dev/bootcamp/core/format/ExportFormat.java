package dev.bootcamp.core.format;

import dev.bootcamp.api.ConfigurationException;
import dev.bootcamp.api.Names;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The trainer formats {@code bootcamp export} writes, with the extension of their files. */
public enum ExportFormat {
    /** verl's RL dataset: Parquet with data_source, prompt, ability, reward_model and extra_info. */
    VERL("parquet"),
    /** Conversational prompts for TRL and others: {@code {"prompt": [messages], "case": spec, "id": id}}. */
    CHAT("jsonl"),
    /** OpenRLHF prompts: {@code {"input": prompt, "label": spec}}. */
    OPENRLHF("jsonl"),
    /** Our own case records, as {@code bootcamp generate} writes them. */
    JSONL("jsonl");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String extension() {
        return extension;
    }

    public static ExportFormat parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.wireName().equals(key)) {
                return format;
            }
        }
        List<String> names = Arrays.stream(values()).map(ExportFormat::wireName).toList();
        String suggestion = Names.didYouMean(key, names);
        throw new ConfigurationException("unknown export format '" + text + "'" + suggestion + (suggestion.isEmpty() ? "; formats: " : " formats: ")
                + String.join(", ", names));
    }
}
