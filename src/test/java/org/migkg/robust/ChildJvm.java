package org.migkg.robust;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in a separate JVM with the test's classpath, so a test can kill it or limit it. */
final class ChildJvm {
    private ChildJvm() {}

    static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.migkg.cli.Main");
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Starts the command in {@code workDir}, its output (both streams) going to {@code log}. */
    static Process start(Path workDir, Path log, List<String> command) throws IOException {
        return new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
