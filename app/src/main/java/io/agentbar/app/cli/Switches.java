package io.agentbar.app.cli;

import java.util.HashSet;
import java.util.Set;

/** The account switches plus a command's own. */
final class Switches {
    private Switches() {
    }

    static Set<String> with(String... own) {
        Set<String> all = new HashSet<>(AccountOptions.SWITCHES);
        all.addAll(Set.of(own));
        return Set.copyOf(all);
    }
}
