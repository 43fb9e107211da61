package org.migkg.serve.html;

import java.util.List;

/**
 * What the query editor shows: the query (in the page for readers without JavaScript, and as the editor's data, JSON
 * already safe inside a script element), the links that share it and run it, and the library's examples.
 */
public record EditorView(Head head, String title, String shareLink, String csvLink, String query, String data,
                         List<Example> examples) {

    /** A library query, opening in the editor with its example values. */
    public record Example(Link link, String description) {}
}
