package org.migkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The research query library: the {@code .rq} files of the {@code queries/} folder, which the build also copies into
 * the jar under {@code /queries/}. The command line runs them by name and the web front lists them.
 */
public final class QueryLibrary {
    public static final String RESOURCE_FOLDER = "queries";
    private static final String SUFFIX = ".rq";

    private final List<LibraryQuery> queries;

    private QueryLibrary(List<LibraryQuery> queries) {
        this.queries = queries.stream().sorted(Comparator.comparing(LibraryQuery::name)).toList();
    }

    /** The library shipped with the program (the jar's {@code /queries/}). */
    public static QueryLibrary load() {
        URL folder = QueryLibrary.class.getResource("/" + RESOURCE_FOLDER + "/");
        if (folder == null) {
            throw new IllegalStateException("the query library /" + RESOURCE_FOLDER + "/ is missing from the class path");
        }
        try {
            return switch (folder.getProtocol()) {
                case "file" -> load(Path.of(folder.toURI()));
                case "jar" -> fromJar((JarURLConnection) folder.openConnection());
                default -> throw new IllegalStateException("cannot list the query library at " + folder);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the query library at " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The library in a folder of {@code .rq} files, such as the project's {@code queries/}. */
    public static QueryLibrary load(Path folder) {
        List<LibraryQuery> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                queries.add(LibraryQuery.parse(nameOf(file.getFileName().toString()), Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the query library in " + folder, e);
        }
        return new QueryLibrary(queries);
    }

    private static QueryLibrary fromJar(JarURLConnection connection) throws IOException {
        connection.setUseCaches(false);
        TreeMap<String, String> texts = new TreeMap<>();
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : jar.stream().toList()) {
                String path = entry.getName();
                if (path.startsWith(RESOURCE_FOLDER + "/") && path.endsWith(SUFFIX) && path.indexOf('/', RESOURCE_FOLDER.length() + 1) < 0) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        texts.put(nameOf(path.substring(RESOURCE_FOLDER.length() + 1)), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return new QueryLibrary(texts.entrySet().stream().map(e -> LibraryQuery.parse(e.getKey(), e.getValue())).toList());
    }

    private static String nameOf(String fileName) {
        return fileName.substring(0, fileName.length() - SUFFIX.length());
    }

    /** The queries, by name. */
    public List<LibraryQuery> queries() {
        return queries;
    }

    public Optional<LibraryQuery> find(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }
}
