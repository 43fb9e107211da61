package org.migkg.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.migkg.records.Register;
import org.migkg.records.Register.RegisteredMention;
import org.migkg.records.Register.RegisteredOrganization;
import org.migkg.records.Register.RegisteredPerson;
import org.migkg.text.Folding;

/**
 * Extends the register with a link's outcome: a person or organization id not in it yet becomes an entry, and a
 * mention or written form it does not know is added to the entry of the id it was linked to. Nothing in the register
 * is changed or removed, and a mention or form it knows stays under the id it has.
 */
final class RegisterExtension {
    private RegisterExtension() {}

    static RegisterUpdate extend(Register before, Map<String, Linked.Person> people, List<PersonMention> mentions,
                                 OrganizationLinker.Result organizations) {
        PersonRegister published = new PersonRegister(before);
        Map<Mention, PersonMention> byMention = new TreeMap<>();
        mentions.forEach(m -> byMention.put(m.mention(), m));

        Map<String, RegisteredPerson> entries = new LinkedHashMap<>();
        before.people().forEach(p -> entries.put(p.id(), p));
        int newPeople = 0;
        int newMentions = 0;
        for (Linked.Person person : people.values()) {
            List<RegisteredMention> added = new ArrayList<>();
            for (Mention m : person.mentions()) {
                PersonMention pm = byMention.get(m);
                if (!published.isRegistered(pm.key())) {
                    added.add(pm.key().registered(pm.written()));
                }
            }
            RegisteredPerson entry = entries.get(person.id());
            if (entry == null) {
                entries.put(person.id(), new RegisteredPerson(person.id(), person.name(), added));
                newPeople++;
            } else if (!added.isEmpty()) {
                List<RegisteredMention> all = new ArrayList<>(entry.mentions());
                all.addAll(added);
                entries.put(person.id(), new RegisteredPerson(entry.id(), entry.name(), all));
            }
            newMentions += added.size();
        }

        Set<String> knownForms = new HashSet<>();
        before.organizations().forEach(o -> o.forms().forEach(f -> knownForms.add(Folding.key(f))));
        Map<String, RegisteredOrganization> orgs = new LinkedHashMap<>();
        before.organizations().forEach(o -> orgs.put(o.id(), o));
        Map<String, List<String>> formsOf = new TreeMap<>();
        organizations.idOfWritten().forEach((written, id) -> formsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(written.trim()));
        int newOrganizations = 0;
        int newForms = 0;
        for (org.migkg.records.Organization o : organizations.created()) {
            List<String> added = new ArrayList<>();
            for (String form : formsOf.getOrDefault(o.id(), List.of()).stream().sorted().toList()) {
                if (knownForms.add(Folding.key(form))) {
                    added.add(form);
                }
            }
            RegisteredOrganization entry = orgs.get(o.id());
            if (entry == null) {
                orgs.put(o.id(), new RegisteredOrganization(o.id(), o.name(), added));
                newOrganizations++;
            } else if (!added.isEmpty()) {
                List<String> all = new ArrayList<>(entry.forms());
                all.addAll(added);
                orgs.put(o.id(), new RegisteredOrganization(entry.id(), entry.name(), all));
            }
            newForms += added.size();
        }
        return new RegisterUpdate(new Register(List.copyOf(entries.values()), List.copyOf(orgs.values())),
                newPeople, newMentions, newOrganizations, newForms);
    }
}
