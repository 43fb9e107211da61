package org.migkg.importer;

import java.util.List;

/**
 * One page's lines sorted by what they are: the title and the lines above it, the short labels and the subtitle of
 * the header, the venue and location a label states, the people named in lists, the running text, and a hub
 * listing's facet lines. The lines are the page's without its furniture and facets.
 */
record PageLayout(List<SavedPage.Line> lines, String title, List<String> preTitle, List<String> labels, String subtitle,
                  String venue, String location, List<PageParticipant> mentions, List<String> prose, List<String> facetLines) {

    List<String> texts() {
        return lines.stream().map(SavedPage.Line::text).toList();
    }
}
