package org.migkg.store;

import java.util.List;

/** What a load's write did: the event graphs it wrote and the events it removed. */
public record WriteSummary(int eventGraphsWritten, List<String> eventsRemoved) {}
