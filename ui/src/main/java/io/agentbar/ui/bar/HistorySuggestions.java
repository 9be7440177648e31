package io.agentbar.ui.bar;

import io.agentbar.core.call.Direction;
import io.agentbar.core.history.NumberSuggestions;
import io.agentbar.core.history.Outcome;
import io.agentbar.core.history.Suggestion;
import io.agentbar.ui.text.Messages;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The number field's history drop-down, without a toolkit: what was typed goes in, the recent
 * numbers that match come out (distinct, most recent first), and picking one gives the text to
 * put in the field. The query runs on the FX thread: the store answers from an index in well under
 * a millisecond, and a background hop would let a slow answer overwrite a newer one.
 */
public final class HistorySuggestions {
    private static final Logger LOG = LoggerFactory.getLogger(HistorySuggestions.class);
    /** Enough to choose from without covering the calls below the bar. */
    static final int LIMIT = 8;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * One line of the drop-down.
     *
     * @param when   when the last call with this number was, e.g. "10:42", "Yesterday 16:05", "4 Mar 09:30"
     * @param detail how that call went and when, e.g. "Missed · Yesterday 16:05"
     */
    public record Item(String number, String name, String when, Direction direction, Outcome outcome, String detail) {
        /** What a screen reader says for the line. */
        public String accessibleText() {
            return Messages.get("history.suggestion.accessible", number, name.isBlank() ? "" : name,
                    Messages.get("call.direction." + direction.name()), detail);
        }
    }

    private final NumberSuggestions source;
    private final Clock clock;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ObservableList<Item> readOnly = FXCollections.unmodifiableObservableList(items);
    /** The number just picked: the field now shows it, and the list should not drop down again for it. */
    private String picked = "";
    private boolean failureReported;

    public HistorySuggestions(NumberSuggestions source, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The lines to show; empty means the drop-down is hidden. */
    public ObservableList<Item> items() {
        return readOnly;
    }

    /** The field's text changed (typing, pasting, a pick, or cleared after dialling). */
    public void update(String typed) {
        String text = typed == null ? "" : typed;
        if (text.isBlank() || text.equals(picked)) {
            items.clear();
            return;
        }
        picked = "";
        items.setAll(query(text).stream().map(this::item).toList());
    }

    /** The agent chose a line: the field gets its number; Enter then dials it. */
    public String pick(Item item) {
        picked = item.number();
        items.clear();
        return item.number();
    }

    /** The drop-down was dismissed (Escape, focus gone): hide until the text changes. */
    public void dismiss() {
        items.clear();
    }

    private List<Suggestion> query(String text) {
        try {
            return source.suggest(text, LIMIT);
        } catch (RuntimeException e) {
            // the history is a convenience: without it the field still dials
            if (!failureReported) {
                LOG.warn("call history suggestions unavailable: {}", e.getMessage());
                failureReported = true;
            }
            return List.of();
        }
    }

    private Item item(Suggestion s) {
        String when = when(s);
        return new Item(s.number(), s.name(), when, s.direction(), s.outcome(),
                Messages.get("history.suggestion.detail", outcome(s.outcome()), when));
    }

    private String when(Suggestion s) {
        ZonedDateTime at = s.lastCall().atZone(clock.getZone());
        LocalDate today = LocalDate.now(clock);
        String time = TIME.format(at);
        if (at.toLocalDate().equals(today)) {
            return time;
        }
        if (at.toLocalDate().equals(today.minusDays(1))) {
            return Messages.get("history.when.yesterday", time);
        }
        return Messages.get("history.when.earlier", DateTimeFormatter.ofPattern("d MMM", Locale.getDefault()).format(at), time);
    }

    private static String outcome(Outcome o) {
        return switch (o) {
            case ANSWERED -> Messages.get("history.outcome.answered");
            case TRANSFERRED -> Messages.get("history.outcome.transferred");
            case MISSED -> Messages.get("history.outcome.missed");
            case REJECTED -> Messages.get("history.outcome.rejected");
            case FORWARDED -> Messages.get("history.outcome.forwarded");
            case CANCELLED -> Messages.get("history.outcome.cancelled");
            case BUSY -> Messages.get("history.outcome.busy");
            case FAILED -> Messages.get("history.outcome.failed");
        };
    }
}
