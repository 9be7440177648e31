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
    void kamailioDefaultsLeaveTlsWebsocketAndRtpengineOff() {
        String cfg = Kamailio.renderConfig(21000, Map.of("alice", "a-pw"));

        assertThat(cfg).doesNotContain("#!define WITH_").contains("#!ifdef WITH_TLS", "#!ifdef WITH_RTPENGINE");
    }

    @Test
    void kamailioOptionsSwitchOnListenersAndMediaBridging() {
        TestCertificates.ServerCertificate cert = new TestCertificates.ServerCertificate("server", Path.of("/c/server.pem"),
                Path.of("/c/server.key"), Path.of("/c/server-with-key.pem"), Path.of("/c/ca.pem"));
        KamailioOptions options = KamailioOptions.withUsers(Map.of("web", "w-pw", "bob", "b-pw"))
                .domain("sip.agentbar.test").tls(cert).ws().wss().webrtcUser("web");

        String cfg = KamailioConfig.render(options, new KamailioConfig.Listeners(21000, 21001, 21002, 21003), Path.of("/r/tls.cfg"));

        assertThat(cfg)
                .contains("#!define WITH_TLS\n", "#!define WITH_WS\n", "#!define WITH_WSS\n", "#!define WITH_TLS_MODULE",
                        "#!define WITH_WEBSOCKET", "#!define WITH_CONN_REUSE", "#!define WITH_DOMAIN")
                .doesNotContain("#!define WITH_RTPENGINE")
                .contains("listen=tls:127.0.0.1:21001", "listen=tcp:127.0.0.1:21002", "listen=tls:127.0.0.1:21003")
                .contains("alias=\"sip.agentbar.test\"", "modparam(\"tls\", \"config\", \"/r/tls.cfg\")")
                .contains("if ($tU == \"web\") {", "ws_handle_handshake()", "fix_nated_register()")
                .doesNotContain("@@");
        assertThat(KamailioConfig.tlsConfig(cert))
                .contains("[server:default]", "certificate = /c/server.pem", "private_key = /c/server.key", "TLSv1.2+");
    }

    @Test
    void baresipTlsAccountTrustsTheCaAndEncryptsMedia() {
        BaresipOptions options = BaresipOptions.named("w").trustCa(Path.of("/c/ca.pem")).webrtcMedia();

        String config = BaresipConfig.config(options, 22000, 22010, new Ports.PortRange(22100, 20),
                Path.of("/tmp/in.wav"), Path.of("/tmp/rec"));

        assertThat(config).contains("sip_cafile /c/ca.pem", "module dtls_srtp.so", "module ice.so", "rtcp_mux yes")
                .doesNotContain("rtcp_mux no");
        assertThat(BaresipConfig.account(options, 22000)).endsWith(";mediaenc=dtls_srtp;medianat=ice");
        assertThat(BaresipConfig.account(BaresipOptions.named("s").sdesSrtp("srtp-mand"), 22000)).endsWith(";mediaenc=srtp-mand");
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
