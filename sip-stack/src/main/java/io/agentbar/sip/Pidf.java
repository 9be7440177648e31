package io.agentbar.sip;

import io.agentbar.core.signalling.PresenceStatus;

/**
 * Our presence document: PIDF (RFC 3863) with the RPID extension (RFC 4480) and the PIDF data
 * model's person (RFC 4479). One tuple carries the basic status of our SIP contact; the person
 * carries the activities and the note, which PBX presence servers and BLF watchers read. The note
 * is the agent's text and is escaped; everything else comes from enums.
 */
final class Pidf {
    static final String TYPE = "application";
    static final String SUBTYPE = "pidf+xml";

    private Pidf() {
    }

    static String document(String entity, String tupleId, PresenceStatus status) {
        StringBuilder x = new StringBuilder(512)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<presence xmlns=\"urn:ietf:params:xml:ns:pidf\"")
                .append(" xmlns:dm=\"urn:ietf:params:xml:ns:pidf:data-model\"")
                .append(" xmlns:rpid=\"urn:ietf:params:xml:ns:pidf:rpid\"")
                .append(" entity=\"").append(escape(entity)).append("\">\n")
                .append(" <tuple id=\"").append(escape(tupleId)).append("\">\n")
                .append("  <status><basic>").append(status.open() ? "open" : "closed").append("</basic></status>\n");
        status.note().ifPresent(n -> x.append("  <note>").append(escape(n)).append("</note>\n"));
        x.append(" </tuple>\n")
                .append(" <dm:person id=\"p-").append(escape(tupleId)).append("\">\n");
        if (!status.activities().isEmpty()) {
            x.append("  <rpid:activities>");
            status.activities().forEach(a -> x.append("<rpid:").append(a.element()).append("/>"));
            x.append("</rpid:activities>\n");
        }
        status.note().ifPresent(n -> x.append("  <dm:note>").append(escape(n)).append("</dm:note>\n"));
        return x.append(" </dm:person>\n</presence>\n").toString();
    }

    /** XML character data and attribute values; characters XML 1.0 cannot hold at all are dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    boolean legal = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    if (legal) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
