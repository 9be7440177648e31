package io.agentbar.app.it.peers;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeerProcessTest {

    @Test
    void linesAreLoggedAndAwaited() throws IOException {
        try (PeerProcess peer = PeerProcess.start("sh-echo",
                new ProcessBuilder("/bin/sh", "-c", "echo first; printf 'status\\rready 42\\n'; echo err >&2; exec cat"))) {
            PeerProcess.LineMatch ready = peer.awaitLine(Pattern.compile("ready (\\d+)"), Duration.ofSeconds(10));
            PeerProcess.LineMatch err = peer.awaitLine(Pattern.compile("^err$"), ready.index() + 1, Duration.ofSeconds(10));

            assertThat(ready.group(1)).isEqualTo("42");
            assertThat(peer.lines()).containsSubsequence("first", "status", "ready 42", "err");
            assertThat(err.index()).isGreaterThan(ready.index());
            assertThat(Files.readString(peer.logFile(), StandardCharsets.UTF_8)).contains("first", "ready 42", "started pid " + peer.pid());
        }
    }

    @Test
    void stdinReachesTheProcess() throws IOException {
        try (PeerProcess peer = PeerProcess.start("sh-cat", new ProcessBuilder("/bin/cat"))) {
            peer.stdin().write("hello peer\n".getBytes(StandardCharsets.UTF_8));
            peer.stdin().flush();

            assertThat(peer.awaitLine(Pattern.compile("hello"), Duration.ofSeconds(10)).line()).isEqualTo("hello peer");
        }
    }

    @Test
    void timeoutFailsWithTheLogTail() {
        try (PeerProcess peer = PeerProcess.start("sh-quiet", new ProcessBuilder("/bin/sh", "-c", "echo only-line; exec cat"))) {
            peer.awaitLine(Pattern.compile("only-line"), Duration.ofSeconds(10));

            assertThatThrownBy(() -> peer.awaitLine(Pattern.compile("never"), Duration.ofMillis(200)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("sh-quiet")
                    .hasMessageContaining("within PT0.2S")
                    .hasMessageContaining("only-line")
                    .hasMessageContaining(peer.logFile().toString());
        }
    }

    @Test
    void endOfOutputFailsAWaitAtOnce() {
        try (PeerProcess peer = PeerProcess.start("sh-exit", new ProcessBuilder("/bin/sh", "-c", "echo bye; exit 3"))) {
            long start = System.nanoTime();

            assertThatThrownBy(() -> peer.awaitLine(Pattern.compile("never"), Duration.ofSeconds(30)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("ended its output");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void stopKillsAProcessThatIgnoresSigterm() {
        PeerProcess peer = PeerProcess.start("sh-stubborn",
                new ProcessBuilder("/bin/sh", "-c", "trap '' TERM; echo armed; while :; do read x; done"));
        peer.awaitLine(Pattern.compile("armed"), Duration.ofSeconds(10));

        peer.stop();

        assertThat(peer.isAlive()).isFalse();
        peer.stop(); // idempotent
    }

    @Test
    void missingBinaryIsAFailureNotASkip() {
        assertThatThrownBy(() -> PeerProcess.start("missing", new ProcessBuilder("/nonexistent/kamailio")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("install-test-peers");
        assertThatThrownBy(() -> PeerBinaries.require("agentbar-no-such-peer"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("install-test-peers");
    }
}
