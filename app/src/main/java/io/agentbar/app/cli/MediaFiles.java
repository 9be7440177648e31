package io.agentbar.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Checks the {@code --play}, {@code --record} and {@code --recordings} paths up front, so a typo fails before dialling. */
final class MediaFiles {
    private MediaFiles() {
    }

    static Optional<Path> input(Optional<String> name) throws UsageException {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Path p = Path.of(name.get());
        if (!Files.isReadable(p)) {
            throw new UsageException("cannot read --play file " + p);
        }
        return Optional.of(p);
    }

    static Optional<Path> output(Optional<String> name) throws UsageException {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Path p = Path.of(name.get()).toAbsolutePath();
        Path dir = p.getParent();
        if (dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new UsageException("cannot write --record file " + p);
        }
        return Optional.of(p);
    }

    /** The folder for call recordings, created if missing. */
    static Optional<Path> folder(Optional<String> name) throws UsageException {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Path p = Path.of(name.get()).toAbsolutePath();
        try {
            Files.createDirectories(p);
        } catch (java.io.IOException e) {
            throw new UsageException("cannot create --recordings folder " + p + ": " + e.getMessage());
        }
        if (!Files.isWritable(p)) {
            throw new UsageException("cannot write to --recordings folder " + p);
        }
        return Optional.of(p);
    }
}
