package dev.bootcamp.core;

import static java.util.Objects.requireNonNull;

/**
 * One case as the one case writer wrote it ({@link TypedBootcamp#line}).
 *
 * @param summary the case without its puzzle, answer and answer text (which are only in {@code bytes}): what the
 *     other output formats read (id, spec, prompt)
 * @param bytes the case's JSON and a newline, UTF-8: the bytes {@code generate} writes and the golden hashes pin; not
 *     copied, so do not change them
 */
public record CaseLine(Case summary, byte[] bytes) {
    public CaseLine {
        requireNonNull(summary, "summary is null");
        requireNonNull(bytes, "bytes is null");
    }
}
