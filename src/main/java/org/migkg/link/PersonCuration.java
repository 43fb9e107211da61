package org.migkg.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migkg.records.Aliases;

/** Curated decisions, indexed by mention. */
record PersonCuration(Map<Mention, String> pinnedTo, Map<Mention, int[]> apart) {
    /**
     * A pin to a retired id is a pin to its survivor, and a published id that a samePerson {@code replaces} brings
     * all its mentions along, unless they are pinned elsewhere.
     */
    static PersonCuration of(Aliases aliases, List<PersonMention> mentions, PersonRegister published, Survivors survivors) {
        Map<Mention, String> pinned = new HashMap<>();
        mentions.stream().filter(m -> m.pinned() != null).forEach(m -> pinned.put(m.mention(), survivors.of(m.pinned())));
        aliases.samePerson().forEach(s -> s.mentions().forEach(m -> pinned.put(Mention.parse(m), survivors.of(s.person()))));
        for (PersonMention m : mentions) {
            String id = published.idOf(m);
            if (id != null && survivors.isRetired(id)) {
                pinned.putIfAbsent(m.mention(), survivors.of(id));
            }
        }
        Map<Mention, int[]> apart = new HashMap<>();
        for (int i = 0; i < aliases.differentPeople().size(); i++) {
            List<String> ms = aliases.differentPeople().get(i).mentions();
            for (int k = 0; k < ms.size(); k++) {
                apart.put(Mention.parse(ms.get(k)), new int[] {i, k});
            }
        }
        return new PersonCuration(pinned, apart);
    }

    String pinned(PersonMention m) {
        return pinnedTo.get(m.mention());
    }

    int[] keptApart(Mention m) {
        return apart.get(m);
    }
}
