package org.migkg.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The event a saved HTML page describes in its own structured data: a schema.org {@code Event} (or one of its
 * subtypes) in a JSON-LD block, else OpenGraph's title. What it states is taken before any heuristic on the text.
 */
record StructuredEvent(String name, String startDate, String endDate, String attendanceMode, String location,
                       List<String> organizers, List<Performer> performers) {

    /** A performer as the data names them, with their job title and affiliation when given. */
    record Performer(String name, String jobTitle, String affiliation) {
        String position() {
            String p = String.join(", ", java.util.stream.Stream.of(jobTitle, affiliation).filter(s -> s != null && !s.isBlank()).toList());
            return p.isEmpty() ? null : p;
        }
    }

    StructuredEvent {
        organizers = List.copyOf(organizers);
        performers = List.copyOf(performers);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static Optional<StructuredEvent> in(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                Optional<JsonNode> event = findEvent(JSON.readTree(script.data()));
                if (event.isPresent()) {
                    return Optional.of(of(event.get()));
                }
            } catch (java.io.IOException e) {
                // a broken block is the publisher's mistake: the page is read from its text instead
            }
        }
        Element ogTitle = doc.selectFirst("meta[property=og:title][content]");
        if (ogTitle != null && !ogTitle.attr("content").isBlank()) {
            return Optional.of(new StructuredEvent(ogTitle.attr("content").strip(), null, null, null, null, List.of(), List.of()));
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> findEvent(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                Optional<JsonNode> e = findEvent(n);
                if (e.isPresent()) {
                    return e;
                }
            }
            return Optional.empty();
        }
        if (node.isObject()) {
            if (types(node).stream().anyMatch(t -> t.endsWith("Event"))) {
                return Optional.of(node);
            }
            return findEvent(node.get("@graph"));
        }
        return Optional.empty();
    }

    private static List<String> types(JsonNode node) {
        List<String> out = new ArrayList<>();
        JsonNode t = node.get("@type");
        if (t != null && t.isArray()) {
            t.forEach(x -> out.add(x.asText()));
        } else if (t != null) {
            out.add(t.asText());
        }
        return out;
    }

    private static StructuredEvent of(JsonNode e) {
        List<String> organizers = new ArrayList<>();
        each(e.get("organizer"), o -> text(o, "name").ifPresent(organizers::add));
        List<Performer> performers = new ArrayList<>();
        each(e.get("performer"), p -> text(p, "name").ifPresent(n -> performers.add(new Performer(n,
                text(p, "jobTitle").orElse(null), p.has("affiliation") ? firstName(p.get("affiliation")) : null))));
        JsonNode location = e.get("location");
        String place = location == null ? null : location.isTextual() ? location.asText()
                : text(location, "name").or(() -> location.has("address") ? Optional.of(address(location.get("address"))) : Optional.empty()).orElse(null);
        String mode = text(e, "eventAttendanceMode").map(m -> m.replaceFirst(".*/", "")).orElse(null);
        return new StructuredEvent(text(e, "name").orElse(null), text(e, "startDate").orElse(null), text(e, "endDate").orElse(null),
                mode, place, organizers, performers);
    }

    private static void each(JsonNode node, java.util.function.Consumer<JsonNode> action) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(action);
        } else {
            action.accept(node);
        }
    }

    private static String firstName(JsonNode node) {
        List<String> names = new ArrayList<>();
        each(node, n -> (n.isTextual() ? Optional.of(n.asText()) : text(n, "name")).ifPresent(names::add));
        return names.isEmpty() ? null : names.get(0);
    }

    private static String address(JsonNode a) {
        if (a.isTextual()) {
            return a.asText();
        }
        return String.join(", ", java.util.stream.Stream.of("addressLocality", "addressCountry")
                .map(f -> text(a, f).orElse(null)).filter(s -> s != null).toList());
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        String s = v.isTextual() ? v.asText() : v.isObject() && v.has("@value") ? v.get("@value").asText() : v.isArray() && v.size() > 0 ? v.get(0).asText() : v.asText();
        return s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    /** "Online", "Offline", "Mixed" (schema.org's attendance modes) as a record writes attendance. */
    String attendance() {
        if (attendanceMode == null) {
            return null;
        }
        return switch (attendanceMode.replace("EventAttendanceMode", "")) {
            case "Online" -> "online";
            case "Offline" -> "in-person";
            case "Mixed" -> "mixed";
            default -> null;
        };
    }
}
