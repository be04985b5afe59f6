package dev.bootcamp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.Bootcamp;
import dev.bootcamp.api.Catalog;
import dev.bootcamp.api.Conformance;
import dev.bootcamp.api.ConformanceReport;
import dev.bootcamp.api.Law;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract over the whole catalogue: one container per bootcamp, one test per law, so a failure reads
 * {@code sudoku › gold passes} with every failing level and seed in the message. Reports are computed in parallel up
 * front. {@code -Dcontract.seeds=N} sets the cases per level (default 20).
 */
class CatalogContractTest {
    @TestFactory
    Stream<DynamicNode> everyBootcampPassesEveryLaw() throws Exception {
        Catalog catalog = Catalog.load();
        Conformance.Options options = Conformance.Options.defaults().withSeedsPerLevel(Integer.getInteger("contract.seeds", 20));
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<Future<ConformanceReport>> reports = new ArrayList<>();
        try {
            for (Bootcamp<?, ?> bootcamp : catalog.all()) {
                reports.add(pool.submit(() -> check(bootcamp, options)));
            }
            List<DynamicNode> nodes = new ArrayList<>();
            for (Future<ConformanceReport> future : reports) {
                ConformanceReport report = future.get();
                List<DynamicTest> laws = Stream.of(Law.values()).map(law -> DynamicTest.dynamicTest(law.title(), () ->
                        assertThat(report.failures(law)).as(report.bootcamp() + " › " + law.title() + "\n"
                                + report.failures(law).stream().map(Object::toString).collect(Collectors.joining("\n"))).isEmpty()))
                        .toList();
                nodes.add(DynamicContainer.dynamicContainer(report.bootcamp(), laws));
            }
            return nodes.stream();
        } finally {
            pool.shutdown();
        }
    }

    @SuppressWarnings("unchecked")
    private static ConformanceReport check(Bootcamp<?, ?> bootcamp, Conformance.Options options) {
        return Conformance.check((Class<? extends Bootcamp<?, ?>>) bootcamp.getClass(), options);
    }
}
