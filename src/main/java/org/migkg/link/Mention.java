package org.migkg.link;

/** One participant entry of one event: the event's id and the position in its participant list, from 1. */
public record Mention(String eventId, int order) implements Comparable<Mention> {
    public static Mention parse(String text) {
        int hash = text.indexOf('#');
        return new Mention(text.substring(0, hash), Integer.parseInt(text.substring(hash + 1)));
    }

    @Override
    public int compareTo(Mention other) {
        int byEvent = eventId.compareTo(other.eventId);
        return byEvent != 0 ? byEvent : Integer.compare(order, other.order);
    }

    @Override
    public String toString() {
        return eventId + "#" + order;
    }
}
