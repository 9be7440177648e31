package io.agentbar.core.signalling;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What we publish as SIP presence (RFC 3903 PUBLISH, event package presence): a PIDF basic status
 * (RFC 3863) with RPID activities (RFC 4480) and a note. The adapter escapes the note.
 *
 * @param open       PIDF basic {@code open}: the agent takes calls
 * @param activities RPID activities, e.g. away
 * @param note       free text for watchers (the pause reason); empty: none
 */
public record PresenceStatus(boolean open, List<Activity> activities, Optional<String> note) {
    /** The RPID activities we use (RFC 4480 §3.2). */
    public enum Activity {
        AWAY("away"), BUSY("busy"), ON_THE_PHONE("on-the-phone");

        private final String element;

        Activity(String element) {
            this.element = element;
        }

        /** The element name inside {@code <rpid:activities>}. */
        public String element() {
            return element;
        }
    }

    public PresenceStatus {
        activities = List.copyOf(Objects.requireNonNull(activities, "activities"));
        Objects.requireNonNull(note, "note");
    }
}
