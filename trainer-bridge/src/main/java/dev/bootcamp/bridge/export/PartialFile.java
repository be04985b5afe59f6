package dev.bootcamp.bridge.export;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file written under a temporary name beside its target ({@code .NAME.<hex>.partial}) and renamed onto the target
 * by {@link #commit()}. Closing without committing, or the JVM exiting first (Ctrl-C), removes the temporary file,
 * so the target name only ever holds a complete file.
 */
public final class PartialFile implements AutoCloseable {
    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private final Thread cleanup;
    private boolean committed;

    private PartialFile(Path target, Path temporary, OutputStream stream) {
        this.target = target;
        this.temporary = temporary;
        this.stream = stream;
        this.cleanup = new Thread(this::deleteTemporary, "remove-partial-export");
    }

    /** Creates the temporary file; the target's folder must exist. */
    public static PartialFile create(Path target) throws IOException {
        Path absolute = requireNonNull(target, "target is null").toAbsolutePath();
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".partial");
        OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16);
        PartialFile file = new PartialFile(absolute, temporary, stream);
        Runtime.getRuntime().addShutdownHook(file.cleanup);
        return file;
    }

    public Path target() {
        return target;
    }

    /** The stream onto the temporary file; closing it early is harmless. */
    public OutputStream stream() {
        return stream;
    }

    /** Closes the stream and renames the temporary file onto the target, replacing any file there. */
    public void commit() throws IOException {
        stream.close();
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        try {
            stream.close();
        } finally {
            if (!committed) {
                deleteTemporary();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down; the hook runs anyway
            }
        }
    }

    private void deleteTemporary() {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // nothing more can be done while exiting; the name ends in .partial so nobody takes it for output
        }
    }
}
