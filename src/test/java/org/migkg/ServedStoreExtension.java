package org.migkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.migkg.rdf.Iris;
import org.migkg.serve.KgServer;
import org.migkg.serve.html.WebFront;
import org.migkg.store.KnowledgeStore;

/** Starts the server a {@link ServedStore} class asks for (once per JVM and kind) and sets the class's fields to it. */
public final class ServedStoreExtension implements BeforeAllCallback {
    private static final ExtensionContext.Namespace SERVED = ExtensionContext.Namespace.create(ServedStoreExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        Class<?> test = context.getRequiredTestClass();
        ServedStore kind = test.getAnnotation(ServedStore.class);
        Served served = context.getRoot().getStore(SERVED)
                .getOrComputeIfAbsent(kind.base() + (kind.webFront() ? " with the web front" : ""), key -> Served.start(kind), Served.class);
        for (Field field : test.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            if (field.getType() == KnowledgeStore.class) {
                field.setAccessible(true);
                field.set(null, served.store());
            } else if (field.getType() == KgServer.class) {
                field.setAccessible(true);
                field.set(null, served.server());
            }
        }
    }

    /** One served store; JUnit closes it when the whole run ends. */
    record Served(Path dir, KnowledgeStore store, KgServer server) implements ExtensionContext.Store.CloseableResource {
        static Served start(ServedStore kind) {
            try {
                Path dir = Files.createTempDirectory("migkg-served");
                KnowledgeStore store = SeedData.loadedStore(dir, new Iris(kind.base()));
                KgServer.Builder builder = KgServer.builder(store).port(0);
                KgServer server = (kind.webFront() ? WebFront.install(builder, store) : builder).build().start();
                return new Served(dir, store, server);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
            store.close();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
