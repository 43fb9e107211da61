package org.migkg.records;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migkg.text.Folding;

/** What the register's schema cannot state: each id once, and each mention or written form under one id only. */
final class RegisterRules {
    private RegisterRules() {}

    static void check(String file, Register register, List<Problem> problems) {
        Map<String, String> ids = new HashMap<>();
        Map<String, String> mentions = new HashMap<>();
        for (int i = 0; i < register.people().size(); i++) {
            Register.RegisteredPerson p = register.people().get(i);
            once(ids, p.id(), p.id(), file, "/people/" + i + "/id", "person id", problems);
            for (int j = 0; j < p.mentions().size(); j++) {
                Register.RegisteredMention m = p.mentions().get(j);
                String key = m.event() + "#" + Folding.key(m.name()) + "#" + m.occurrenceOrFirst();
                once(mentions, key, p.id(), file, "/people/" + i + "/mentions/" + j, "mention", problems);
            }
        }
        Map<String, String> orgIds = new HashMap<>();
        Map<String, String> forms = new HashMap<>();
        for (int i = 0; i < register.organizations().size(); i++) {
            Register.RegisteredOrganization o = register.organizations().get(i);
            once(orgIds, o.id(), o.id(), file, "/organizations/" + i + "/id", "organization id", problems);
            for (int j = 0; j < o.forms().size(); j++) {
                once(forms, Folding.key(o.forms().get(j)), o.id(), file, "/organizations/" + i + "/forms/" + j, "written form", problems);
            }
        }
    }

    private static void once(Map<String, String> seen, String key, String owner, String file, String field, String what,
                             List<Problem> problems) {
        String first = seen.putIfAbsent(key, owner);
        if (first != null) {
            problems.add(new Problem(file, owner, field, first.equals(owner) ? "duplicate " + what
                    : what + " already registered under '" + first + "'"));
        }
    }
}
