package dev.bootcamp.core;

import dev.bootcamp.api.BootcampInfo;
import dev.bootcamp.api.Knob;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue index's bytes: a magic number and format version, then per bootcamp its class name and every field of
 * its {@link BootcampInfo}, knobs included. Start-up reads it with plain {@link DataInputStream} calls; a field added
 * to {@code BootcampInfo} needs a line here and a new {@link #FORMAT}.
 */
final class CatalogIndexCodec {
    private static final int MAGIC = 0x42434958; // "BCIX"
    private static final int FORMAT = 2;

    private CatalogIndexCodec() {}

    static byte[] encode(List<CatalogIndex.Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(entries.size());
            for (CatalogIndex.Entry entry : entries) {
                out.writeUTF(entry.className());
                writeInfo(out, entry.info());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static List<CatalogIndex.Entry> decode(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream.markSupported() ? stream : new BufferedInputStream(stream));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a catalogue index");
        }
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("index format " + format + ", this build reads " + FORMAT + "; rebuild the jar that holds it");
        }
        int count = in.readInt();
        List<CatalogIndex.Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(new CatalogIndex.Entry(in.readUTF(), readInfo(in)));
        }
        return entries;
    }

    private static void writeInfo(DataOutputStream out, BootcampInfo info) throws IOException {
        out.writeUTF(info.id());
        out.writeUTF(info.title());
        out.writeUTF(info.domain());
        writeStrings(out, info.tags());
        writeLong(out, info.summary());
        out.writeInt(info.version());
        out.writeInt(info.knobs().size());
        for (Knob<?> knob : info.knobs()) {
            out.writeUTF(knob.name());
            out.writeUTF(knob.kind().name());
            out.writeDouble(knob.min());
            out.writeDouble(knob.max());
            writeValue(out, knob.defaultValue());
            writeStrings(out, knob.choices());
            out.writeUTF(knob.meaning());
        }
        writeLong(out, info.answerShape());
        out.writeBoolean(info.uniqueSolution());
        out.writeBoolean(info.severalAnswers());
        out.writeDouble(info.diversityFloor());
        out.writeInt(info.minDistinctAnswers());
    }

    private static BootcampInfo readInfo(DataInputStream in) throws IOException {
        String id = in.readUTF();
        String title = in.readUTF();
        String domain = in.readUTF();
        List<String> tags = readStrings(in);
        String summary = readLong(in);
        int version = in.readInt();
        int knobCount = in.readInt();
        List<Knob<?>> knobs = new ArrayList<>(knobCount);
        for (int i = 0; i < knobCount; i++) {
            knobs.add(new Knob(in.readUTF(), Knob.Kind.valueOf(in.readUTF()), in.readDouble(), in.readDouble(), readValue(in),
                    readStrings(in), in.readUTF()));
        }
        return new BootcampInfo(id, title, domain, tags, summary, version, knobs, readLong(in), in.readBoolean(),
                in.readBoolean(), in.readDouble(), in.readInt());
    }

    private static void writeValue(DataOutputStream out, Object value) throws IOException {
        if (value instanceof Integer number) {
            out.writeByte('i');
            out.writeInt(number);
        } else if (value instanceof Double number) {
            out.writeByte('d');
            out.writeDouble(number);
        } else if (value instanceof Boolean flag) {
            out.writeByte('b');
            out.writeBoolean(flag);
        } else if (value instanceof String text) {
            out.writeByte('s');
            out.writeUTF(text);
        } else {
            throw new IllegalArgumentException("a knob default of type " + value.getClass().getName() + " cannot be indexed");
        }
    }

    private static Object readValue(DataInputStream in) throws IOException {
        int type = in.readByte();
        return switch (type) {
            case 'i' -> in.readInt();
            case 'd' -> in.readDouble();
            case 'b' -> in.readBoolean();
            case 's' -> in.readUTF();
            default -> throw new IOException("unknown knob value type " + type);
        };
    }

    private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            out.writeUTF(value);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(in.readUTF());
        }
        return values;
    }

    // writeUTF holds at most 64 KiB of modified UTF-8; summaries may one day be longer.
    private static void writeLong(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readLong(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
