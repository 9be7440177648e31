package io.agentbar.app.recording;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SidecarJsonTest {
    @Test
    void readsWhatTheRecorderWrites() {
        Map<String, Object> json = SidecarJson.object("""
                {
                  "title": "Reclamo \\"urgente\\" \\u2013 M\\u00fcller\\n",
                  "pauses": [
                    {"pausedAt": "2025-03-14T09:00:05Z", "atMillis": 5000}
                  ],
                  "frames": 150,
                  "ratio": 1.5e0,
                  "ok": true,
                  "none": null
                }
                """);

        assertThat(SidecarJson.string(json, "title")).contains("Reclamo \"urgente\" – Müller\n");
        assertThat(SidecarJson.number(json, "frames")).contains(150L);
        assertThat(json.get("pauses")).isInstanceOfSatisfying(List.class, l -> assertThat(l).hasSize(1));
        assertThat(json).containsEntry("ok", true).containsEntry("none", null);
        assertThat(SidecarJson.string(json, "frames")).as("a number is not a string").isEmpty();
    }

    @Test
    void defectsAreOneKindOfError() {
        for (String bad : List.of("", "[1]", "{\"a\": }", "{\"a\": 1", "{\"a\": 1} x", "{\"a\": \"\\x\"}",
                "{\"a\": \"tab\there\"}", "{\"a\": -}", "{" + "\"a\": [".repeat(40) + "1" + "]".repeat(40) + "}")) {
            assertThatThrownBy(() -> SidecarJson.object(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
