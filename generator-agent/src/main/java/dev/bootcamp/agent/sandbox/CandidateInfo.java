package dev.bootcamp.agent.sandbox;

import static java.util.Objects.requireNonNull;

import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import java.util.List;

/**
 * A candidate's {@code info()} as plain text, made in the sandboxed child for the review sheet: the parent never
 * builds the candidate's own objects, only reads these strings.
 *
 * @param className the bootcamp class's name
 */
public record CandidateInfo(String className, String id, String title, String domain, int version, String summary, String answerShape,
        boolean uniqueSolution, boolean severalAnswers, List<KnobRow> knobs) {
    /** One knob, as the review sheet's table shows it. */
    public record KnobRow(String name, String kind, String allowed, String defaultValue, String meaning) {}

    public CandidateInfo {
        requireNonNull(className, "className is null");
        requireNonNull(id, "id is null");
        requireNonNull(title, "title is null");
        requireNonNull(domain, "domain is null");
        requireNonNull(summary, "summary is null");
        requireNonNull(answerShape, "answerShape is null");
        knobs = knobs == null ? List.of() : List.copyOf(knobs);
    }

    static CandidateInfo of(String className, BootcampInfo info) {
        List<KnobRow> knobs = info.knobs().stream().map(CandidateInfo::row).toList();
        return new CandidateInfo(className, info.id(), info.title(), info.domain(), info.version(), info.summary(), info.answerShape(),
                info.uniqueSolution(), info.severalAnswers(), knobs);
    }

    private static KnobRow row(Knob<?> knob) {
        return new KnobRow(knob.name(), knob.kind().wireName(), knob.allowed(), String.valueOf(knob.defaultValue()), knob.meaning());
    }
}
