package dev.bootcamp.core;

import dev.bootcamp.api.AnswerStyle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** Case ids and the prompt layout shared by every bootcamp. */
public final class Cases {
    private Cases() {}

    /** {@code bootcamp/v<version>/<16 hex digits of SHA-256 over the spec>}. */
    public static String caseId(String bootcamp, int version, Map<String, Object> knobs, long seed) {
        return caseId(bootcamp, version, Json.write(new TreeMap<>(knobs)), seed);
    }

    /** The same, with the knobs already written as canonical JSON (sorted keys). */
    public static String caseId(String bootcamp, int version, String knobsJson, long seed) {
        String spec = bootcamp + '\n' + version + '\n' + knobsJson + '\n' + seed;
        return bootcamp + "/v" + version + "/" + HexFormat.of().formatHex(sha256(spec.getBytes(StandardCharsets.UTF_8)), 0, 8);
    }

    /** The question followed by the style's closing instruction. */
    public static String prompt(String question, AnswerStyle style, String answerShape) {
        return question.strip() + "\n\n" + style.instruction(answerShape);
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
