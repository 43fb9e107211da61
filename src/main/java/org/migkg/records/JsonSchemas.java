package org.migkg.records;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/** The record schemas shipped in the jar (copied from {@code data/schema/} by the build). */
final class JsonSchemas {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(true)
            .locale(Locale.ENGLISH)
            .build();

    static final JsonSchema EVENT = load("event.schema.json");
    static final JsonSchema ORGANIZATIONS = load("organizations.schema.json");
    static final JsonSchema ALIASES = load("aliases.schema.json");
    static final JsonSchema REGISTER = load("register.schema.json");

    private JsonSchemas() {}

    private static JsonSchema load(String name) {
        try (InputStream in = JsonSchemas.class.getResourceAsStream("/schema/" + name)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the build: /schema/" + name);
            }
            return FACTORY.getSchema(in, CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
