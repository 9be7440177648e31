package io.agentbar.app.api;

import io.agentbar.app.config.AtomicFile;
import io.agentbar.app.config.SettingsFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The API token on disk, beside the settings ({@code $XDG_CONFIG_HOME/agentbar/api-token}): made on
 * first start, readable by its owner only where the file system has POSIX permissions (elsewhere
 * the user profile's own access control applies), and reused after that so integrations keep
 * working across restarts.
 */
public final class TokenFile {
    private static final Logger LOG = LoggerFactory.getLogger(TokenFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path path;

    public TokenFile(Path path) {
        this.path = path;
    }

    public static TokenFile standard() {
        return new TokenFile(SettingsFile.standard().path().resolveSibling("api-token"));
    }

    public Path path() {
        return path;
    }

    /**
     * The token in the file, or a new one written there. A file others could read is no secret any
     * more, and one that holds no valid token is of no use: both are replaced with a new token.
     */
    public BearerToken loadOrCreate() throws IOException {
        if (Files.isRegularFile(path)) {
            if (readableByOthers()) {
                LOG.warn("the API token file {} was readable by other users; it has been replaced with a new token", path);
            } else {
                try {
                    return BearerToken.of(Files.readString(path, StandardCharsets.US_ASCII).strip());
                } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
                    LOG.warn("the API token file {} holds no valid token; it has been replaced with a new token", path);
                }
            }
        }
        return create();
    }

    private BearerToken create() throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            setPermissions(dir, OWNER_ONLY_DIR);
        }
        BearerToken token = BearerToken.random(new SecureRandom());
        // AtomicFile writes through Files.createTempFile, which is owner-only on POSIX from the start,
        // so the token is never readable by others, not even for a moment before the chmod below
        AtomicFile.write(path, (token.reveal() + "\n").getBytes(StandardCharsets.US_ASCII));
        setPermissions(path, OWNER_ONLY);
        LOG.info("created a new API token in {}", path);
        return token;
    }

    private boolean readableByOthers() throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (posix == null) {
            return false;
        }
        return posix.readAttributes().permissions().stream()
                .anyMatch(p -> p.name().startsWith("GROUP_") || p.name().startsWith("OTHERS_"));
    }

    private static void setPermissions(Path p, Set<PosixFilePermission> permissions) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(p, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(permissions);
        }
    }
}
