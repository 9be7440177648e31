package io.agentbar.app.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

class TokenFileTest {
    @TempDir
    Path dir;
    private Path path;

    @BeforeEach
    void posixOnly() {
        assumeThat(dir.getFileSystem().supportedFileAttributeViews()).contains("posix");
        path = dir.resolve("agentbar/api-token");
    }

    private static String content(Path p) throws Exception {
        return Files.readString(p, StandardCharsets.US_ASCII).strip();
    }

    @Test
    void firstStartCreatesAnOwnerOnlyTokenThatLaterStartsReuse() throws Exception {
        BearerToken first = new TokenFile(path).loadOrCreate();
        String text = content(path);
        assertThat(text).matches("[A-Za-z0-9_-]{43}");
        assertThat(first.matches("Bearer " + text)).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path.getParent()))).isEqualTo("rwx------");

        BearerToken again = new TokenFile(path).loadOrCreate();
        assertThat(again.matches("Bearer " + text)).isTrue();
        assertThat(content(path)).isEqualTo(text);
    }

    @Test
    void aTokenOthersCouldReadIsReplaced() throws Exception {
        Files.createDirectories(path.getParent());
        String old = "old-token-readable-by-all-0123456789";
        Files.writeString(path, old);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));
        BearerToken token = new TokenFile(path).loadOrCreate();
        assertThat(token.matches("Bearer " + old)).isFalse();
        assertThat(token.matches("Bearer " + content(path))).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).isEqualTo("rw-------");
    }

    @Test
    void aFileWithoutAValidTokenIsReplaced() throws Exception {
        Files.createDirectories(path.getParent());
        Files.writeString(path, "short");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        BearerToken token = new TokenFile(path).loadOrCreate();
        assertThat(content(path)).hasSize(43);
        assertThat(token.matches("Bearer short")).isFalse();
    }

    @Test
    void theTokenNeverShowsInToString() {
        BearerToken token = BearerToken.random(new SecureRandom());
        assertThat(token.toString()).doesNotContain(token.reveal()).isEqualTo("BearerToken[***]");
    }

    @Test
    void onlyTheExactTokenMatches() {
        BearerToken token = BearerToken.of("abcdefghijklmnop");
        assertThat(token.matches("Bearer abcdefghijklmnop")).isTrue();
        assertThat(token.matches("BEARER  abcdefghijklmnop ")).isTrue();
        assertThat(token.matches("Bearer abcdefghijklmno")).isFalse();
        assertThat(token.matches("Bearer abcdefghijklmnopq")).isFalse();
        assertThat(token.matches("abcdefghijklmnop")).isFalse();
        assertThat(token.matches(null)).isFalse();
        assertThatThrownBy(() -> BearerToken.of("too-short")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BearerToken.of("has spaces in it, sixteen+")).isInstanceOf(IllegalArgumentException.class);
    }
}
