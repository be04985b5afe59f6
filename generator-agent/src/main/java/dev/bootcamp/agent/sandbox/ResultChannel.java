package dev.bootcamp.agent.sandbox;

import dev.bootcamp.core.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The parent's end of the child's pipes: it writes the nonce and the request to the child's standard input, and reads
 * the child's standard output (at most {@code limit} bytes kept, the rest drained and dropped) on threads of its own,
 * so a child that floods or never reads cannot block the parent. {@link #result} accepts exactly one line that starts
 * with the nonce.
 */
final class ResultChannel {
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final Thread feeder;
    private final Thread reader;
    private volatile boolean overflowed;

    ResultChannel(Process process, byte[] input, long limit) {
        feeder = start("sandbox-input", () -> {
            try (OutputStream in = process.getOutputStream()) {
                in.write(input);
            } catch (IOException e) {
                // The child ended before it read its request; its missing result says so.
            }
        });
        reader = start("sandbox-result", () -> {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream out = process.getInputStream()) {
                for (int read = out.read(buffer); read >= 0; read = out.read(buffer)) {
                    synchronized (received) {
                        if (received.size() + read <= limit) {
                            received.write(buffer, 0, read);
                        } else {
                            overflowed = true;
                        }
                    }
                }
            } catch (IOException e) {
                // The pipe closed with the child; what arrived is all there is.
            }
        });
    }

    private static Thread start(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** The child's result, once its process has ended; {@code missing} is the problem reported when there is none. */
    SandboxRunner.Outcome result(String nonce, String missing) throws InterruptedException {
        feeder.join(TimeUnit.SECONDS.toMillis(30));
        reader.join(TimeUnit.SECONDS.toMillis(30));
        if (overflowed) {
            return new SandboxRunner.Outcome(null, "the candidate's process wrote more than the result limit", false);
        }
        String text;
        synchronized (received) {
            text = received.toString(StandardCharsets.UTF_8);
        }
        String prefix = nonce + " ";
        List<String> lines = text.lines().filter(line -> line.startsWith(prefix)).toList();
        if (lines.isEmpty()) {
            return new SandboxRunner.Outcome(null, missing, false);
        }
        if (lines.size() > 1) {
            return new SandboxRunner.Outcome(null, "the candidate's process wrote " + lines.size() + " results; none is trusted", false);
        }
        try {
            return new SandboxRunner.Outcome(Json.read(lines.get(0).substring(prefix.length()), SandboxResult.class), "", false);
        } catch (IOException | RuntimeException e) {
            return new SandboxRunner.Outcome(null, "the candidate's process wrote an unreadable result", false);
        }
    }
}
