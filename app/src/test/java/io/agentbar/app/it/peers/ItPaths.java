package io.agentbar.app.it.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where peers keep their logs ({@code app/target/it-logs}) and run directories ({@code app/target/it-run}).
 * Names get a numeric suffix that is claimed atomically, so parallel test JVMs never share a file.
 */
public final class ItPaths {

    private ItPaths() {
    }

    /** The app module's {@code target} directory, whether the JVM runs in the module (Maven) or at the repo root (IDE). */
    public static Path target() {
        String basedir = System.getProperty("basedir");
        Path module = basedir != null ? Path.of(basedir) : Path.of("").toAbsolutePath();
        if (Files.isRegularFile(module.resolve("app/pom.xml"))) {
            module = module.resolve("app");
        }
        return module.resolve("target").toAbsolutePath().normalize();
    }

    /** A new, empty log file {@code it-logs/<name>-<n>.log}. */
    public static Path newLogFile(String name) {
        Path dir = createDirectories(target().resolve("it-logs"));
        for (int n = 1; ; n++) {
            Path candidate = dir.resolve(name + "-" + n + ".log");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                // another peer (maybe in another JVM) owns this number: try the next one
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A new, empty run directory {@code it-run/<name>-<n>}. */
    public static Path newRunDirectory(String name) {
        Path dir = createDirectories(target().resolve("it-run"));
        for (int n = 1; ; n++) {
            Path candidate = dir.resolve(name + "-" + n);
            try {
                return Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException taken) {
                // claimed by an earlier or parallel run
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
