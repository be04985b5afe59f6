package dev.bootcamp.bridge.server;

import static java.util.Objects.requireNonNull;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How the bridge server runs, and the limits that keep one client from starving the others.
 *
 * @param host address to bind; loopback by default
 * @param port 0 picks a free port
 * @param token bearer token required on every request but /healthz; required when the host is not loopback
 * @param maxBodyBytes request bodies larger than this get 413, counted as bytes read (chunked or not)
 * @param maxCasesPerRequest larger case requests get 400
 * @param threads threads that make the cases of one stream; its bytes are the same for any number
 * @param maxGenerationMillis generation work one request may ask for (summed over threads); a request whose estimate
 *     or whose running total is over it gets 422
 * @param idleTimeoutMillis a connection that sends or takes nothing for this long is closed
 * @param bodyTimeoutMillis longest time one request may take to send its body; slower ones get 408
 * @param bodyReaders requests that may be sending their bodies at once; more get 503 at once, so slow senders cannot
 *     take every server thread
 */
public record ServerOptions(String host, int port, String token, long maxBodyBytes, int maxCasesPerRequest, int threads,
        long maxGenerationMillis, long idleTimeoutMillis, long bodyTimeoutMillis, int bodyReaders) {
    public static final long DEFAULT_MAX_GENERATION_MILLIS = 120_000;
    public static final long DEFAULT_IDLE_TIMEOUT_MILLIS = 10_000;
    public static final long DEFAULT_BODY_TIMEOUT_MILLIS = 60_000;
    public static final int DEFAULT_BODY_READERS = 64;

    public ServerOptions {
        requireNonNull(host, "host is null");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in 0..65535, found " + port);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, found " + threads);
        }
        if (maxGenerationMillis < 1 || idleTimeoutMillis < 1 || bodyTimeoutMillis < 1) {
            throw new IllegalArgumentException("the generation budget and the timeouts must be positive, found " + maxGenerationMillis + ", "
                    + idleTimeoutMillis + " and " + bodyTimeoutMillis + " ms");
        }
        if (bodyReaders < 1) {
            throw new IllegalArgumentException("body readers must be at least 1, found " + bodyReaders);
        }
    }

    /** The default budget, timeouts and body readers. */
    public ServerOptions(String host, int port, String token, long maxBodyBytes, int maxCasesPerRequest, int threads) {
        this(host, port, token, maxBodyBytes, maxCasesPerRequest, threads, DEFAULT_MAX_GENERATION_MILLIS, DEFAULT_IDLE_TIMEOUT_MILLIS,
                DEFAULT_BODY_TIMEOUT_MILLIS, DEFAULT_BODY_READERS);
    }

    /** One stream thread per processor. */
    public ServerOptions(String host, int port, String token, long maxBodyBytes, int maxCasesPerRequest) {
        this(host, port, token, maxBodyBytes, maxCasesPerRequest, Runtime.getRuntime().availableProcessors());
    }

    public static ServerOptions loopback(int port) {
        return new ServerOptions("127.0.0.1", port, null, 64L << 20, 100_000);
    }

    public ServerOptions withMaxGenerationMillis(long millis) {
        return new ServerOptions(host, port, token, maxBodyBytes, maxCasesPerRequest, threads, millis, idleTimeoutMillis, bodyTimeoutMillis, bodyReaders);
    }

    public ServerOptions withTimeouts(long idleMillis, long bodyMillis) {
        return new ServerOptions(host, port, token, maxBodyBytes, maxCasesPerRequest, threads, maxGenerationMillis, idleMillis, bodyMillis, bodyReaders);
    }

    public ServerOptions withBodyReaders(int readers) {
        return new ServerOptions(host, port, token, maxBodyBytes, maxCasesPerRequest, threads, maxGenerationMillis, idleTimeoutMillis, bodyTimeoutMillis, readers);
    }

    /**
     * Whether binding to the host keeps the bridge on this machine: true only when the host resolves and every address
     * it resolves to is a loopback address. A name is judged by what it resolves to, never by how it is spelt.
     */
    public boolean isLoopback() {
        if (host.isBlank()) {
            return false;
        }
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            if (addresses.length == 0) {
                return false;
            }
            for (InetAddress address : addresses) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }
}
