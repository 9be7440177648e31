package io.agentbar.sip.media.ice;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IceCandidateTest {

    @Test
    void hostCandidateParsesIntoItsFields() {
        IceCandidate c = IceCandidate.parse("1 1 UDP 2130706431 192.0.2.2 49170 typ host").orElseThrow();

        assertThat(c.foundation()).isEqualTo("1");
        assertThat(c.component()).isEqualTo(1);
        assertThat(c.isUdp()).isTrue();
        assertThat(c.priority()).isEqualTo(2130706431L);
        assertThat(c.address()).isEqualTo(new InetSocketAddress("192.0.2.2", 49170));
        assertThat(c.type()).isEqualTo(IceCandidate.Type.HOST);
        assertThat(c.related()).isEmpty();
    }

    @Test
    void relayCandidateKeepsItsRelatedAddress() {
        IceCandidate c = IceCandidate.parse("3 1 udp 16777215 203.0.113.9 60001 typ relay raddr 198.51.100.7 rport 50000")
                .orElseThrow();

        assertThat(c.type()).isEqualTo(IceCandidate.Type.RELAYED);
        assertThat(c.transport()).isEqualTo("UDP");
        assertThat(c.related()).contains(new InetSocketAddress("198.51.100.7", 50000));
    }

    @Test
    void browserExtensionsAreToleratedAndDropped() {
        Optional<IceCandidate> c = IceCandidate.parse(
                "842163049 1 udp 1677729535 198.51.100.7 50000 typ srflx raddr 10.0.0.2 rport 50000 "
                        + "generation 0 ufrag aBcD network-id 1 network-cost 10");

        assertThat(c).map(IceCandidate::type).contains(IceCandidate.Type.SERVER_REFLEXIVE);
        assertThat(c).map(IceCandidate::format)
                .contains("842163049 1 UDP 1677729535 198.51.100.7 50000 typ srflx raddr 10.0.0.2 rport 50000");
    }

    @Test
    void ipv6AndAttributePrefixesAreAccepted() {
        IceCandidate c = IceCandidate.parse("a=candidate:abc+/ 1 UDP 2122260223 fd00::2 40000 typ host\r").orElseThrow();

        assertThat(c.foundation()).isEqualTo("abc+/");
        assertThat(c.address()).isEqualTo(new InetSocketAddress("fd00::2", 40000));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1 1 UDP 2130706431 192.0.2.2 49170 typ host",
        "7 1 UDP 1694498815 198.51.100.7 50000 typ srflx raddr 192.0.2.2 rport 49170",
        "9 1 UDP 1845501695 198.51.100.8 50002 typ prflx raddr 192.0.2.2 rport 49170",
        "4 1 UDP 16777215 203.0.113.9 60001 typ relay raddr 0.0.0.0 rport 0",
        "5 2 TCP 2105458943 192.0.2.2 9 typ host",
        "x 256 UDP 4294967295 fd00:0:0:0:0:0:0:2 65535 typ host",
    })
    void formatThenParseGivesTheSameCandidate(String line) {
        IceCandidate parsed = IceCandidate.parse(line).orElseThrow();

        assertThat(IceCandidate.parse(parsed.format())).contains(parsed);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "garbage",
        "1 1 UDP 2130706431 192.0.2.2 49170 host",              // "typ" missing
        "1 1 UDP 2130706431 192.0.2.2 49170 typ bogus",         // unknown type
        "1 0 UDP 2130706431 192.0.2.2 49170 typ host",          // component 0
        "1 257 UDP 2130706431 192.0.2.2 49170 typ host",        // component too big
        "1 1 UDP 0 192.0.2.2 49170 typ host",                   // priority 0
        "1 1 UDP 4294967296 192.0.2.2 49170 typ host",          // priority > 2^32-1
        "1 1 UDP -5 192.0.2.2 49170 typ host",
        "1 1 UDP 2130706431 192.0.2.2 65536 typ host",          // port too big
        "1 1 UDP 2130706431 192.0.2.2 port typ host",
        "1 1 UDP 2130706431 999.0.2.2 49170 typ host",          // not an address
        "1 1 UDP 2130706431 host.example.com 49170 typ host",   // names are never resolved
        "1 1 UDP 2130706431 3f6f1e2a-4b.local 49170 typ host",  // mDNS
        "1 1 UDP 2130706431 192.0.2.2 49170 typ srflx raddr 10.0.0.1",          // rport missing
        "1 1 UDP 2130706431 192.0.2.2 49170 typ srflx raddr 10.0.0.1 port 5",   // misspelt rport
        "1 1 UDP 2130706431 192.0.2.2 49170 typ host generation",               // extension without value
        "1 1 UDP 2130706431 192.0.2.2  49170 typ host",         // double space
        "{}; 1 UDP 2130706431 192.0.2.2 49170 typ host",        // foundation outside ice-char
        "123456789012345678901234567890123 1 UDP 1 192.0.2.2 1 typ host", // foundation > 32
    })
    void malformedLinesAreRefused(String line) {
        assertThat(IceCandidate.parse(line)).isEmpty();
    }

    @Test
    void nullIsRefused() {
        assertThat(IceCandidate.parse(null)).isEmpty();
    }

    @Test
    void unresolvedAddressesCannotBuildACandidate() {
        assertThatThrownBy(() -> new IceCandidate("1", 1, "UDP", 1, InetSocketAddress.createUnresolved("pbx.example", 5),
                IceCandidate.Type.HOST, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
