package org.migkg.importer.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.migkg.importer.CatalogueLookup;
import org.migkg.importer.OrganizationLookup;
import org.migkg.records.OrganizationResolver;
import org.migkg.records.EventRecord.Post;
import org.migkg.records.Organization;
import org.migkg.text.Folding;

/**
 * Organizations as the scorer compares them: a name the catalogue knows stands for its id (through
 * {@link OrganizationResolver}, without the importer's guessing from prefixes), any other name for its
 * {@link Folding#key}.
 */
public final class OrganizationKeys {
    private static final String UNKNOWN = "~";

    private final OrganizationResolver resolver;
    private final CatalogueLookup lookup;

    public OrganizationKeys(List<Organization> catalogue) {
        this.resolver = new OrganizationResolver(catalogue);
        this.lookup = new CatalogueLookup(catalogue);
    }

    /** Reads {@code data/organizations.json} ({@code {"organizations": [...]}}). */
    public static OrganizationKeys read(Path organizationsJson) {
        ObjectMapper mapper = new ObjectMapper();
        try {
            List<Organization> organizations = new ArrayList<>();
            for (JsonNode node : mapper.readTree(organizationsJson.toFile()).path("organizations")) {
                organizations.add(mapper.treeToValue(node, Organization.class));
            }
            return new OrganizationKeys(organizations);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the organization catalogue " + organizationsJson + " is not valid JSON: "
                    + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the organization catalogue " + organizationsJson + ": " + e.getMessage(), e);
        }
    }

    /** The catalogue as the importer sees it. */
    public OrganizationLookup lookup() {
        return lookup;
    }

    /** The key of an organization written out, as a reading or a post gives it. */
    String ofName(String written) {
        if (written == null || written.isBlank()) {
            return UNKNOWN;
        }
        return resolver.resolve(written).orElse(UNKNOWN + Folding.key(written));
    }

    /** The key of an id a draft gives: the id when the catalogue declares it, else the words of the slug. */
    String ofId(String id) {
        return resolver.byId(id).isPresent() ? id : ofName(id);
    }

    String ofPost(Post post) {
        return post.organizationId() != null ? ofId(post.organizationId()) : ofName(post.organization());
    }

    /**
     * Whether a post names the organization a reading gives: the same organization, or, where the catalogue does not
     * know one of the two, the reading's name written within the post's.
     */
    boolean names(Post post, String reading) {
        String want = ofName(reading);
        String have = ofPost(post);
        if (want.equals(have)) {
            return true;
        }
        String unit = Folding.key(Text.withoutParenthetical(reading));
        if (post.title() != null && post.organization() != null && !unit.isEmpty() && (" " + Folding.key(post.title()) + " ").contains(" " + unit + " ")) {
            return true; // a unit of the organization written into the title: "Director, Institute for the Study of ..., Georgetown University"
        }
        if (!isUnknown(want) && !isUnknown(have)) {
            return false;
        }
        String r = Folding.key(reading);
        return post.organization() != null && !r.isEmpty()
                && (" " + Folding.key(post.organization()) + " ").contains(" " + r + " ");
    }

    private static final class Text {
        static String withoutParenthetical(String s) {
            return s.replaceAll("\\s*\\([^()]*\\)", "").strip();
        }
    }

    private static boolean isUnknown(String key) {
        return key.startsWith(UNKNOWN);
    }
}
