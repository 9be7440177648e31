package io.agentbar.sip;

import io.agentbar.core.call.CallId;
import org.junit.jupiter.api.Test;

import java.text.ParseException;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RFC 3891: the Replaces header and the §3 verdict on the dialog it names. */
class ReplacesTest {
    private static final CallId OURS = new CallId("ours");

    private static Replaces.Dialogue dialogue(boolean confirmed, boolean weStartedIt, boolean terminated) {
        return new Replaces.Dialogue(OURS, "ourtag", "theirtag", confirmed, weStartedIt, terminated);
    }

    @Test
    void parsesParametersInAnyOrder() throws ParseException {
        assertThat(Replaces.parse("98732@sip.example.com;from-tag=r33th4x0r ;to-tag=ff87ff;early-only"))
                .isEqualTo(new Replaces("98732@sip.example.com", "ff87ff", "r33th4x0r", true));
    }

    @Test
    void missingTagIsMalformed() {
        assertThatThrownBy(() -> Replaces.parse("98732@sip.example.com;to-tag=ff87ff"))
                .isInstanceOf(ParseException.class);
    }

    @Test
    void unknownDialogGets481() throws ParseException {
        assertThat(Replaces.parse("x;to-tag=ourtag;from-tag=theirtag").against(Optional.empty()))
                .isEqualTo(new Replaces.Verdict.Refuse(481));
    }

    @Test
    void tagsAreComparedFromTheSendersView() throws ParseException {
        // to-tag is our tag, from-tag theirs: swapped tags name another dialog
        Replaces swapped = Replaces.parse("x;to-tag=theirtag;from-tag=ourtag");
        assertThat(swapped.against(Optional.of(dialogue(true, true, false)))).isEqualTo(new Replaces.Verdict.Refuse(481));
    }

    @Test
    void confirmedDialogIsReplaced() throws ParseException {
        assertThat(Replaces.parse("x;to-tag=ourtag;from-tag=theirtag").against(Optional.of(dialogue(true, false, false))))
                .isEqualTo(new Replaces.Verdict.Replace(OURS));
    }

    @Test
    void earlyOnlyForAConfirmedDialogGets486() throws ParseException {
        assertThat(Replaces.parse("x;to-tag=ourtag;from-tag=theirtag;early-only")
                .against(Optional.of(dialogue(true, true, false)))).isEqualTo(new Replaces.Verdict.Refuse(486));
    }

    @Test
    void earlyDialogWeDidNotStartGets481() throws ParseException {
        assertThat(Replaces.parse("x;to-tag=ourtag;from-tag=theirtag").against(Optional.of(dialogue(false, false, false))))
                .isEqualTo(new Replaces.Verdict.Refuse(481));
    }

    @Test
    void earlyDialogWeStartedIsReplaced() throws ParseException {
        assertThat(Replaces.parse("x;to-tag=ourtag;from-tag=theirtag").against(Optional.of(dialogue(false, true, false))))
                .isEqualTo(new Replaces.Verdict.Replace(OURS));
    }

    @Test
    void terminatedDialogGets603() throws ParseException {
        assertThat(Replaces.parse("x;to-tag=ourtag;from-tag=theirtag").against(Optional.of(dialogue(true, true, true))))
                .isEqualTo(new Replaces.Verdict.Refuse(603));
    }
}
