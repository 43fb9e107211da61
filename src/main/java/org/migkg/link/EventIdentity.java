package org.migkg.link;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Which real event each record describes. Records that describe one event (two sites' pages about it) share one
 * {@link Event}, named by its surviving id; every other id of it is retired and redirects there. Each person is one
 * participation of an event however many of its records name them.
 *
 * @param events          by event id
 * @param eventOfRecord   record id to event id
 * @param participationOf every mention to the participation it is part of
 * @param uncertain       pairs of records that might describe one event and were not merged, for review
 */
public record EventIdentity(Map<String, Event> events, Map<String, String> eventOfRecord,
                            Map<Mention, Participation> participationOf, List<UncertainEvents> uncertain) {

    /**
     * One real event.
     *
     * @param records  its records, the most detailed first (whose title and dates the event takes), then by id
     * @param statedBy the record that states each fact the event has only one of
     * @param retired  ids that now redirect to this event: its other records' ids and those a curator replaced
     */
    public record Event(String id, List<String> records, Map<EventFact, String> statedBy, List<Evidence> evidence,
                        List<String> retired) {
        public boolean merged() {
            return records.size() > 1;
        }

        /** Whether it is just one record under its own id, mapped as the record alone would be. */
        public boolean plain() {
            return records.size() == 1 && records.get(0).equals(id);
        }
    }

    /** Why two records were taken to describe one event: the rule or curated decision, its score and reasons. */
    public record Evidence(String rule, String recordA, String recordB, BigDecimal score, List<Linked.Reason> reasons) {}

    /**
     * One person in one event: named in its list at {@code order} (the most detailed record's people first, in page
     * order, then the others' in theirs). {@code first} is the mention whose record states its role, name and
     * position, and names its IRI; {@code mentions} every mention of the person in the event's records.
     */
    public record Participation(String person, Mention first, int order, List<Mention> mentions) {}

    /** Two records that might describe one event: not merged, with the score, its reasons and why not. */
    public record UncertainEvents(String recordA, String recordB, BigDecimal score, List<Linked.Reason> reasons, String why) {}

    public Event eventOf(String recordId) {
        return events.get(eventOfRecord.get(recordId));
    }
}
