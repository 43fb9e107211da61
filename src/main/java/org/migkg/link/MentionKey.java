package org.migkg.link;

import org.migkg.records.Register;
import org.migkg.text.Folding;

/**
 * A mention as the register knows it: the event, the stated name folded, and which of the event's participants of
 * that name it is (from 1). It survives participants being added, removed or reordered, which positions do not.
 */
public record MentionKey(String event, String name, int occurrence) {
    public static MentionKey of(Register.RegisteredMention m) {
        return new MentionKey(m.event(), Folding.key(m.name()), m.occurrenceOrFirst());
    }

    Register.RegisteredMention registered(String statedName) {
        return new Register.RegisteredMention(event, statedName.trim(), occurrence == 1 ? null : occurrence);
    }
}
