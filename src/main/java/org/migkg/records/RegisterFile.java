package org.migkg.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.migkg.text.Folding;

/**
 * Writes {@code register.json}: entries sorted by id, one mention a line, so a curator reads it and a diff shows what
 * a load added. The file is replaced whole through a temporary file in the same directory, so a reader or a crash
 * never sees half a register.
 */
public final class RegisterFile {
    static final Comparator<Register.RegisteredMention> MENTION_ORDER = Comparator
            .comparing(Register.RegisteredMention::event)
            .thenComparing(m -> Folding.key(m.name()))
            .thenComparingInt(Register.RegisteredMention::occurrenceOrFirst)
            .thenComparing(Register.RegisteredMention::name);

    private RegisterFile() {}

    public static void write(Path file, Register register) {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(text(register).getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temporary file is named so that no load reads it
            }
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static String text(Register register) {
        List<String> people = register.people().stream()
                .sorted(Comparator.comparing(Register.RegisteredPerson::id))
                .map(RegisterFile::person).toList();
        List<String> organizations = register.organizations().stream()
                .sorted(Comparator.comparing(Register.RegisteredOrganization::id))
                .map(RegisterFile::organization).toList();
        StringBuilder sb = new StringBuilder("{\n  \"$schema\": \"schema/register.schema.json\",\n");
        sb.append("  \"people\": ").append(block(people, "  ")).append(",\n");
        sb.append("  \"organizations\": ").append(block(organizations, "  ")).append("\n}\n");
        return sb.toString();
    }

    private static String person(Register.RegisteredPerson p) {
        List<String> mentions = new ArrayList<>();
        p.mentions().stream().sorted(MENTION_ORDER).forEach(m -> mentions.add("{\"event\": " + quote(m.event())
                + ", \"name\": " + quote(m.name()) + (m.occurrence() == null ? "" : ", \"occurrence\": " + m.occurrence()) + "}"));
        return "{\"id\": " + quote(p.id()) + ", \"name\": " + quote(p.name()) + ", \"mentions\": " + block(mentions, "    ") + "}";
    }

    private static String organization(Register.RegisteredOrganization o) {
        String forms = o.forms().stream().sorted().map(RegisterFile::quote).collect(Collectors.joining(", "));
        return "{\"id\": " + quote(o.id()) + ", \"name\": " + quote(o.name()) + ", \"forms\": [" + forms + "]}";
    }

    private static String block(List<String> items, String indent) {
        if (items.isEmpty()) {
            return "[]";
        }
        return "[\n" + items.stream().map(i -> indent + "  " + i).collect(Collectors.joining(",\n")) + "\n" + indent + "]";
    }

    private static String quote(String text) {
        try {
            return DataReader.JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
