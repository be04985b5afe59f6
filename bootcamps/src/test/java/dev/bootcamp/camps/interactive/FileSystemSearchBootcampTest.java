package dev.bootcamp.camps.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.api.Turn;
import dev.bootcamp.api.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileSystemSearchBootcampTest {
    private final FileSystemSearchBootcamp bootcamp = new FileSystemSearchBootcamp();
    // / holds docs/ and a.txt (100 bytes); /docs/ holds old/ and b.md (250 bytes); /docs/old/ holds c.log (40 bytes, code 31337).
    private final List<String> directories = List.of("/", "/docs/", "/docs/old/");
    private final FileSystemSearchBootcamp.State findC = new FileSystemSearchBootcamp.State(directories, List.of(0, 1, 2),
            List.of("a.txt", "b.md", "c.log"), List.of(100, 250, 40), List.of(11111, 22222, 31337), 2, 0, 0, "", 7);

    @Test
    void lsListsSubdirectoriesAndFilesAndCatReadsAFile() {
        assertThat(bootcamp.act(findC, "ls /").observation()).isEqualTo("/: a.txt (100 bytes), docs/");
        assertThat(bootcamp.act(findC, "ls docs").observation()).isEqualTo("/docs/: b.md (250 bytes), old/");
        assertThat(bootcamp.act(findC, "cat /docs/old/c.log").observation()).isEqualTo("/docs/old/c.log says: the code is 31337.");
        assertThat(bootcamp.act(findC, "ls /nowhere/").observation()).isEqualTo("No directory \"/nowhere/\". List one such as \"ls /\".");
        assertThat(bootcamp.act(findC, "cat c.log").observation()).startsWith("No file \"/c.log\".");
        assertThat(bootcamp.act(findC, "rm -rf /").observation()).startsWith("Unreadable command");
        assertThat(bootcamp.act(findC, "ls " + "/".repeat(1900)).state()).isEqualTo(findC.called());
    }

    @Test
    void theExpertWalksDownToTheFile() {
        assertThat(FileSystemSearchBootcamp.plan(findC)).containsExactly("ls /", "ls /docs/", "ls /docs/old/", "cat /docs/old/c.log");
        Turn<FileSystemSearchBootcamp.State> won = bootcamp.act(findC, "answer 31337");
        assertThat(won.done()).isTrue();
        assertThat(bootcamp.outcome(won.state()).verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(bootcamp.outcome(bootcamp.act(findC, "answer 22222").state()).verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void aTotalCountsEveryFileBelowTheDirectory() {
        FileSystemSearchBootcamp.State total = new FileSystemSearchBootcamp.State(directories, List.of(0, 1, 2),
                List.of("a.txt", "b.md", "c.log"), List.of(100, 250, 40), List.of(11111, 22222, 31337), -1, 1, 0, "", 6);
        assertThat(FileSystemSearchBootcamp.solution(total)).isEqualTo(290);
        assertThat(FileSystemSearchBootcamp.question(total)).isEqualTo(
                "What is the total size, in bytes, of all the files in /docs/ and in every directory below it?");
        assertThat(bootcamp.act(total, "calc 250 + 40").observation()).isEqualTo("calc: 290");
        assertThat(bootcamp.outcome(bootcamp.act(total, "answer 390").state()).detail()).isEqualTo("answered 390; the answer was 290");
    }
}
