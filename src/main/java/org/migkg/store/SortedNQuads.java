package org.migkg.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import org.apache.jena.atlas.data.BagFactory;
import org.apache.jena.atlas.data.SerializationFactory;
import org.apache.jena.atlas.data.SortedDataBag;
import org.apache.jena.atlas.data.ThresholdPolicyCount;
import org.apache.jena.atlas.lib.Sink;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes a dataset as N-Quads with the lines in sorted order, so two dumps of the same data are byte-identical. The
 * lines are sorted through Jena's spilling bag: past {@link #LINES_IN_MEMORY} lines, sorted runs go to temporary
 * files and are merged, so memory stays bounded whatever the size of the store.
 */
public final class SortedNQuads {
    static final int LINES_IN_MEMORY = 200_000;

    private SortedNQuads() {}

    /** What was written: the number of lines and the SHA-256 of the bytes. */
    public record Written(long lines, String sha256) {}

    /** Call inside a read transaction on {@code dsg}. */
    public static Written write(DatasetGraph dsg, Predicate<Quad> include, OutputStream out) throws IOException {
        SortedDataBag<String> bag = BagFactory.newSortedBag(new ThresholdPolicyCount<>(LINES_IN_MEMORY), lines(),
                String::compareTo);
        try {
            Iterator<Quad> quads = dsg.find();
            while (quads.hasNext()) {
                Quad q = quads.next();
                if (include.test(q)) {
                    bag.add(NodeFmtLib.strNQ(q));
                }
            }
            MessageDigest sha = sha256();
            long lines = 0;
            OutputStream digested = new DigestOutputStream(out, sha);
            Iterator<String> sorted = bag.iterator();
            while (sorted.hasNext()) {
                digested.write((sorted.next() + "\n").getBytes(StandardCharsets.UTF_8));
                lines++;
            }
            digested.flush();
            return new Written(lines, HexFormat.of().formatHex(sha.digest()));
        } finally {
            bag.close();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How lines of text spill to disk. */
    static SerializationFactory<String> lines() {
        return new Lines();
    }

    /** Lines spilled as length-prefixed UTF-8 (a literal may be longer than DataOutput.writeUTF allows). */
    private static final class Lines implements SerializationFactory<String> {
        @Override
        public Sink<String> createSerializer(OutputStream out) {
            DataOutputStream data = new DataOutputStream(out);
            return new Sink<>() {
                @Override
                public void send(String line) {
                    try {
                        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                        data.writeInt(bytes.length);
                        data.write(bytes);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void flush() {
                    try {
                        data.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void close() {
                    try {
                        data.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        }

        @Override
        public Iterator<String> createDeserializer(InputStream in) {
            DataInputStream data = new DataInputStream(in);
            return new Iterator<>() {
                private String next = read();

                private String read() {
                    try {
                        int length = data.readInt();
                        return new String(data.readNBytes(length), StandardCharsets.UTF_8);
                    } catch (EOFException e) {
                        return null;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public String next() {
                    if (next == null) {
                        throw new NoSuchElementException();
                    }
                    String line = next;
                    next = read();
                    return line;
                }
            };
        }
    }
}
