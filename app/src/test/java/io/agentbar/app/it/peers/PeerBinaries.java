package io.agentbar.app.it.peers;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the peer executables. A missing binary is a test failure, never a skip: a CI image without kamailio must not
 * report green (run {@code scripts/install-test-peers}).
 */
public final class PeerBinaries {

    /** Searched after $PATH, because Maven may run with a PATH that lacks the sbin directories (kamailio lives there). */
    private static final List<String> EXTRA_DIRS = List.of("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin");

    private PeerBinaries() {
    }

    /** Absolute path of the executable {@code name}, or an AssertionError that says how to install it. */
    public static Path require(String name) {
        List<String> dirs = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            dirs.addAll(List.of(path.split(File.pathSeparator)));
        }
        dirs.addAll(EXTRA_DIRS);
        for (String dir : dirs) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        throw new AssertionError("peer binary '" + name + "' not found in PATH or " + EXTRA_DIRS
                + ": run scripts/install-test-peers (as root on Debian) before the integration tests");
    }
}
