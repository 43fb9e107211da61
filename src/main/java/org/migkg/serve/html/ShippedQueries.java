package org.migkg.serve.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code .rq} files shipped in the jar under {@code /queries/}, read once. Each file starts with comment lines
 * {@code # title: ...}, {@code # description: ...}, {@code # param: NAME (required|optional) text} and
 * {@code # example: NAME=value; NAME=value}.
 */
final class ShippedQueries implements QueryCatalogue {
    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|description|param|example):\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile("^(\\w+)\\s*(?:\\((required|optional)\\))?\\s*(.*)$");

    private final List<LibraryQuery> queries;

    ShippedQueries() {
        this.queries = List.copyOf(load());
    }

    @Override
    public List<LibraryQuery> queries() {
        return queries;
    }

    private static List<LibraryQuery> load() {
        URL folder = ShippedQueries.class.getResource("/queries");
        if (folder == null) {
            return List.of();
        }
        try {
            URI uri = folder.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return read(fs.getPath("/queries"));
            }
            return read(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the query library: " + e.getMessage(), e);
        }
    }

    private static List<LibraryQuery> read(Path dir) throws IOException {
        List<LibraryQuery> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                out.add(parse(f.getFileName().toString().replaceFirst("\\.rq$", ""), Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    static LibraryQuery parse(String name, String text) {
        String title = name;
        String description = "";
        List<LibraryQuery.Param> params = new ArrayList<>();
        Map<String, String> example = new LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            Matcher m = HEADER.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            String value = m.group(2).strip();
            switch (m.group(1)) {
                case "title" -> title = value;
                case "description" -> description = value;
                case "param" -> {
                    Matcher p = PARAM.matcher(value);
                    if (p.matches()) {
                        params.add(new LibraryQuery.Param(p.group(1), "required".equals(p.group(2)), p.group(3)));
                    }
                }
                default -> {
                    for (String pair : value.split(";")) {
                        int eq = pair.indexOf('=');
                        if (eq > 0) {
                            example.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                        }
                    }
                }
            }
        }
        return new LibraryQuery(name, title, description, List.copyOf(params), java.util.Collections.unmodifiableMap(example), text);
    }
}
