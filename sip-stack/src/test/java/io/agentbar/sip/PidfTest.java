package io.agentbar.sip;

import gov.nist.javax.sip.message.MessageFactoryImpl;
import io.agentbar.core.signalling.PresenceStatus;
import org.junit.jupiter.api.Test;

import javax.sip.message.Request;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The presence document we publish, and the INVITE headers that mark queue calls. */
class PidfTest {
    @Test
    void aPausedAgentIsClosedAwayWithTheReasonAsNote() throws Exception {
        String xml = Pidf.document("sip:1001@pbx.example", "t1", new PresenceStatus(false,
                List.of(PresenceStatus.Activity.AWAY), Optional.of("Lunch")));
        var doc = parse(xml);
        assertThat(doc.getDocumentElement().getAttribute("entity")).isEqualTo("sip:1001@pbx.example");
        assertThat(doc.getElementsByTagNameNS("urn:ietf:params:xml:ns:pidf", "basic").item(0).getTextContent())
                .isEqualTo("closed");
        assertThat(doc.getElementsByTagNameNS("urn:ietf:params:xml:ns:pidf:rpid", "away").getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagNameNS("urn:ietf:params:xml:ns:pidf:data-model", "note").item(0).getTextContent())
                .isEqualTo("Lunch");
    }

    @Test
    void aReadyAgentIsOpenWithoutActivitiesOrNote() throws Exception {
        String xml = Pidf.document("sip:1001@pbx.example", "t1", new PresenceStatus(true, List.of(), Optional.empty()));
        var doc = parse(xml);
        assertThat(doc.getElementsByTagNameNS("urn:ietf:params:xml:ns:pidf", "basic").item(0).getTextContent())
                .isEqualTo("open");
        assertThat(xml).doesNotContain("activities").doesNotContain("note");
    }

    @Test
    void theNoteCannotBreakTheDocument() throws Exception {
        String hostile = "</note></tuple><tuple id=\"x\"><status><basic>open</basic></status> & 'q' \u0001";
        String xml = Pidf.document("sip:1001@pbx.example", "t1", new PresenceStatus(false,
                List.of(PresenceStatus.Activity.AWAY), Optional.of(hostile)));
        var doc = parse(xml);
        assertThat(doc.getElementsByTagNameNS("urn:ietf:params:xml:ns:pidf", "tuple").getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagNameNS("urn:ietf:params:xml:ns:pidf:data-model", "note").item(0).getTextContent())
                .isEqualTo(hostile.replace("\u0001", ""));
    }

    @Test
    void onlyExtensionHeadersOfAnInviteAreKeptInLowerCase() throws Exception {
        Request invite = (Request) new MessageFactoryImpl().createRequest(String.join("\r\n",
                "INVITE sip:1001@127.0.0.1 SIP/2.0",
                "Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK1",
                "From: <sip:2002@pbx>;tag=a", "To: <sip:1001@pbx>", "Call-ID: c1", "CSeq: 1 INVITE",
                "Max-Forwards: 70", "X-Queue: support", "x-queue: second", "X-Long: " + "v".repeat(400),
                "Subject: hello", "Content-Length: 0", "", ""));
        Map<String, String> headers = IncomingRequests.extensionHeaders(invite);
        assertThat(headers).containsEntry("x-queue", "support").doesNotContainKey("subject");
        assertThat(headers.get("x-long")).hasSize(256);
    }

    private static org.w3c.dom.Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
