package dev.bootcamp.spark;

import dev.bootcamp.core.BadInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * An output folder on any Hadoop file system (local, HDFS, S3A...), usable on the driver and inside tasks. A file is
 * written under {@code _temporary/} and renamed onto its name when complete, so a reader never sees a partial file;
 * names starting with {@code _} are skipped by Spark and Hadoop readers.
 */
final class HadoopFolder implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String TEMPORARY = "_temporary";

    private final String location;
    private final HashMap<String, String> settings;

    /** Writes the file's bytes and returns what the caller wants to keep of them. */
    interface Writing<T> {
        T write(OutputStream out) throws IOException;
    }

    private HadoopFolder(String location, HashMap<String, String> settings) {
        this.location = location;
        this.settings = settings;
    }

    /** The folder at {@code location}, with the driver's Hadoop settings carried to the tasks. */
    static HadoopFolder of(String location, Configuration configuration) {
        HashMap<String, String> settings = new HashMap<>();
        for (Map.Entry<String, String> entry : configuration) {
            settings.put(entry.getKey(), entry.getValue());
        }
        return new HadoopFolder(location, settings);
    }

    String location() {
        return location;
    }

    FileSystem fileSystem() throws IOException {
        Configuration configuration = new Configuration(false);
        settings.forEach(configuration::set);
        FileSystem fileSystem = new Path(location).getFileSystem(configuration);
        // no .crc files beside the output on the local file system
        fileSystem.setWriteChecksum(false);
        return fileSystem;
    }

    Path path(String name) {
        return new Path(location, name);
    }

    /** Writes {@code name} through a temporary file named for {@code attempt}, then renames it into place. */
    <T> T writeAtomically(String name, String attempt, Writing<T> writing) throws IOException {
        FileSystem fileSystem = fileSystem();
        Path temporary = new Path(path(TEMPORARY), name + "." + attempt);
        T result;
        try (OutputStream out = fileSystem.create(temporary, true)) {
            result = writing.write(out);
        } catch (IOException | RuntimeException e) {
            fileSystem.delete(temporary, false);
            throw e;
        }
        Path target = path(name);
        // Rename replaces the target on local file systems; HDFS refuses, so the old file goes first there.
        if (!fileSystem.rename(temporary, target)) {
            fileSystem.delete(target, false);
            if (!fileSystem.rename(temporary, target)) {
                throw new IOException("could not rename " + temporary + " to " + target);
            }
        }
        return result;
    }

    /** Makes the folder if missing and refuses a file in its place. */
    void create() throws IOException {
        FileSystem fileSystem = fileSystem();
        Path root = new Path(location);
        if (fileSystem.exists(root) && !fileSystem.getFileStatus(root).isDirectory()) {
            throw new BadInputException(location + " is a file; the output must be a folder");
        }
        fileSystem.mkdirs(root);
    }

    void delete(String name) throws IOException {
        fileSystem().delete(path(name), true);
    }

    /** Deletes every file whose name starts with {@code prefix} and is not in {@code keep} (shards of an earlier run). */
    void removeStale(String prefix, Set<String> keep) throws IOException {
        FileSystem fileSystem = fileSystem();
        for (FileStatus status : fileSystem.listStatus(new Path(location))) {
            String name = status.getPath().getName();
            if (name.startsWith(prefix) && !keep.contains(name)) {
                fileSystem.delete(status.getPath(), false);
            }
        }
    }

    /** Writes {@code name} from the driver, then removes what failed or speculative task attempts left behind. */
    void finish(String name, byte[] content) throws IOException {
        writeAtomically(name, "driver", out -> {
            out.write(content);
            return null;
        });
        fileSystem().delete(path(TEMPORARY), true);
    }

    /** The data files at {@code location}: the file itself, or the files of the folder not starting with _ or . (sorted). */
    static List<String> files(String location, Configuration configuration) throws IOException {
        Path root = new Path(location);
        FileSystem fileSystem = root.getFileSystem(configuration);
        if (!fileSystem.exists(root)) {
            throw new BadInputException("no such file or folder: " + location);
        }
        List<String> files = new ArrayList<>();
        if (!fileSystem.getFileStatus(root).isDirectory()) {
            files.add(root.toString());
            return files;
        }
        for (FileStatus status : fileSystem.listStatus(root)) {
            String name = status.getPath().getName();
            if (status.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
                files.add(status.getPath().toString());
            }
        }
        files.sort(null);
        if (files.isEmpty()) {
            throw new BadInputException("no data files in " + location + " (names starting with _ or . are skipped)");
        }
        return files;
    }
}
