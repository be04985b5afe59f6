package dev.bootcamp.bridge.server;

import static java.util.Objects.requireNonNull;

/**
 * How the bridge server runs.
 *
 * @param host address to bind; loopback by default
 * @param port 0 picks a free port
 * @param token bearer token required on every request but /healthz; required when the host is not loopback
 * @param maxBodyBytes larger request bodies get 413
 * @param maxCasesPerRequest larger case requests get 400
 * @param threads threads that make the cases of one stream; its bytes are the same for any number
 */
public record ServerOptions(String host, int port, String token, long maxBodyBytes, int maxCasesPerRequest, int threads) {
    public ServerOptions {
        requireNonNull(host, "host is null");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in 0..65535, found " + port);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, found " + threads);
        }
    }

    /** One stream thread per processor. */
    public ServerOptions(String host, int port, String token, long maxBodyBytes, int maxCasesPerRequest) {
        this(host, port, token, maxBodyBytes, maxCasesPerRequest, Runtime.getRuntime().availableProcessors());
    }

    public static ServerOptions loopback(int port) {
        return new ServerOptions("127.0.0.1", port, null, 64L << 20, 100_000);
    }

    public boolean isLoopback() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.startsWith("127.");
    }
}
