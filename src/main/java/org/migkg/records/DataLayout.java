package org.migkg.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Which files a load reads. A data directory holds {@code events/} (one record a file), {@code organizations.json}
 * and {@code aliases.json}; paths may also name single record files, in which case the catalogue and aliases come
 * from the default data directory. Each record file is named by its path inside the data directory ({@link RecordNames}).
 */
public record DataLayout(List<RecordFile> eventFiles, Path organizationsFile, Path aliasesFile, boolean wholeCorpus) {
    public static final String ORGANIZATIONS = "organizations.json";
    public static final String ALIASES = "aliases.json";

    /** A record file to read, and the name it is published under. */
    public record RecordFile(Path path, String name) {}

    public static DataLayout of(List<Path> paths, Path defaultDataDir) {
        Map<Path, RecordFile> events = new TreeMap<>();
        Path organizations = null;
        Path aliases = null;
        boolean whole = false;
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                Path eventsDir = path.resolve("events");
                if (Files.isDirectory(eventsDir)) {
                    whole = true;
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
        return new DataLayout(List.copyOf(events.values()), organizations, aliases, whole);
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
                    .filter(p -> !p.getFileName().toString().equals(ORGANIZATIONS) && !p.getFileName().toString().equals(ALIASES))
                    .filter(p -> !dir.relativize(p).startsWith("schema"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
