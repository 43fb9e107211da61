package org.migkg.importer.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.migkg.importer.ImportOptions;
import org.migkg.importer.PageImporter;

/** Runs the importer on saved pages and scores each against its reading. */
public final class ImportScorer {
    private final PageImporter importer;
    private final PageScorer scorer;

    public ImportScorer(OrganizationKeys organizations) {
        this.importer = new PageImporter(organizations.lookup());
        this.scorer = new PageScorer(organizations);
    }

    /** Every page of the folder that has a reading; readings whose page is not there are listed. */
    public ScoreReport scoreFolder(Path folder, Map<String, Reading> readings) {
        List<Path> pages = pagesIn(folder);
        Set<String> present = pages.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        List<String> orphans = readings.keySet().stream().filter(r -> !present.contains(r)).sorted().toList();
        return score(pages, readings, orphans);
    }

    /** Only these pages. */
    public ScoreReport scorePages(List<Path> pages, Map<String, Reading> readings) {
        return score(pages, readings, List.of());
    }

    private ScoreReport score(List<Path> pages, Map<String, Reading> readings, List<String> orphans) {
        List<PageScore> scores = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        for (Path page : pages) {
            Reading reading = readings.get(page.getFileName().toString());
            if (reading == null) {
                unread.add(page.getFileName().toString());
            } else {
                scores.add(score(page, reading));
            }
        }
        return ScoreReport.of(scores, unread, orphans);
    }

    private PageScore score(Path page, Reading reading) {
        try {
            return scorer.score(reading, importer.read(page, ImportOptions.NONE));
        } catch (RuntimeException | StackOverflowError e) {
            return scorer.crashed(reading, e);
        }
    }

    /** The saved pages of a folder (text and HTML), in file-name order. */
    public static List<Path> pagesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(ImportScorer::isPage).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the pages in " + folder, e);
        }
    }

    private static boolean isPage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
    }
}
