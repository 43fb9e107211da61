package org.migkg.records;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A curator's decisions, written to the data files they belong in: people who are one or two, and records that
 * describe one event or different events, in {@code aliases.json},
 * a confirmed organization in {@code organizations.json}, a confirmed field of a record (its review item removed).
 * Each file is written whole to a temporary file beside it and then moved into place, so a failure leaves it as it was.
 */
public final class CuratedDecisions {
    private final Path dataDir;

    public CuratedDecisions(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** {@code retired}: published ids of the same person that now redirect to {@code personId}. */
    public Path samePerson(String personId, List<String> mentions, List<String> retired, String note) {
        Path file = dataDir.resolve(DataLayout.ALIASES);
        ObjectNode root = readOrStart(file, "schema/aliases.schema.json");
        ObjectNode entry = array(root, "samePerson").addObject().put("person", personId);
        mentions.forEach(entry.putArray("mentions")::add);
        if (!retired.isEmpty()) {
            retired.forEach(entry.putArray("replaces")::add);
        }
        if (note != null) {
            entry.put("note", note);
        }
        array(root, "differentPeople");
        write(file, root);
        return file;
    }

    public Path differentPeople(List<String> mentions, String note) {
        Path file = dataDir.resolve(DataLayout.ALIASES);
        ObjectNode root = readOrStart(file, "schema/aliases.schema.json");
        array(root, "samePerson");
        ObjectNode entry = array(root, "differentPeople").addObject();
        mentions.forEach(entry.putArray("mentions")::add);
        if (note != null) {
            entry.put("note", note);
        }
        write(file, root);
        return file;
    }

    /**
     * Records that describe one event, under {@code event} (the id the event keeps from now on); a sameEvent that
     * already names one of them takes the others in.
     */
    public Path sameEvent(String event, List<String> records, String note) {
        Path file = dataDir.resolve(DataLayout.ALIASES);
        ObjectNode root = readOrStart(file, "schema/aliases.schema.json");
        array(root, "samePerson");
        array(root, "differentPeople");
        ObjectNode entry = null;
        for (var existing : array(root, "sameEvent")) {
            for (var record : existing.path("records")) {
                if (records.contains(record.asText())) {
                    entry = (ObjectNode) existing;
                }
            }
        }
        if (entry == null) {
            entry = array(root, "sameEvent").addObject().put("event", event);
            entry.putArray("records");
        }
        ArrayNode listed = (ArrayNode) entry.get("records");
        for (String record : records) {
            if (java.util.stream.StreamSupport.stream(listed.spliterator(), false).noneMatch(n -> n.asText().equals(record))) {
                listed.add(record);
            }
        }
        if (note != null) {
            entry.put("note", entry.has("note") ? entry.get("note").asText() + " " + note : note);
        }
        write(file, root);
        return file;
    }

    public Path differentEvents(List<String> records, String note) {
        Path file = dataDir.resolve(DataLayout.ALIASES);
        ObjectNode root = readOrStart(file, "schema/aliases.schema.json");
        array(root, "samePerson");
        array(root, "differentPeople");
        ObjectNode entry = array(root, "differentEvents").addObject();
        records.forEach(entry.putArray("records")::add);
        if (note != null) {
            entry.put("note", note);
        }
        write(file, root);
        return file;
    }

    public Path confirmOrganization(String id, String name, String kind, List<String> otherNames) {
        Path file = dataDir.resolve(DataLayout.ORGANIZATIONS);
        ObjectNode root = readOrStart(file, "schema/organizations.schema.json");
        ArrayNode orgs = array(root, "organizations");
        for (var existing : orgs) {
            if (id.equals(existing.path("id").asText())) {
                throw new IllegalArgumentException("organizations.json already declares '" + id + "'");
            }
        }
        ObjectNode entry = orgs.addObject().put("id", id).put("name", name);
        List<String> others = otherNames.stream().filter(n -> !n.equals(name)).toList();
        if (!others.isEmpty()) {
            others.forEach(entry.putArray("otherNames")::add);
        }
        entry.put("kind", kind);
        write(file, root);
        return file;
    }

    /** Removes the record's review items on {@code field}: the curator has checked that field against the page. */
    public Path confirmField(Path recordFile, String field) {
        EventRecord record;
        try {
            record = RecordJson.read(Files.readString(recordFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + recordFile + ": " + e.getMessage(), e);
        }
        List<EventRecord.ReviewItem> kept = record.review().stream().filter(r -> !r.field().equals(field)).toList();
        if (kept.size() == record.review().size()) {
            throw new IllegalArgumentException(recordFile + " has no open review item on " + field);
        }
        writeText(recordFile, RecordJson.write(record.withReview(kept)));
        return recordFile;
    }

    private static ObjectNode readOrStart(Path file, String schema) {
        if (!Files.exists(file)) {
            return DataReader.JSON.createObjectNode().put("$schema", schema);
        }
        try {
            return (ObjectNode) DataReader.JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static ArrayNode array(ObjectNode root, String name) {
        return root.has(name) ? (ArrayNode) root.get(name) : root.putArray(name);
    }

    private static void write(Path file, ObjectNode root) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
        printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        printer.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        try {
            writeText(file, DataReader.JSON.writer(printer).writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeText(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Path temp = Files.createTempFile(parent, "." + file.getFileName(), ".tmp");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
