package io.agentbar.audio;

import io.agentbar.core.media.MediaEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;

/** Hands media events to the call; a failing consumer never breaks an audio thread. */
final class EventSink {
    private static final Logger LOG = LoggerFactory.getLogger(EventSink.class);

    private final Consumer<MediaEvent> consumer;

    EventSink(Consumer<MediaEvent> consumer) {
        this.consumer = consumer;
    }

    void emit(MediaEvent event) {
        try {
            consumer.accept(event);
        } catch (RuntimeException e) {
            LOG.warn("media event consumer failed on {}", event, e);
        }
    }
}
