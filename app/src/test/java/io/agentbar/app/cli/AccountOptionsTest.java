package io.agentbar.app.cli;

import io.agentbar.core.account.Transport;
import io.agentbar.core.media.MediaProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountOptionsTest {
    private static final Map<String, String> ENV = Map.of("PW", "secret", "TURN_PW", "turn-secret");

    private static AccountOptions parse(String... argv) throws UsageException {
        List<String> all = new java.util.ArrayList<>(List.of("--server", "pbx.example.com", "--user", "1001",
                "--password-env", "PW"));
        all.addAll(List.of(argv));
        return AccountOptions.from(Arguments.parse(all, AccountOptions.NAMES, AccountOptions.SWITCHES), ENV);
    }

    @Test
    void wssDefaultsToTheWebRtcProfileOnPort443() throws UsageException {
        AccountOptions o = parse("--transport", "wss", "--ws-path", "/sip");
        assertThat(o.account().transport()).isEqualTo(Transport.WSS);
        assertThat(o.account().port()).isEqualTo(443);
        assertThat(o.account().media()).isEqualTo(MediaProfile.WEBRTC);
        assertThat(o.account().wsPath()).isEqualTo("/sip");
    }

    @Test
    void tlsDefaultsToSdesOnPort5061() throws UsageException {
        AccountOptions o = parse("--transport", "tls");
        assertThat(o.account().port()).isEqualTo(5061);
        assertThat(o.account().media()).isEqualTo(MediaProfile.SDES);
    }

    @Test
    void turnPasswordComesFromTheEnvironmentOnly() throws UsageException {
        AccountOptions o = parse("--media", "webrtc", "--turn", "turn.example.com:3478", "--turn-user", "agent",
                "--turn-password-env", "TURN_PW", "--relay-only");
        assertThat(o.nat().turnPassword().revealAsString()).isEqualTo("turn-secret");
        assertThat(o.nat().relayOnly()).isTrue();
        assertThat(o.nat().toString()).doesNotContain("turn-secret");
    }

    @Test
    void recordingsUploadByPutOrMultipartWithTheTokenKeptOutOfSight() throws UsageException {
        var put = parse("--upload-url", "https://rec.example.com/in", "--upload-token-env", "TURN_PW").upload().orElseThrow();
        assertThat(put.method()).isEqualTo(io.agentbar.app.recording.UploadTarget.Method.PUT);
        assertThat(put.toString()).doesNotContain("turn-secret");
        assertThat(parse("--upload-url", "https://rec.example.com/in", "--upload-method", "multipart").upload()
                .orElseThrow().method()).isEqualTo(io.agentbar.app.recording.UploadTarget.Method.MULTIPART_POST);
        assertThatThrownBy(() -> parse("--upload-url", "https://rec.example.com/in", "--upload-method", "ftp"))
                .hasMessageContaining("put or multipart");
        assertThatThrownBy(() -> parse("--upload-method", "put")).hasMessageContaining("need --upload-url");
        assertThatThrownBy(() -> parse("--upload-url", "ftp://rec.example.com/in")).hasMessageContaining("http or https");
    }

    @Test
    void refusesCombinationsThatWouldSilentlyDoNothingOrLeakKeys() {
        assertThatThrownBy(() -> parse("--media", "sdes")).isInstanceOf(UsageException.class).hasMessageContaining("tls or wss");
        assertThatThrownBy(() -> parse("--transport", "tls", "--media", "rtp")).hasMessageContaining("unencrypted");
        assertThatThrownBy(() -> parse("--stun", "stun.example.com")).hasMessageContaining("webrtc");
        assertThatThrownBy(() -> parse("--media", "webrtc", "--relay-only")).hasMessageContaining("TURN");
        assertThatThrownBy(() -> parse("--ws-path", "/ws")).hasMessageContaining("ws or wss");
        assertThatThrownBy(() -> parse("--transport", "tls", "--ca", "/nonexistent.pem")).hasMessageContaining("no readable");
        assertThatThrownBy(() -> parse("--transport", "tls", "--trust-fingerprint", "AB:CD")).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> parse("--transport", "sctp")).hasMessageContaining("udp, tcp, tls, ws or wss");
    }

    @Test
    void plainRtpOverTlsIsAnExplicitChoice() throws UsageException {
        assertThat(parse("--transport", "tls", "--media", "rtp", "--allow-plain-rtp").account().allowPlainRtp()).isTrue();
    }
}
