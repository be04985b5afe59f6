package dev.bootcamp.bridge.server;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Counters served at {@code /metrics} in the Prometheus text format. */
final class Metrics {
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    final LongAdder casesGenerated = new LongAdder();
    final LongAdder responsesVerified = new LongAdder();
    final LongAdder verifyNanos = new LongAdder();
    final LongAdder generateNanos = new LongAdder();
    final AtomicLong inFlight = new AtomicLong();

    void request(String route) {
        requests.computeIfAbsent(route, key -> new LongAdder()).increment();
    }

    void status(int status) {
        statuses.computeIfAbsent(status, key -> new LongAdder()).increment();
    }

    String render(int curriculumBootcamps) {
        StringBuilder text = new StringBuilder();
        text.append("# TYPE bootcamp_requests_total counter\n");
        new TreeMap<>(requests).forEach((route, count) -> text.append("bootcamp_requests_total{route=\"").append(route).append("\"} ").append(count.sum()).append('\n'));
        text.append("# TYPE bootcamp_responses_total counter\n");
        new TreeMap<>(statuses).forEach((status, count) -> text.append("bootcamp_responses_total{status=\"").append(status).append("\"} ").append(count.sum()).append('\n'));
        text.append("# TYPE bootcamp_cases_generated_total counter\nbootcamp_cases_generated_total ").append(casesGenerated.sum()).append('\n');
        text.append("# TYPE bootcamp_generate_seconds_total counter\nbootcamp_generate_seconds_total ").append(generateNanos.sum() / 1e9).append('\n');
        text.append("# TYPE bootcamp_responses_verified_total counter\nbootcamp_responses_verified_total ").append(responsesVerified.sum()).append('\n');
        text.append("# TYPE bootcamp_verify_seconds_total counter\nbootcamp_verify_seconds_total ").append(verifyNanos.sum() / 1e9).append('\n');
        text.append("# TYPE bootcamp_requests_in_flight gauge\nbootcamp_requests_in_flight ").append(inFlight.get()).append('\n');
        text.append("# TYPE bootcamp_curriculum_bootcamps gauge\nbootcamp_curriculum_bootcamps ").append(curriculumBootcamps).append('\n');
        return text.toString();
    }
}
