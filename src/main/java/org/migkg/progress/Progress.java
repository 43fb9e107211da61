package org.migkg.progress;

/**
 * Where long work (a load, a publication, an import of many pages, the benchmark) says what it is doing and how far
 * it is. The stages report to it; how it is shown (a status line on a terminal, plain lines in a log, nothing with
 * {@code --quiet}) is the command line's business, so no stage depends on the command line.
 */
public interface Progress {
    /** Reports nothing. */
    Progress NONE = new Progress() {
        @Override
        public void phase(String name, long total) {}

        @Override
        public void advance(long done) {}

        @Override
        public void finish() {}
    };

    /**
     * The work enters a new phase.
     *
     * @param total how many items (records, pages, queries) the phase goes through, or 0 when not known
     */
    void phase(String name, long total);

    /** How many items of the current phase are done. */
    void advance(long done);

    /** The work is over. */
    void finish();
}
