package org.migkg.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Which files a load reads. A data directory holds {@code events/} (one record a file), {@code organizations.json},
 * {@code aliases.json} and {@code register.json}; paths may also name single record files, in which case the
 * catalogue, aliases and register come from the default data directory. Each record file is named by its path inside
 * the data directory ({@link RecordNames}). {@code registerFile} is where the register is read from and written to,
 * whether or not it exists yet: it belongs to the data directory, like the aliases.
 */
public record DataLayout(List<RecordFile> eventFiles, Path organizationsFile, Path aliasesFile, Path registerFile, boolean wholeCorpus) {
    public static final String ORGANIZATIONS = "organizations.json";
    public static final String ALIASES = "aliases.json";
    public static final String REGISTER = "register.json";
    private static final Set<String> NOT_EVENTS = Set.of(ORGANIZATIONS, ALIASES, REGISTER);

    /** A record file to read, and the name it is published under. */
    public record RecordFile(Path path, String name) {}

    public static DataLayout of(List<Path> paths, Path defaultDataDir) {
        Map<Path, RecordFile> events = new TreeMap<>();
        Path organizations = null;
        Path aliases = null;
        Path register = null;
        Path dataDir = null;
        boolean whole = false;
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                Path eventsDir = path.resolve("events");
                if (Files.isDirectory(eventsDir)) {
                    whole = true;
                    dataDir = path;
                    jsonFilesUnder(eventsDir).forEach(f -> add(events, f, path));
                    organizations = ifExists(path.resolve(ORGANIZATIONS), organizations);
                    aliases = ifExists(path.resolve(ALIASES), aliases);
                } else {
                    jsonFilesUnder(path).forEach(f -> add(events, f, defaultDataDir));
                }
            } else {
                String name = path.getFileName().toString();
                if (name.equals(ORGANIZATIONS)) {
                    organizations = path;
                } else if (name.equals(ALIASES)) {
                    aliases = path;
                } else if (name.equals(REGISTER)) {
                    register = path;
                } else {
                    add(events, path, defaultDataDir);
                }
            }
        }
        if (organizations == null) {
            organizations = ifExists(defaultDataDir.resolve(ORGANIZATIONS), null);
        }
        if (aliases == null) {
            aliases = ifExists(defaultDataDir.resolve(ALIASES), null);
        }
        if (register == null) {
            register = (dataDir == null ? defaultDataDir : dataDir).resolve(REGISTER);
        }
        return new DataLayout(List.copyOf(events.values()), organizations, aliases, register, whole);
    }

    private static void add(Map<Path, RecordFile> events, Path file, Path dataDir) {
        events.putIfAbsent(file.toAbsolutePath().normalize(), new RecordFile(file, RecordNames.of(file, dataDir)));
    }

    private static Path ifExists(Path candidate, Path current) {
        return Files.isRegularFile(candidate) ? candidate : current;
    }

    private static List<Path> jsonFilesUnder(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !NOT_EVENTS.contains(p.getFileName().toString()))
                    .filter(p -> !dir.relativize(p).startsWith("schema"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
