package io.agentbar.core.recording;

import java.text.Normalizer;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the agent typed into the recordings search, applied to entries. Every word must match
 * somewhere: in the title, the name or the number (letters without case and accents), or in the
 * start date and time as the agent writes them ({@code 2025-03-14}, {@code 14/03/2025},
 * {@code 14.03.2025}, {@code 14:05}, {@code mar}). A word of digits also matches a number written
 * with spaces or punctuation ({@code 055123} finds {@code +39 055 123}).
 */
public final class RecordingSearch {
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT),
            DateTimeFormatter.ofPattern("dd/MM/yyyy d/M/yyyy", Locale.ROOT),
            DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT),
            DateTimeFormatter.ofPattern("MMMM MMM d", Locale.ENGLISH));

    private final List<String> words;
    private final ZoneId zone;

    private RecordingSearch(List<String> words, ZoneId zone) {
        this.words = words;
        this.zone = zone;
    }

    /** @param zone in which dates and times are typed */
    public static RecordingSearch of(String text, ZoneId zone) {
        String t = text == null ? "" : fold(text);
        return new RecordingSearch(Arrays.stream(t.split("\\s+")).filter(w -> !w.isEmpty()).toList(), zone);
    }

    /** Whether nothing was typed: everything matches. */
    public boolean blank() {
        return words.isEmpty();
    }

    public boolean matches(RecordingEntry entry) {
        if (words.isEmpty()) {
            return true;
        }
        String text = fold(entry.title() + " " + entry.remoteName() + " " + entry.remoteNumber() + " "
                + dates(entry.started().atZone(zone)));
        String digits = NOT_DIGIT.matcher(entry.remoteNumber()).replaceAll("");
        for (String w : words) {
            String wordDigits = NOT_DIGIT.matcher(w).replaceAll("");
            boolean number = !wordDigits.isEmpty() && w.matches("[0-9+()./ -]+") && digits.contains(wordDigits);
            if (!number && !text.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The matching entries, in the order given. */
    public List<RecordingEntry> filter(List<RecordingEntry> entries) {
        return blank() ? List.copyOf(entries) : entries.stream().filter(this::matches).toList();
    }

    private static String dates(ZonedDateTime at) {
        StringBuilder out = new StringBuilder();
        for (DateTimeFormatter f : DATES) {
            out.append(f.format(at)).append(' ');
        }
        return out.toString();
    }

    private static String fold(String s) {
        return ACCENTS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
