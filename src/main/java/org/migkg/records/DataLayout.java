package org.migkg.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which files a load reads. A data directory holds {@code events/} (one record a file), {@code organizations.json}
 * and {@code aliases.json}; paths may also name single record files, in which case the catalogue and aliases come
 * from the default data directory.
 */
public record DataLayout(List<Path> eventFiles, Path organizationsFile, Path aliasesFile, boolean wholeCorpus) {
    public static final String ORGANIZATIONS = "organizations.json";
    public static final String ALIASES = "aliases.json";

    public static DataLayout of(List<Path> paths, Path defaultDataDir) {
        List<Path> events = new ArrayList<>();
        Path organizations = null;
        Path aliases = null;
        boolean whole = false;
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                Path eventsDir = path.resolve("events");
                if (Files.isDirectory(eventsDir)) {
                    whole = true;
                    events.addAll(jsonFilesUnder(eventsDir));
                    organizations = ifExists(path.resolve(ORGANIZATIONS), organizations);
                    aliases = ifExists(path.resolve(ALIASES), aliases);
                } else {
                    events.addAll(jsonFilesUnder(path));
                }
            } else {
                String name = path.getFileName().toString();
                if (name.equals(ORGANIZATIONS)) {
                    organizations = path;
                } else if (name.equals(ALIASES)) {
                    aliases = path;
                } else {
                    events.add(path);
                }
            }
        }
        if (organizations == null) {
            organizations = ifExists(defaultDataDir.resolve(ORGANIZATIONS), null);
        }
        if (aliases == null) {
            aliases = ifExists(defaultDataDir.resolve(ALIASES), null);
        }
        return new DataLayout(events.stream().distinct().sorted().toList(), organizations, aliases, whole);
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
