package io.agentbar.ui.bar;

import io.agentbar.core.call.Direction;
import io.agentbar.core.history.InMemoryHistoryStore;
import io.agentbar.core.history.Outcome;
import io.agentbar.ui.phone.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.agentbar.ui.bar.HistoryCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

/** The drop-down's content without a toolkit, over the in-memory history. */
class HistorySuggestionsTest {
    private final MutableClock clock = MutableClock.atTen(); // 2026-11-23 10:00 UTC
    private final InMemoryHistoryStore history = new InMemoryHistoryStore();
    private final HistorySuggestions suggestions = new HistorySuggestions(history, clock);

    private void seed() {
        Instant now = clock.instant();
        history.record(call("a", "1001", "Alice", now.minus(Duration.ofDays(5)), Direction.OUTGOING, Outcome.ANSWERED));
        history.record(call("b", "+39 02 1002", "", now.minus(Duration.ofHours(20)), Direction.INCOMING, Outcome.MISSED));
        history.record(call("c", "2000", "Bob 100", now.minus(Duration.ofMinutes(30)), Direction.OUTGOING, Outcome.BUSY));
        history.record(call("d", "5550", "", now.minus(Duration.ofMinutes(10)), Direction.INCOMING, Outcome.ANSWERED));
    }

    @Test
    void typedDigitsShowTheMatchingNumbersMostRecentFirst() {
        seed();

        suggestions.update("100");

        assertThat(suggestions.items()).extracting(HistorySuggestions.Item::number)
                .containsExactly("2000", "+39 02 1002", "1001"); // "Bob 100" matches by name
    }

    @Test
    void eachLineSaysHowAndWhenTheLastCallWent() {
        seed();

        suggestions.update("10");

        assertThat(suggestions.items()).extracting(HistorySuggestions.Item::detail)
                .containsExactly("Busy · 09:30", "Missed · Yesterday 14:00", "Answered · 18 Nov 10:00");
        assertThat(suggestions.items().get(1).direction()).isEqualTo(Direction.INCOMING);
        assertThat(suggestions.items().get(2).accessibleText()).isEqualTo("1001 Alice, Outgoing call, Answered · 18 Nov 10:00");
    }

    @Test
    void punctuationInWhatIsTypedIsIgnored() {
        seed();

        suggestions.update("(02) 10");

        assertThat(suggestions.items()).extracting(HistorySuggestions.Item::number).containsExactly("+39 02 1002");
    }

    @Test
    void blankTextOrNoMatchShowsNothing() {
        seed();

        suggestions.update("");
        assertThat(suggestions.items()).isEmpty();
        suggestions.update("9999");
        assertThat(suggestions.items()).isEmpty();
    }

    @Test
    void pickingALineGivesItsNumberAndClosesTheList() {
        seed();
        suggestions.update("100");

        String number = suggestions.pick(suggestions.items().get(2));
        suggestions.update(number); // the field now shows it

        assertThat(number).isEqualTo("1001");
        assertThat(suggestions.items()).isEmpty();

        suggestions.update("10015");
        suggestions.update("1001");
        assertThat(suggestions.items()).as("typed again by hand: suggest again").isNotEmpty();
    }

    @Test
    void anUnreadableHistoryShowsNothingAndTheFieldStillWorks() {
        HistorySuggestions broken = new HistorySuggestions((typed, limit) -> {
            throw new java.io.UncheckedIOException(new java.io.IOException("disk gone"));
        }, clock);

        broken.update("100");

        assertThat(broken.items()).isEmpty();
    }

    @Test
    void atMostEightLines() {
        for (int i = 0; i < 20; i++) {
            history.record(call("c" + i, "100" + i, "", clock.instant().minusSeconds(i), Direction.OUTGOING, Outcome.ANSWERED));
        }

        suggestions.update("100");

        assertThat(suggestions.items()).hasSize(8);
    }
}
