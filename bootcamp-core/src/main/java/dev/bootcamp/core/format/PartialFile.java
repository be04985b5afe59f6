package dev.bootcamp.core.format;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file written under a temporary name beside its target ({@code .NAME.<pid>-<start>-<hex>.partial}, naming the
 * process that writes it) and renamed onto the target by {@link #commit()}. Closing without committing, or the JVM
 * exiting first (Ctrl-C), removes the temporary file, so the target name only ever holds a complete file. A process
 * killed outright ({@code kill -9}) cannot clean up: the next {@link #create} for the same target removes the temporary
 * files of that target whose process is gone, and those of the older unnamed form ({@code .NAME.<hex>.partial}).
 */
public final class PartialFile implements AutoCloseable {
    private static final String SUFFIX = ".partial";

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
        removeLeftovers(absolute);
        ProcessHandle self = ProcessHandle.current();
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + self.pid() + "-" + startMillis(self) + "-"
                + Long.toHexString(System.nanoTime()) + SUFFIX);
        OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16);
        PartialFile file = new PartialFile(absolute, temporary, stream);
        Runtime.getRuntime().addShutdownHook(file.cleanup);
        return file;
    }

    /**
     * Removes the temporary files of {@code target} left by processes that are gone (or by an older version, which did
     * not name its process), and returns how many. A live process's files, this one's included, are kept.
     */
    public static int removeLeftovers(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return 0;
        }
        String prefix = "." + absolute.getFileName() + ".";
        Pattern named = Pattern.compile("([0-9]{1,18})-([0-9]{1,18})-[0-9a-f]{1,16}");
        Pattern unnamed = Pattern.compile("[0-9a-f]{1,16}");
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, entry -> entry.getFileName().toString().startsWith(prefix))) {
            for (Path entry : entries) {
                String file = entry.getFileName().toString();
                if (!file.endsWith(SUFFIX) || file.length() < prefix.length() + SUFFIX.length()) {
                    continue;
                }
                String middle = file.substring(prefix.length(), file.length() - SUFFIX.length());
                Matcher matcher = named.matcher(middle);
                boolean orphan = matcher.matches() ? !alive(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))) : unnamed.matcher(middle).matches();
                if (orphan && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(entry)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    private static boolean alive(long pid, long start) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        // A pid the system gave to another process since (a different start time) does not keep the file.
        return process.isPresent() && (startMillis(process.get()) == start || startMillis(process.get()) == 0);
    }

    /** When the process started, in epoch milliseconds, or 0 where the system does not say. */
    private static long startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
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
