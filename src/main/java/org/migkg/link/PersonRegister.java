package org.migkg.link;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.migkg.records.Register;

/** The person ids already published, and the mentions that carry each. */
final class PersonRegister {
    private final Map<MentionKey, String> idOf = new HashMap<>();
    private final Set<String> ids = new TreeSet<>();

    PersonRegister(Register register) {
        for (Register.RegisteredPerson p : register.people()) {
            ids.add(p.id());
            p.mentions().forEach(m -> idOf.putIfAbsent(MentionKey.of(m), p.id()));
        }
    }

    /** The published id of this mention, or null for a mention no load has seen. */
    String idOf(PersonMention m) {
        return m.key() == null ? null : idOf.get(m.key());
    }

    boolean isRegistered(MentionKey key) {
        return idOf.containsKey(key);
    }

    Set<String> ids() {
        return ids;
    }
}
