package io.agentbar.app.it.peers;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated configs, checked without starting the peers (PeersSmokeIT starts them). */
class PeerConfigTest {

    @Test
    void kamailioConfigListensOnLoopbackAndKnowsEachUser() {
        String cfg = Kamailio.renderConfig(21000, new TreeMap<>(Map.of("alice", "a-pw", "bob", "b-pw")));

        assertThat(cfg)
                .contains("listen=udp:127.0.0.1:21000", "listen=tcp:127.0.0.1:21000")
                .contains("if ($au == \"alice\") {", "$var(password) = \"a-pw\";")
                .contains("if ($au == \"bob\") {", "$var(password) = \"b-pw\";")
                .contains("www_challenge(", "pv_www_authenticate(", "save(\"location\")", "lookup(\"location\")",
                        "loose_route()", "record_route()", "t_relay()")
                .doesNotContain("@@");
    }

    @Test
    void baresipAccountRegistersOrListensDirectly() {
        BaresipOptions direct = BaresipOptions.named("a").codecs("opus/48000/2", "PCMU").autoAnswer(true);

        assertThat(BaresipConfig.account(direct, 22000))
                .isEqualTo("<sip:a@127.0.0.1:22000>;regint=0;answermode=auto;audio_codecs=opus/48000/2,PCMU");
    }

    @Test
    void baresipConfigKeepsMediaOnLoopbackAndRecords() {
        BaresipOptions options = BaresipOptions.named("b").module("srtp.so").configLine("rtp_timeout 30");

        String config = BaresipConfig.config(options, 22000, 22010, new Ports.PortRange(22100, 20),
                Path.of("/tmp/in.wav"), Path.of("/tmp/rec"));

        assertThat(config)
                .contains("sip_listen 127.0.0.1:22000", "net_interface 127.0.0.1", "rtp_ports 22100-22119")
                .contains("audio_source aufile,/tmp/in.wav", "snd_path /tmp/rec", "module sndfile.so")
                .contains("module_app ctrl_tcp.so", "ctrl_tcp_listen 127.0.0.1:22010")
                .contains("module srtp.so", "rtp_timeout 30");
    }

    @Test
    void controlJsonIsEscapedBothWays() {
        String quoted = BaresipControl.quote("say \"hi\"\\\n");

        assertThat(quoted).isEqualTo("\"say \\\"hi\\\"\\\\\\n\"");
        assertThat(BaresipControl.unescape(quoted.substring(1, quoted.length() - 1))).isEqualTo("say \"hi\"\\\n");
        assertThat(BaresipControl.unescape("a\\u0041b")).isEqualTo("aAb");
    }
}
