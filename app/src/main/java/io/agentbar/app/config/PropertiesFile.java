package io.agentbar.app.config;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The settings file is shared by sections (the account, the agent's preferences), each written by
 * its own class. A section is saved by read, replace own keys, atomic write, under one lock, so no
 * section's save drops another's keys.
 */
final class PropertiesFile {
    private static final Object LOCK = new Object();

    private PropertiesFile() {
    }

    /** The file's properties; empty when the file does not exist. */
    static Properties read(Path path) throws IOException {
        Properties p = new Properties();
        if (Files.exists(path)) {
            try (Reader in = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8)) {
                p.load(in);
            }
        }
        return p;
    }

    /**
     * Replaces every key starting with {@code prefix} by those of {@code section}, keeping the rest. A
     * file that cannot be read is replaced: it would be set aside as corrupt at the next start anyway.
     */
    static void replaceSection(Path path, String prefix, Properties section) throws IOException {
        synchronized (LOCK) {
            Properties all;
            try {
                all = read(path);
            } catch (IOException | IllegalArgumentException unreadable) {
                all = new Properties();
            }
            all.keySet().removeIf(k -> k.toString().startsWith(prefix));
            all.putAll(section);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (OutputStreamWriter out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                all.store(out, "AgentBar settings");
            }
            AtomicFile.write(path, bytes.toByteArray());
        }
    }
}
