package dev.bootcamp.cli;

import dev.bootcamp.api.Names;
import dev.bootcamp.bridge.curriculum.Curriculum;
import dev.bootcamp.bridge.curriculum.CurriculumConfig;
import dev.bootcamp.bridge.server.BridgeServer;
import dev.bootcamp.bridge.server.ServerOptions;
import dev.bootcamp.core.Catalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bootcamp serve}: the HTTP bridge for trainers, until Ctrl-C or SIGTERM, which write the curriculum state, then
 * give requests in flight up to 10 s, then write the state again.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve cases, verification, curriculum and trainer reward endpoints over HTTP (loopback by default).",
                "Interactive bootcamps are played over OpenEnv's protocol under /openenv/ID (WebSocket /ws; HTTP /reset, /step, /state).",
                "Endpoints: GET /v1/bootcamps, POST /v1/cases, GET /v1/cases/stream, POST /v1/verify, GET|POST /v1/curriculum,"
                        + " POST /openrlhf/reward (also /get_reward), POST /slime/reward, GET /healthz, GET /metrics.",
                "Limits: bodies over --max-body-bytes get 413 (chunked too); a request over --max-generation-seconds of generation"
                        + " gets 422 (a stream already under way ends with an {\"error\": ...} line); a stream stops when its client goes away;"
                        + " more than --body-readers slow senders get 503; bodies slower than --body-timeout get 408.",
                "SIGTERM writes the curriculum state before it stops; a kill -9 loses only the counts since the last level move."},
        footer = {"", "Examples:", "  bootcamp serve --port 8787",
                "  bootcamp serve --host 0.0.0.0 --port 8787 --token s3cret --curriculum-state run/curriculum.json"})
final class ServeCommand implements Callable<Integer> {
    private final Catalog catalog;

    @Spec
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8787", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--token", paramLabel = "T", description = "Bearer token; required when --host is not loopback (default: $BOOTCAMP_TOKEN).")
    String token;

    @Option(names = "--curriculum-state", paramLabel = "FILE", description = "Where the curriculum state is saved and restored from.")
    Path stateFile;

    @Option(names = "--curriculum-mode", paramLabel = "MODE", defaultValue = "band",
            description = "band (keep the pass rate in --band) or ratchet (promote at --promote-at, never demote).")
    String mode;

    @Option(names = "--band", paramLabel = "LOW,HIGH", defaultValue = "0.3,0.7", split = ",", description = "Target pass-rate band (default: ${DEFAULT-VALUE}).")
    double[] band;

    @Option(names = "--promote-at", paramLabel = "X", defaultValue = "0.9", description = "Ratchet mode: accuracy that promotes (default: ${DEFAULT-VALUE}).")
    double promoteAt;

    @Option(names = "--min-samples", paramLabel = "N", defaultValue = "64", description = "Results at a level before it may move (default: ${DEFAULT-VALUE}).")
    int minSamples;

    @Option(names = "--window", paramLabel = "W", defaultValue = "1", description = "Cases come from the W most recent levels (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--start-level", paramLabel = "L", defaultValue = "1", description = "Level every bootcamp starts at (default: ${DEFAULT-VALUE}).")
    int startLevel;

    @Option(names = "--threads", paramLabel = "N", description = "Threads that make the cases of one stream (default: one per processor).")
    Integer threads;

    @Option(names = "--max-body-bytes", paramLabel = "N", defaultValue = "67108864",
            description = "Largest request body, counted as bytes read, chunked or not; larger get 413 (default: ${DEFAULT-VALUE}).")
    long maxBodyBytes;

    @Option(names = "--max-generation-seconds", paramLabel = "S", defaultValue = "120",
            description = "Generation work one request may ask for (estimated from its first cases, then counted); more gets 422 (default: ${DEFAULT-VALUE}).")
    long maxGenerationSeconds;

    @Option(names = "--idle-timeout", paramLabel = "S", defaultValue = "10", description = "Close a connection idle this long (default: ${DEFAULT-VALUE}).")
    long idleTimeoutSeconds;

    @Option(names = "--body-timeout", paramLabel = "S", defaultValue = "60",
            description = "Longest time a request may take to send its body; slower get 408 (default: ${DEFAULT-VALUE}).")
    long bodyTimeoutSeconds;

    @Option(names = "--body-readers", paramLabel = "N", defaultValue = "64",
            description = "Requests that may be sending their bodies at once; more get 503 at once (default: ${DEFAULT-VALUE}).")
    int bodyReaders;

    ServeCommand(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() throws Exception {
        if (band.length != 2) {
            throw new UsageException("--band takes two numbers, LOW,HIGH");
        }
        Curriculum curriculum = new Curriculum(new CurriculumConfig(mode, band[0], band[1], promoteAt, minSamples, window, startLevel), stateFile);
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1 || threadCount > 256) {
            throw new UsageException("--threads must be in 1..256, found " + threadCount);
        }
        if (maxBodyBytes < 1 || maxGenerationSeconds < 1 || idleTimeoutSeconds < 1 || bodyTimeoutSeconds < 1 || bodyReaders < 1) {
            throw new UsageException("--max-body-bytes, --max-generation-seconds, --idle-timeout, --body-timeout and --body-readers must be at least 1");
        }
        String bearer = token != null ? token : System.getenv("BOOTCAMP_TOKEN");
        BridgeServer server;
        try {
            server = new BridgeServer(catalog, curriculum, new ServerOptions(host, port, bearer, maxBodyBytes, 100_000, threadCount,
                    maxGenerationSeconds * 1000, idleTimeoutSeconds * 1000, bodyTimeoutSeconds * 1000, bodyReaders)).start();
        } catch (RuntimeException e) {
            if (e instanceof dev.bootcamp.api.ConfigurationException) {
                throw e;
            }
            throw new UsageException("cannot listen on " + host + ":" + port + ": " + e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        PrintWriter err = spec.commandLine().getErr();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (RuntimeException e) {
                // The state was written before the stop; say why the stop was cut short, in one line.
                err.println("bootcamp bridge: " + Names.firstLine(String.valueOf(e.getMessage())));
                err.flush();
            } finally {
                stopped.countDown();
            }
        }, "bridge-shutdown"));
        spec.commandLine().getErr().printf("bootcamp bridge listening on http://%s:%d (%d bootcamps)%s%n", host, server.port(), catalog.size(),
                stateFile == null ? "" : ", curriculum state in " + stateFile);
        spec.commandLine().getErr().flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
