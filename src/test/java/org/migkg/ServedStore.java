package org.migkg;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migkg.rdf.Iris;

/**
 * The test class reads the seeds over HTTP: {@link ServedStoreExtension} hands it, in its static {@code KnowledgeStore}
 * and {@code KgServer} fields, the seeds loaded, published and served on a free port. Each kind of server (IRI base, web
 * front or not) is started once per JVM and shared by every class that asks for it, so a class must not write to it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ServedStoreExtension.class)
public @interface ServedStore {
    /** The base the store mints its IRIs from. */
    String base() default Iris.DEFAULT_BASE;

    /** Whether the server has the web front (landing page, entity pages, search, library), as {@code serve} does. */
    boolean webFront() default false;
}
