package org.migkg.serve.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Paths of the browser libraries the pages load, served from their webjars under {@code /static/webjars/}. The
 * version in each path is read from the webjar itself, so upgrading one is a change to the POM only.
 */
final class Webjars {
    static final String CYTOSCAPE = path("cytoscape", "dist/cytoscape.min.js");
    static final String CHART = path("chart.js", "dist/chart.umd.min.js");
    static final String YASGUI = path("zazuko__yasgui", "build/yasgui.min.js");
    static final String YASGUI_CSS = path("zazuko__yasgui", "build/yasgui.min.css");

    private Webjars() {}

    static String path(String artifact, String file) {
        return "/static/webjars/" + artifact + "/" + version(artifact) + "/" + file;
    }

    private static String version(String artifact) {
        String resource = "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = Webjars.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("webjar " + artifact + " is not on the classpath (" + resource + ")");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
