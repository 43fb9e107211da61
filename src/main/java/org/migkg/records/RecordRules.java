package org.migkg.records;

import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The checks a JSON Schema cannot express: real dates, declared organizations, unique ids, consistent series and curated decisions. */
final class RecordRules {
    private final Function<Path, String> display;
    private final List<Organization> catalogue;
    private final Map<String, Organization> organizations = new HashMap<>();
    private final Aliases aliases;
    private final boolean wholeCorpus;

    RecordRules(Function<Path, String> display, List<Organization> organizations, Aliases aliases, boolean wholeCorpus) {
        this.display = display;
        this.catalogue = organizations;
        organizations.forEach(o -> this.organizations.putIfAbsent(o.id(), o));
        this.aliases = aliases;
        this.wholeCorpus = wholeCorpus;
    }

    void check(List<SourceRecord> events, Path organizationsFile, Path aliasesFile, List<Problem> problems, List<Problem> warnings) {
        if (organizationsFile != null) {
            checkOrganizations(display.apply(organizationsFile), problems);
        }
        Map<String, SourceRecord> byId = new LinkedHashMap<>();
        Map<String, String> seriesNames = new HashMap<>();
        for (SourceRecord source : events) {
            EventRecord e = source.event();
            String file = display.apply(source.file());
            SourceRecord twin = byId.putIfAbsent(e.id(), source);
            if (twin != null) {
                problems.add(new Problem(file, e.id(), "/id", "duplicate id: also used by " + display.apply(twin.file())));
            }
            checkEvent(file, e, seriesNames, problems, warnings);
        }
        if (aliasesFile != null) {
            EventDecisionRules.check(display.apply(aliasesFile), aliases, wholeCorpus ? byId.keySet() : null, problems, warnings);
        }
        if (aliasesFile != null && wholeCorpus) {
            checkAliases(display.apply(aliasesFile), byId, problems);
        }
    }

    private void checkEvent(String file, EventRecord e, Map<String, String> seriesNames, List<Problem> problems, List<Problem> warnings) {
        Problems p = new Problems(file, e.id(), problems);
        EventTime start = time(e.start(), "/start", p);
        if (e.end() != null) {
            EventTime end = time(e.end(), "/end", p);
            if (start != null && end != null && end.date().isBefore(start.date())) {
                p.add("/end", "ends (" + e.end() + ") before it starts (" + e.start() + ")");
            }
        }
        declared(e.organizers(), "/organizers", p);
        declared(e.partners(), "/partners", p);
        declared(e.funders(), "/funders", p);
        for (int i = 0; i < e.partOf().size(); i++) {
            EventRecord.PartOf part = e.partOf().get(i);
            declared(part.organizers(), "/partOf/" + i + "/organizers", p);
            declared(part.funders(), "/partOf/" + i + "/funders", p);
            String known = seriesNames.putIfAbsent(part.id(), part.name());
            if (known != null && !known.equals(part.name())) {
                p.add("/partOf/" + i + "/name", "series '" + part.id() + "' is named '" + known + "' in another record");
            }
        }
        for (int i = 0; i < e.participants().size(); i++) {
            List<EventRecord.Post> posts = e.participants().get(i).posts();
            for (int j = 0; j < posts.size(); j++) {
                String orgId = posts.get(j).organizationId();
                if (orgId != null && !organizations.containsKey(orgId)) {
                    p.add("/participants/" + i + "/posts/" + j + "/organizationId", "organization '" + orgId + "' is not declared in organizations.json");
                }
            }
        }
        if (!e.review().isEmpty()) {
            warnings.add(new Problem(file, e.id(), "/review", e.review().size() + " open review item(s): "
                    + String.join("; ", e.review().stream().map(r -> r.field() + " (" + r.reason() + ")").toList())));
        }
        String expectedName = e.id() + ".json";
        if (!file.endsWith(expectedName)) {
            warnings.add(new Problem(file, e.id(), "/id", "file name differs from the id; expected " + expectedName));
        }
    }

    private EventTime time(String text, String field, Problems p) {
        try {
            return EventTime.parse(text);
        } catch (DateTimeParseException ex) {
            p.add(field, "not a real date or date-time: " + text);
            return null;
        }
    }

    private void declared(List<String> ids, String field, Problems p) {
        for (int i = 0; i < ids.size(); i++) {
            if (!organizations.containsKey(ids.get(i))) {
                p.add(field + "/" + i, "organization '" + ids.get(i) + "' is not declared in organizations.json");
            }
        }
    }

    private void checkOrganizations(String file, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < catalogue.size(); i++) {
            Organization o = catalogue.get(i);
            Problems p = new Problems(file, o.id(), problems);
            if (!seen.add(o.id())) {
                p.add("/organizations/" + i + "/id", "duplicate organization id");
            }
            if (o.parent() != null && !organizations.containsKey(o.parent())) {
                p.add("/organizations/" + i + "/parent", "parent '" + o.parent() + "' is not declared");
            }
            if (o.parent() != null && ancestorsLoop(o)) {
                p.add("/organizations/" + i + "/parent", "parent chain loops back to '" + o.id() + "'");
            }
        }
    }

    private boolean ancestorsLoop(Organization start) {
        Set<String> visited = new HashSet<>();
        Organization current = start;
        while (current != null && current.parent() != null) {
            if (!visited.add(current.id())) {
                return true;
            }
            current = organizations.get(current.parent());
        }
        return false;
    }

    private void checkAliases(String file, Map<String, SourceRecord> events, List<Problem> problems) {
        for (int i = 0; i < aliases.samePerson().size(); i++) {
            Aliases.SamePerson same = aliases.samePerson().get(i);
            mentions(file, same.person(), "/samePerson/" + i + "/mentions", same.mentions(), events, problems);
        }
        for (int i = 0; i < aliases.differentPeople().size(); i++) {
            mentions(file, "-", "/differentPeople/" + i + "/mentions", aliases.differentPeople().get(i).mentions(), events, problems);
        }
    }

    private static void mentions(String file, String record, String field, List<String> mentions, Map<String, SourceRecord> events, List<Problem> problems) {
        for (int j = 0; j < mentions.size(); j++) {
            String[] parts = mentions.get(j).split("#");
            SourceRecord source = events.get(parts[0]);
            long order = parts.length < 2 || !parts[1].matches("\\d{1,18}") ? Long.MAX_VALUE : Long.parseLong(parts[1]);
            if (source == null) {
                problems.add(new Problem(file, record, field + "/" + j, "no event record '" + parts[0] + "'"));
            } else if (order > source.event().participants().size()) {
                problems.add(new Problem(file, record, field + "/" + j, "event '" + parts[0] + "' has only "
                        + source.event().participants().size() + " participants"));
            }
        }
    }

    private record Problems(String file, String record, List<Problem> sink) {
        void add(String field, String message) {
            sink.add(new Problem(file, record, field, message));
        }
    }
}
