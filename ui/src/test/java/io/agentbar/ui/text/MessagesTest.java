package io.agentbar.ui.text;

import io.agentbar.core.call.Direction;
import io.agentbar.core.call.EndReason;
import io.agentbar.core.media.Codec;
import io.agentbar.core.settings.NotificationPosition;
import io.agentbar.core.settings.Requirement;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every key the code asks for exists, and the bundle holds nothing the code never asks for. */
class MessagesTest {
    private static final Pattern LITERAL_KEY = Pattern.compile("Messages\\.get\\(\\s*\"([a-zA-Z.]+)\"");
    private static final Pattern CHOSEN_KEY = Pattern.compile("\\?\\s*\"([a-z][a-zA-Z.]+)\"\\s*:\\s*\"([a-z][a-zA-Z.]+)\"");
    private final ResourceBundle bundle = ResourceBundle.getBundle("io.agentbar.ui.text.messages", Locale.ROOT);

    @Test
    void everyKeyTheCodeUsesExistsAndNoneIsLeftOver() throws IOException {
        Set<String> used = usedKeys();

        assertThat(bundle.keySet()).containsAll(used);
        assertThat(new TreeSet<>(bundle.keySet())).isEqualTo(new TreeSet<>(used));
    }

    @Test
    void missingKeyShowsTheKeyInsteadOfFailing() {
        assertThat(Messages.get("no.such.key")).isEqualTo("!no.such.key!");
    }

    @Test
    void codesAreNotGroupedLikeNumbers() {
        assertThat(Messages.get("registration.failed.password", "401")).isEqualTo("Wrong password (401)");
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String java = Files.readString(f);
                collect(LITERAL_KEY.matcher(java), keys, 1);
                Matcher chosen = CHOSEN_KEY.matcher(java);
                while (chosen.find()) {
                    keys.add(chosen.group(1));
                    keys.add(chosen.group(2));
                }
            }
        }
        // keys built from enum names
        for (EndReason r : EndReason.values()) {
            keys.add("call.ended." + r.name());
        }
        for (Codec c : Codec.values()) {
            keys.add("call.codec." + c.name());
        }
        for (Direction d : Direction.values()) {
            keys.add("call.direction." + d.name());
        }
        for (Requirement r : Requirement.values()) {
            keys.add("settings.requirement." + r.name());
        }
        for (NotificationPosition p : NotificationPosition.values()) {
            keys.add("settings.position." + p.name());
        }
        for (io.agentbar.core.agent.Channel c : io.agentbar.core.agent.Channel.values()) {
            keys.add("agent.channel." + c.token());
        }
        for (io.agentbar.ui.toast.Toast.Kind k : io.agentbar.ui.toast.Toast.Kind.values()) {
            keys.add("toast.accessible." + k.name());
        }
        for (io.agentbar.core.settings.ThemeMode m : io.agentbar.core.settings.ThemeMode.values()) {
            keys.add("settings.theme." + m.name());
        }
        keys.remove("agent.channel.");
        keys.remove("toast.accessible.");
        keys.remove("settings.theme.");
        keys.remove("settings.requirement.");
        keys.remove("settings.position.");
        keys.remove("call.ended.");
        keys.remove("call.codec.");
        keys.remove("call.direction.");
        return keys;
    }

    private static void collect(Matcher m, Set<String> into, int group) {
        while (m.find()) {
            into.add(m.group(group));
        }
    }
}
