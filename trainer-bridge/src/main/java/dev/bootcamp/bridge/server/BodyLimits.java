package dev.bootcamp.bridge.server;

import dev.bootcamp.api.Names;
import dev.bootcamp.core.Json;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Limits on request bodies, applied below every route: the size counts the bytes actually read, so a chunked body
 * (which declares no length) meets the same limit as one with a Content-Length; a body must arrive within the body
 * timeout; and only so many requests may be sending bodies at once, so that clients which never finish their bodies
 * hold a bounded number of server threads and the rest (health checks included) are still served.
 */
final class BodyLimits implements Filter {
    private final long maxBytes;
    private final long timeoutNanos;
    private final Semaphore readers;
    private final int readerCount;

    BodyLimits(ServerOptions options) {
        this.maxBytes = options.maxBodyBytes();
        this.timeoutNanos = options.bodyTimeoutMillis() * 1_000_000;
        this.readerCount = options.bodyReaders();
        this.readers = new Semaphore(readerCount);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (http.getContentLengthLong() == 0 || (http.getContentLengthLong() < 0 && http.getHeader("Transfer-Encoding") == null)) {
            chain.doFilter(request, response);
            return;
        }
        if (http.getContentLengthLong() > maxBytes) {
            refuse((HttpServletResponse) response, 413, "the request body is " + http.getContentLengthLong() + " bytes, over the limit of " + maxBytes
                    + " (serve --max-body-bytes)");
            return;
        }
        if (!readers.tryAcquire()) {
            refuse((HttpServletResponse) response, 503, readerCount + " requests are already sending their bodies; try again shortly");
            return;
        }
        AtomicBoolean held = new AtomicBoolean(true);
        Runnable release = () -> {
            if (held.getAndSet(false)) {
                readers.release();
            }
        };
        try {
            chain.doFilter(new Limited(http, new LimitedInput(http.getInputStream(), release)), response);
        } finally {
            release.run();
        }
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType("application/json");
        response.getOutputStream().write(Json.write(Map.of("error", message)).getBytes(StandardCharsets.UTF_8));
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final ServletInputStream input;

        Limited(HttpServletRequest request, ServletInputStream input) {
            super(request);
            this.input = input;
        }

        @Override
        public ServletInputStream getInputStream() {
            return input;
        }
    }

    /** Counts bytes as they are read; past the limit or the deadline the read fails with 413 or 408. */
    private final class LimitedInput extends ServletInputStream {
        private final ServletInputStream input;
        private final Runnable release;
        private final long deadline = System.nanoTime() + timeoutNanos;
        private long read;

        LimitedInput(ServletInputStream input, Runnable release) {
            this.input = input;
            this.release = release;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int count = read(one, 0, 1);
            return count < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (System.nanoTime() - deadline > 0) {
                throw tooSlow();
            }
            int count;
            try {
                count = input.read(buffer, offset, (int) Math.min(length, maxBytes - read + 1));
            } catch (IOException e) {
                // An idle timeout or a dropped connection while the body was still arriving.
                throw new HttpResponseException(408, "the request body stopped arriving: " + Names.firstLine(String.valueOf(e)));
            }
            if (count < 0) {
                release.run();
                return count;
            }
            read += count;
            if (read > maxBytes) {
                throw new HttpResponseException(413, "the request body is over the limit of " + maxBytes + " bytes (serve --max-body-bytes)");
            }
            if (System.nanoTime() - deadline > 0) {
                throw tooSlow();
            }
            return count;
        }

        private HttpResponseException tooSlow() {
            return new HttpResponseException(408, "the request body did not arrive within " + timeoutNanos / 1_000_000_000 + " s (serve --body-timeout)");
        }

        @Override
        public boolean isFinished() {
            return input.isFinished();
        }

        @Override
        public boolean isReady() {
            return input.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            input.setReadListener(listener);
        }
    }
}
