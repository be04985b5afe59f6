package dev.bootcamp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootcamp.cli.Main;
import dev.bootcamp.cli.Terminal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/CATALOG.md is what {@code bootcamp list --markdown} prints now; regenerate it with that command. */
class CatalogDocTest {
    @Test
    void catalogPageIsCurrent() throws IOException {
        StringWriter out = new StringWriter();
        int code = Main.run(new String[] {"list", "--markdown"}, new PrintWriter(out), new PrintWriter(new StringWriter()), new Terminal(false));
        assertThat(code).isZero();
        String page = Files.readString(Path.of("../docs/CATALOG.md"), StandardCharsets.UTF_8);
        assertThat(page.replace("\r\n", "\n"))
                .as("docs/CATALOG.md is out of date; run: ./bootcamp list --markdown > docs/CATALOG.md")
                .isEqualTo(out.toString().replace("\r\n", "\n"));
    }
}
