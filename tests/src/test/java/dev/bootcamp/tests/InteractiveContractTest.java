package dev.bootcamp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.Interactive;
import dev.bootcamp.core.InteractiveCatalog;
import dev.bootcamp.testkit.Conformance;
import dev.bootcamp.testkit.ConformanceReport;
import dev.bootcamp.testkit.EpisodeConformance;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The episode contract over every interactive bootcamp: one container per bootcamp, one test per law. */
class InteractiveContractTest {
    @TestFactory
    Stream<DynamicNode> everyInteractiveBootcampPassesEveryLaw() throws Exception {
        InteractiveCatalog catalog = InteractiveCatalog.load();
        Conformance.Options options = Conformance.Options.defaults().withSeedsPerLevel(Integer.getInteger("contract.seeds", 20));
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<ConformanceReport>> reports = new ArrayList<>();
            for (String id : catalog.ids()) {
                Class<?> type = catalog.get(id).getClass();
                reports.add(pool.submit(() -> EpisodeConformance.check(() -> fresh(type), options)));
            }
            List<DynamicNode> nodes = new ArrayList<>();
            for (Future<ConformanceReport> report : reports) {
                nodes.add(DynamicContainer.dynamicContainer(report.get().bootcamp(), KnownOffenders.lawTests(report.get())));
            }
            return nodes.stream();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theCatalogueHasInteractiveBootcamps() {
        assertThat(InteractiveCatalog.load().ids()).contains("mastermind", "bulls-and-cows", "number-guessing");
    }

    private static Interactive<?> fresh(Class<?> type) {
        try {
            return (Interactive<?>) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
