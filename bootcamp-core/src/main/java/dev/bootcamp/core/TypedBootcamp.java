package dev.bootcamp.core;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bootcamp.api.AnswerFormatException;
import dev.bootcamp.api.AnswerStyle;
import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knobs;
import dev.bootcamp.api.Score;
import dev.bootcamp.api.Verdict;
import dev.bootcamp.verify.Extraction;
import dev.bootcamp.verify.Responses;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

/**
 * A bootcamp together with its resolved puzzle and answer types: makes case records, reads them back, and runs the
 * verification pipeline {@code strip reasoning -> extract by style -> parse -> check}. Thread-safe.
 */
public final class TypedBootcamp<P, A> {
    /** Responses longer than this after reasoning is removed are {@link Verdict#MALFORMED}. */
    public static final int DEFAULT_MAX_RESPONSE_CHARS = 64 * 1024;

    private final Bootcamp<P, A> bootcamp;
    private final BootcampInfo info;
    private final JavaType puzzleType;
    private final JavaType answerType;

    private TypedBootcamp(Bootcamp<P, A> bootcamp) {
        this.bootcamp = requireNonNull(bootcamp, "bootcamp is null");
        this.info = bootcamp.info();
        JavaType[] parameters = Json.type(bootcamp.getClass()).findTypeParameters(Bootcamp.class);
        if (parameters == null || parameters.length != 2) {
            throw new IllegalArgumentException(bootcamp.getClass().getName() + " does not bind Bootcamp's type parameters");
        }
        this.puzzleType = parameters[0];
        this.answerType = parameters[1];
    }

    public static <P, A> TypedBootcamp<P, A> of(Bootcamp<P, A> bootcamp) {
        return new TypedBootcamp<>(bootcamp);
    }

    public Bootcamp<P, A> bootcamp() {
        return bootcamp;
    }

    public BootcampInfo info() {
        return info;
    }

    /** Generates the puzzle of one case seed; any failure of the bootcamp becomes a {@link GenerationException}. */
    public P generate(Knobs knobs, long seed) {
        try {
            P puzzle = bootcamp.generate(knobs, new CaseRandom(seed));
            if (puzzle == null) {
                throw new GenerationException(info.id() + " generated null for seed " + seed + " (" + knobs + ")");
            }
            return puzzle;
        } catch (GenerationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new GenerationException(info.id() + " failed to generate seed " + seed + " (" + knobs + "): " + e, e);
        }
    }

    public Case makeCase(Knobs knobs, int level, long seed, AnswerStyle style) {
        P puzzle = generate(knobs, seed);
        A answer = bootcamp.solve(puzzle);
        String prompt = Cases.prompt(bootcamp.question(puzzle), style, info.answerShape());
        return new Case(Cases.caseId(info.id(), info.version(), knobs.json(), seed), info.id(), info.version(), level, seed,
                knobs.values(), prompt, Json.tree(puzzle), Json.tree(answer), bootcamp.render(answer), style.wireName());
    }

    /**
     * The case {@link #makeCase} makes, as the UTF-8 bytes of its JSON ({@link Json#write}) and a newline. Faster for
     * streams: the puzzle and answer are written as they are, without first becoming JSON trees.
     */
    public byte[] caseLine(Knobs knobs, int level, long seed, AnswerStyle style) {
        return line(knobs, level, seed, style).bytes();
    }

    /**
     * The one case writer: the case {@link #makeCase} makes, as its JSON line (the golden bytes) together with the fields
     * the other output formats read. Every path that writes a case (generate, the bridge, export, the cluster engines)
     * writes these bytes.
     */
    public CaseLine line(Knobs knobs, int level, long seed, AnswerStyle style) {
        P puzzle = generate(knobs, seed);
        A answer = bootcamp.solve(puzzle);
        String prompt = Cases.prompt(bootcamp.question(puzzle), style, info.answerShape());
        LineFields line = new LineFields(Cases.caseId(info.id(), info.version(), knobs.json(), seed), info.id(), info.version(), level, seed,
                knobs.values(), prompt, puzzle, answer, bootcamp.render(answer), style.wireName());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
        try {
            Json.writeValue(bytes, line);
        } catch (IOException e) {
            throw new GenerationException(info.id() + " cannot write the JSON of seed " + seed + ": " + e.getMessage(), e);
        }
        bytes.write('\n');
        Case summary = new Case(line.id(), line.bootcamp(), line.version(), level, seed, line.knobs(), prompt, null, null, null, line.style());
        return new CaseLine(summary, bytes.toByteArray());
    }

