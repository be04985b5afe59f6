package dev.bootcamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BootcampCommandTest {
    @Test
    void aCommandLineBuildsOnlyTheSubcommandItNames() {
        assertThat(BootcampCommand.needed(new String[] {"list", "--domain", "math"})).containsExactly(ListCommand.class);
        assertThat(BootcampCommand.needed(new String[] {"--plugins", "list", "generate", "sudoku"})).containsExactly(GenerateCommand.class);
        assertThat(BootcampCommand.needed(new String[] {"-v", "--plugins=dir", "verify", "--help"})).containsExactly(VerifyCommand.class);
    }

    @Test
    void helpTyposAndNoCommandBuildThemAllAndAVersionRequestNone() {
        assertThat(BootcampCommand.needed(new String[] {})).isEqualTo(BootcampCommand.SUBCOMMANDS);
        assertThat(BootcampCommand.needed(new String[] {"--help"})).isEqualTo(BootcampCommand.SUBCOMMANDS);
        assertThat(BootcampCommand.needed(new String[] {"lst"})).isEqualTo(BootcampCommand.SUBCOMMANDS);
        assertThat(BootcampCommand.needed(new String[] {"--version"})).isEmpty();
    }

    @Test
    void everySubcommandHasADistinctName() {
        assertThat(BootcampCommand.SUBCOMMANDS.stream().map(type -> type.getAnnotation(picocli.CommandLine.Command.class).name()))
                .doesNotHaveDuplicates().hasSize(14);
    }
}
