package org.migkg.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the store keeps beside itself from one load to the next, so the next one costs what it changes: the triple
 * count of every graph, and for each shared graph a digest of each subject's triples. It names the load it describes
 * (the stamp is the load time the loads graph holds); a state whose stamp is not the store's last load (a crash after
 * the commit, a store copied without it, an older version) is not used, and that load compares graphs in full.
 */
final class LoadState {
    static final String FILE = "migkg-load-state.bin";
    private static final int FORMAT = 1;

    /** An order-independent digest of a subject's triples (sums of two 64-bit hashes), and how many were summed. */
    static final class Digest {
        long a;
        long b;
        int count;

        void add(long[] hash) {
            a += hash[0];
            b += hash[1];
            count++;
        }

        boolean sameAs(Digest other) {
            return other != null && a == other.a && b == other.b && count == other.count;
        }
    }

    final String stamp;
    /** Triples in each graph (not the loads graph), by graph IRI. */
    final Map<String, Long> graphSizes;
    /** For each shared graph, each subject's digest, by subject IRI. */
    final Map<String, Map<String, Digest>> subjects;

    LoadState(String stamp, Map<String, Long> graphSizes, Map<String, Map<String, Digest>> subjects) {
        this.stamp = stamp;
        this.graphSizes = graphSizes;
        this.subjects = subjects;
    }

    static Optional<LoadState> read(Path storeDirectory, Optional<String> lastLoad) {
        Path file = storeDirectory.resolve(FILE);
        if (lastLoad.isEmpty() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != FORMAT) {
                return Optional.empty();
            }
            String stamp = in.readUTF();
            if (!stamp.equals(lastLoad.get())) {
                return Optional.empty();
            }
            in.readLong();
            int graphs = in.readInt();
            Map<String, Long> sizes = new HashMap<>(graphs * 2);
            for (int i = 0; i < graphs; i++) {
                sizes.put(in.readUTF(), in.readLong());
            }
            int shared = in.readInt();
            Map<String, Map<String, Digest>> subjects = new HashMap<>();
            for (int i = 0; i < shared; i++) {
                String graph = in.readUTF();
                int n = in.readInt();
                Map<String, Digest> digests = new HashMap<>(n * 2);
                for (int j = 0; j < n; j++) {
                    String subject = in.readUTF();
                    Digest d = new Digest();
                    d.a = in.readLong();
                    d.b = in.readLong();
                    d.count = in.readInt();
                    digests.put(subject, d);
                }
                subjects.put(graph, digests);
            }
            return Optional.of(new LoadState(stamp, sizes, subjects));
        } catch (IOException | RuntimeException e) {
            // An unreadable state only costs this load a full comparison.
            return Optional.empty();
        }
    }

    long totalTriples() {
        return graphSizes.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Just the total of the counts, read from the head of the state of the store's last load. */
    static Optional<Long> readTotal(Path storeDirectory, Optional<String> lastLoad) {
        Path file = storeDirectory.resolve(FILE);
        if (lastLoad.isEmpty() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 12))) {
            return in.readInt() == FORMAT && in.readUTF().equals(lastLoad.get()) ? Optional.of(in.readLong()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Written whole to a temporary file, then moved into place; a failure leaves no state, never a wrong one. */
    void write(Path storeDirectory) {
        Path file = storeDirectory.resolve(FILE);
        Path temp = storeDirectory.resolve("." + FILE + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
                out.writeInt(FORMAT);
                out.writeUTF(stamp);
                out.writeLong(totalTriples());
                out.writeInt(graphSizes.size());
                for (Map.Entry<String, Long> e : graphSizes.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeLong(e.getValue());
                }
                out.writeInt(subjects.size());
                for (Map.Entry<String, Map<String, Digest>> g : subjects.entrySet()) {
                    out.writeUTF(g.getKey());
                    out.writeInt(g.getValue().size());
                    for (Map.Entry<String, Digest> s : g.getValue().entrySet()) {
                        out.writeUTF(s.getKey());
                        out.writeLong(s.getValue().a);
                        out.writeLong(s.getValue().b);
                        out.writeInt(s.getValue().count);
                    }
                }
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            discard(storeDirectory);
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // named so that no load reads it
            }
        }
    }

    static void discard(Path storeDirectory) {
        try {
            Files.deleteIfExists(storeDirectory.resolve(FILE));
        } catch (IOException ignored) {
            // a state that cannot be removed is stale anyway: its stamp is not the next load's
        }
    }
}