    /** {@link Case} with the puzzle and answer as objects: the same properties, order and inclusion. */
    @JsonPropertyOrder({"id", "bootcamp", "version", "level", "seed", "knobs", "prompt", "puzzle", "answer", "answer_text", "style"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record LineFields(
            @JsonProperty("id") String id,
            @JsonProperty("bootcamp") String bootcamp,
            @JsonProperty("version") int version,
            @JsonProperty("level") int level,
            @JsonProperty("seed") long seed,
            @JsonProperty("knobs") Map<String, Object> knobs,
            @JsonProperty("prompt") String prompt,
            @JsonProperty("puzzle") Object puzzle,
            @JsonProperty("answer") Object answer,
            @JsonProperty("answer_text") String answerText,
            @JsonProperty("style") String style) {}

    /** The knobs a case record names, validated against this bootcamp's declaration. */
    public Knobs knobs(Case record) {
        return Knobs.fromValues(info.knobs(), record.knobs());
    }

    /** The puzzle of a case record: read from it when present, regenerated from its spec otherwise. */
    public P puzzle(Case record) {
        checkVersion(record);
        if (record.puzzle() == null || record.puzzle().isNull()) {
            return generate(knobs(record), record.seed());
        }
        return readPuzzle(record.puzzle());
    }

    /** Regenerates from the spec and fails when the record's puzzle differs (tampered or from another version). */
    public P audit(Case record) {
        checkVersion(record);
        P puzzle = generate(knobs(record), record.seed());
        // Compare trees made the same way: JSON read from text has IntNodes where a fresh tree may have LongNodes.
        if (record.puzzle() != null && !record.puzzle().isNull() && !Json.tree(readPuzzle(record.puzzle())).equals(Json.tree(puzzle))) {
            throw new GenerationException("case " + record.id() + ": puzzle does not match what its spec generates");
        }
        return puzzle;
    }

    public P readPuzzle(JsonNode node) {
        return read(node, puzzleType, "puzzle");
    }

    public A readAnswer(JsonNode node) {
        return read(node, answerType, "answer");
    }

    public Score verify(P puzzle, String response, AnswerStyle style) {
        return verify(puzzle, response, style, DEFAULT_MAX_RESPONSE_CHARS);
    }

    /** The pipeline. Never throws for any response: a failure of the bootcamp itself is reported as MALFORMED. */
    public Score verify(P puzzle, String response, AnswerStyle style, int maxResponseChars) {
        if (response == null || response.isBlank()) {
            return Score.noAnswer("empty response");
        }
        String visible = Responses.stripReasoning(response);
        if (visible.length() > maxResponseChars) {
            return Score.malformed("response is " + visible.length() + " characters after reasoning, over the limit of "
                    + maxResponseChars);
        }
        Extraction extraction = Responses.extract(style, visible);
        if (!extraction.isFound()) {
            return Score.noAnswer(extraction.reason());
        }
        A answer;
        try {
            answer = bootcamp.parse(extraction.text());
        } catch (AnswerFormatException e) {
            return Score.malformed(e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return Score.malformed("parser error in " + info.id() + ": " + e);
        }
        if (answer == null) {
            return Score.malformed("no answer could be read");
        }
        try {
            return requireNonNull(bootcamp.check(puzzle, answer), "check returned null");
        } catch (RuntimeException | StackOverflowError e) {
            return Score.malformed("checker error in " + info.id() + ": " + e);
        }
    }

    public Score verify(Case record, String response) {
        return verify(puzzle(record), response, record.answerStyle());
    }

    private void checkVersion(Case record) {
        if (!record.bootcamp().equals(info.id())) {
            throw new GenerationException("case " + record.id() + " is for '" + record.bootcamp() + "', not '" + info.id() + "'");
        }
        if (record.version() != info.version()) {
            throw new GenerationException("case " + record.id() + " was made by " + info.id() + " version " + record.version()
                    + " but this is version " + info.version() + "; regenerate the cases");
        }
    }

    private <T> T read(JsonNode node, JavaType type, String what) {
        try {
            return Json.readerFor(type).readValue(node);
        } catch (IOException | IllegalArgumentException e) {
            throw new GenerationException("cannot read the " + what + " of " + info.id() + ": " + e.getMessage(), e);
        }
    }
}
