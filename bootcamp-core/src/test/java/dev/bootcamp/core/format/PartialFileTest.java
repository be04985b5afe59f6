package dev.bootcamp.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary files: renamed into place when complete, and those a killed process left removed by the next writer of that target. */
class PartialFileTest {
    @TempDir
    Path folder;

    /** The pid of a process that has ended, so that no process holds it (a pid is reused only much later). */
    private static long endedPid() throws Exception {
        Process process = new ProcessBuilder("java", "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor();
        long pid = process.pid();
        assertThat(ProcessHandle.of(pid)).as("pid " + pid + " after its process ended").isEmpty();
        return pid;
    }

    private static long startMillis() {
        return ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli();
    }

    private Path touch(String name) throws IOException {
        return Files.writeString(folder.resolve(name), "torn", StandardCharsets.UTF_8);
    }

    private String[] names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void aCommittedFileAppearsUnderItsNameAndNothingElseRemains() throws IOException {
        Path target = folder.resolve("cases.jsonl");
        try (PartialFile file = PartialFile.create(target)) {
            assertThat(names()).singleElement().asString().startsWith(".cases.jsonl." + ProcessHandle.current().pid() + "-").endsWith(".partial");
            file.stream().write("{}\n".getBytes(StandardCharsets.UTF_8));
            file.commit();
        }
        assertThat(names()).containsExactly("cases.jsonl");
    }

    @Test
    void leftoversOfEndedProcessesAndOfTheOlderFormGoLiveOnesAndOtherTargetsStay() throws Exception {
        long ended = endedPid();
        long self = ProcessHandle.current().pid();
        touch(".cases.jsonl." + ended + "-" + startMillis() + "-1a2b.partial");
        touch(".cases.jsonl.17f3c2a9be.partial");
        touch(".cases.jsonl." + self + "-" + (startMillis() + 1) + "-99.partial");
        Path live = touch(".cases.jsonl." + self + "-" + startMillis() + "-3c.partial");
        Path otherTarget = touch(".cases.jsonl.gz." + ended + "-" + startMillis() + "-1a2b.partial");
        Path notOurs = touch(".cases.jsonl.notes.partial");
        Path target = touch("cases.jsonl");

        assertThat(PartialFile.removeLeftovers(folder.resolve("cases.jsonl"))).isEqualTo(3);

        assertThat(names()).containsExactly(live.getFileName().toString(), otherTarget.getFileName().toString(), notOurs.getFileName().toString(),
                target.getFileName().toString());
    }

    @Test
    void creatingTheSameTargetAgainRemovesWhatAKilledRunLeft() throws Exception {
        touch(".train.parquet." + endedPid() + "-" + startMillis() + "-1a2b.partial");
        try (PartialFile file = PartialFile.create(folder.resolve("train.parquet"))) {
            file.commit();
        }
        assertThat(names()).containsExactly("train.parquet");
    }
}
