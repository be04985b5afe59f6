package dev.bootcamp.core.engine;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Passes bytes through, counting them and hashing them with SHA-256. */
public final class HashingOutputStream extends FilterOutputStream {
    private final MessageDigest digest = GenerateManifest.sha256Digest();
    private long count;

    public HashingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        digest.update((byte) b);
        count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        digest.update(bytes, offset, length);
        count += length;
    }

    public long count() {
        return count;
    }

    /** The hash so far, in lower-case hex; call once, after the last write. */
    public String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
