package org.migkg.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.migkg.records.CheckedFiles;

/**
 * The record files that passed their checks, kept beside the store ({@value #FILE} in its directory) from one load to
 * the next: each file's name with the digest of the bytes that passed. A missing, unreadable or damaged file (its
 * SHA-256 trailer does not match) holds nothing, so that load checks every file. After a read of a whole data
 * directory it keeps only that directory's files; after a read of single files, every file it held before as well.
 */
final class CheckedFilesFile implements CheckedFiles {
    static final String FILE = "migkg-checked-files.bin";
    private static final int FORMAT = 1;
    private static final int DIGEST_BYTES = 32;

    private final Path file;
    private final Map<String, String> before;
    private final Map<String, String> seen = new HashMap<>();

    private CheckedFilesFile(Path file, Map<String, String> before) {
        this.file = file;
        this.before = before;
    }

    static CheckedFilesFile in(Path storeDirectory) {
        Path file = storeDirectory.resolve(FILE);
        return new CheckedFilesFile(file, read(file));
    }

    @Override
    public boolean passed(String name, String digest) {
        boolean passed = digest.equals(before.get(name));
        if (passed) {
            seen.put(name, digest);
        }
        return passed;
    }

    @Override
    public void pass(String name, String digest) {
        seen.put(name, digest);
    }

    /** Writes what this read found: {@code wholeCorpus} drops the files it did not read. Never fails a load. */
    void save(boolean wholeCorpus) {
        Map<String, String> kept = new TreeMap<>(wholeCorpus ? Map.of() : before);
        kept.putAll(seen);
        if (kept.equals(before)) {
            return;
        }
        Path temp = file.resolveSibling("." + FILE + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            ByteArrayOutputStream body = new ByteArrayOutputStream(kept.size() * 128 + 16);
            try (DataOutputStream out = new DataOutputStream(body)) {
                out.writeInt(FORMAT);
                out.writeInt(kept.size());
                for (Map.Entry<String, String> e : kept.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeUTF(e.getValue());
                }
            }
            byte[] bytes = body.toByteArray();
            byte[] withTrailer = Arrays.copyOf(bytes, bytes.length + DIGEST_BYTES);
            System.arraycopy(sha256(bytes), 0, withTrailer, bytes.length, DIGEST_BYTES);
            Files.write(temp, withTrailer);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // Without the file the next load checks every record file again: slower, never wrong.
            try {
                Files.deleteIfExists(temp);
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a file left behind holds verdicts on bytes, which stay true
            }
        }
    }

    private static Map<String, String> read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Map.of();
            }
            byte[] all = Files.readAllBytes(file);
            if (all.length < DIGEST_BYTES) {
                return Map.of();
            }
            byte[] body = Arrays.copyOf(all, all.length - DIGEST_BYTES);
            if (!Arrays.equals(sha256(body), Arrays.copyOfRange(all, body.length, all.length))) {
                return Map.of();
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
            if (in.readInt() != FORMAT) {
                return Map.of();
            }
            int n = in.readInt();
            Map<String, String> out = new HashMap<>(Math.max(16, n * 2));
            for (int i = 0; i < n; i++) {
                out.put(in.readUTF(), in.readUTF());
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
