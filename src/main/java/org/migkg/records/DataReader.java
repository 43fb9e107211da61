package org.migkg.records;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Reads and validates a corpus: every file is parsed, checked against its JSON Schema and then against the rules a
 * schema cannot state (real dates, declared organizations, unique ids). Every problem in every file is collected;
 * if there is any, {@link #read} throws with all of them, so a caller never acts on part of a bad corpus.
 */
public final class DataReader {
    public static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path displayRoot;

    /** @param displayRoot files are named relative to this directory in messages */
    public DataReader(Path displayRoot) {
        this.displayRoot = displayRoot.toAbsolutePath().normalize();
    }

    public Corpus read(DataLayout layout) {
        return read(layout, CheckedFiles.NONE);
    }

    /**
     * Reads as {@link #read(DataLayout)} does, and gives the same corpus or the same problems, but skips the checks of
     * a record file that {@code checked} says passed with the same bytes, and tells it each file that passes.
     */
    public Corpus read(DataLayout layout, CheckedFiles checked) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();

        List<Organization> organizations = List.of();
        if (layout.organizationsFile() == null) {
            problems.add(new Problem(DataLayout.ORGANIZATIONS, "-", "", "no organization catalogue found"));
        } else {
            organizations = readDocument(layout.organizationsFile(), JsonSchemas.ORGANIZATIONS, problems)
                    .map(node -> JSON.convertValue(node.path("organizations"), Organization[].class))
                    .map(List::of).orElse(List.of());
        }
        Aliases aliases = layout.aliasesFile() == null ? Aliases.NONE
                : readDocument(layout.aliasesFile(), JsonSchemas.ALIASES, problems)
                        .map(node -> JSON.convertValue(node, Aliases.class)).orElse(Aliases.NONE);
        Register register = readRegister(layout.registerFile(), problems);

        List<SourceRecord> events = new ArrayList<>();
        for (DataLayout.RecordFile file : layout.eventFiles()) {
            readEvent(file, checked, problems).ifPresent(events::add);
        }
        events.sort(Comparator.comparing(r -> r.event().id()));

        RecordRules rules = new RecordRules(this::display, organizations, aliases, layout.wholeCorpus());
        rules.check(events, layout.organizationsFile(), layout.aliasesFile(), problems, warnings);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Corpus(events, organizations, aliases, register, warnings);
    }

    private Register readRegister(Path file, List<Problem> problems) {
        if (file == null || !Files.exists(file)) {
            return Register.EMPTY;
        }
        Register register = readDocument(file, JsonSchemas.REGISTER, problems)
                .map(node -> JSON.convertValue(node, Register.class)).orElse(Register.EMPTY);
        RegisterRules.check(display(file), register, problems);
        return register;
    }

    /** The organization catalogue alone, with the checks a load applies (schema, duplicate keys and ids, parents). */
    public List<Organization> readCatalogue(Path file) {
        List<Problem> problems = new ArrayList<>();
        List<Organization> organizations = readDocument(file, JsonSchemas.ORGANIZATIONS, problems)
                .map(node -> JSON.convertValue(node.path("organizations"), Organization[].class))
                .map(List::of).orElse(List.of());
        new RecordRules(this::display, organizations, Aliases.NONE, false).check(List.of(), file, null, problems, new ArrayList<>());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return organizations;
    }

    private Optional<SourceRecord> readEvent(DataLayout.RecordFile recordFile, CheckedFiles checked, List<Problem> problems) {
        Path file = recordFile.path();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(new Problem(display(file), "-", "", "cannot read file: " + e.getMessage()));
            return Optional.empty();
        }
        String sha256 = sha256(bytes);
        String digest = sha256 + " " + EVENT_CHECKS;
        if (checked.passed(recordFile.name(), digest)) {
            try {
                return Optional.of(new SourceRecord(file, recordFile.name(), sha256, JSON.treeToValue(JSON.readTree(bytes), EventRecord.class)));
            } catch (IOException | IllegalArgumentException e) {
                // Not what passed before after all: check it as any other file.
            }
        }
        Optional<JsonNode> node = parse(file, bytes, JsonSchemas.EVENT, problems);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        try {
            EventRecord event = JSON.treeToValue(node.get(), EventRecord.class);
            checked.pass(recordFile.name(), digest);
            return Optional.of(new SourceRecord(file, recordFile.name(), sha256, event));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            problems.add(new Problem(display(file), recordId(node.get()), "", "cannot bind record: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * Names the checks a record file gets on its own: the event schema as shipped, and the version of the checks
     * written here ({@link TextCheck}, binding). Bump the version when they change, so no file passes on an old verdict.
     */
    private static final String EVENT_CHECKS = sha256(("1\n" + JsonSchemas.EVENT.getSchemaNode()).getBytes(java.nio.charset.StandardCharsets.UTF_8));

    private Optional<JsonNode> readDocument(Path file, JsonSchema schema, List<Problem> problems) {
        try {
            return parse(file, Files.readAllBytes(file), schema, problems);
        } catch (IOException e) {
            problems.add(new Problem(display(file), "-", "", "cannot read file: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private Optional<JsonNode> parse(Path file, byte[] bytes, JsonSchema schema, List<Problem> problems) {
        JsonNode node;
        try {
            node = JSON.readTree(bytes);
        } catch (IOException e) {
            problems.add(new Problem(display(file), "-", "", "not valid JSON" + where(e) + ": " + firstLine(e)));
            return Optional.empty();
        }
        if (node == null || node.isMissingNode()) {
            problems.add(new Problem(display(file), "-", "", "empty file"));
            return Optional.empty();
        }
        List<ValidationMessage> messages = new ArrayList<>(schema.validate(node));
        // One problem per field: an empty name breaks both minLength and pattern, but it is one mistake.
        java.util.Map<String, java.util.List<String>> byField = new java.util.TreeMap<>();
        for (ValidationMessage m : messages) {
            String field = m.getInstanceLocation().toString();
            if ("required".equals(m.getType()) && m.getProperty() != null) {
                field = (field.equals("/") ? "" : field) + "/" + m.getProperty();
            }
            byField.computeIfAbsent(field.equals("/") ? "" : field, k -> new ArrayList<>()).add(describe(m));
        }
        int textProblems = TextCheck.problems(node, byField);
        byField.forEach((field, texts) -> problems.add(new Problem(display(file), recordId(node), field,
                String.join("; ", texts.stream().distinct().sorted().toList()))));
        return messages.isEmpty() && textProblems == 0 ? Optional.of(node) : Optional.empty();
    }

    private static String describe(ValidationMessage m) {
        String error = m.getError() == null ? m.getMessage() : m.getError();
        return switch (m.getType()) {
            case "required" -> "is required but missing";
            case "additionalProperties" -> "is not a field of this record (" + error + ")";
            default -> error;
        };
    }

    static String recordId(JsonNode node) {
        JsonNode id = node.path("id");
        return id.isTextual() && !id.asText().isBlank() ? id.asText() : "-";
    }

    public String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(displayRoot) ? displayRoot.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }

    private static String where(IOException e) {
        if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null) {
            JsonLocation loc = jpe.getLocation();
            return " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
        }
        return "";
    }

    private static String firstLine(IOException e) {
        String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
