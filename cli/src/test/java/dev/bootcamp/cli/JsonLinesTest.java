package dev.bootcamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines are bytes decoded one by one: a line that is not UTF-8 is reported by number and the others are read. */
class JsonLinesTest {
    private final List<String> seen = new ArrayList<>();
    private final List<String> bad = new ArrayList<>();

    private void read(byte[] bytes) throws Exception {
        JsonLines.read(new ByteArrayInputStream(bytes), (number, node) -> seen.add(number + " " + node.get("n").asText()),
                (number, reason) -> bad.add(number + " " + reason));
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            byte[] chunk = part instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : (byte[]) part;
            out.writeBytes(chunk);
        }
        return out.toByteArray();
    }

    @Test
    void aLineWithBytesThatAreNotUtf8IsReportedAndTheRestAreRead() throws Exception {
        read(bytes("{\"n\": \"one\"}\n{\"n\": \"", new byte[] {(byte) 0xff}, "\"}\n{\"n\": \"thr\u00e9e\"}\n"));
        assertThat(seen).containsExactly("1 one", "3 thr\u00e9e");
        assertThat(bad).containsExactly("2 not valid UTF-8 (byte 0xff at byte 8 of the line)");
    }

    @Test
    void aTruncatedSequenceAnOverlongFormAndASurrogateAreNotUtf8() throws Exception {
        read(bytes("{\"n\": \"", new byte[] {(byte) 0xe2, (byte) 0x82}, "\"}\n", "{\"n\": \"", new byte[] {(byte) 0xc0, (byte) 0xaf}, "\"}\n",
                "{\"n\": \"", new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, "\"}\n", "{\"n\": \"ok\"}"));
        assertThat(bad).extracting(line -> line.substring(0, 1)).containsExactly("1", "2", "3");
        assertThat(bad).allSatisfy(line -> assertThat(line).contains("not valid UTF-8"));
        assertThat(seen).containsExactly("4 ok");
    }

    @Test
    void crlfBlankLinesALastLineWithoutNewlineAndLongLinesKeepTheirNumbers() throws Exception {
        String longValue = "x".repeat(200_000);
        read(bytes("{\"n\": \"a\"}\r\n\r\n\n{\"n\": \"" + longValue + "\"}\nnot json\n[1]\n{\"n\": \"z\"}"));
        assertThat(seen).containsExactly("1 a", "4 " + longValue, "7 z");
        assertThat(bad).containsExactly("5 not valid JSON", "6 not a JSON object");
    }
}
