package io.agentbar.core.phone;

import io.agentbar.core.call.CallId;
import io.agentbar.core.call.CallState;
import io.agentbar.core.call.Direction;
import io.agentbar.core.call.Party;
import io.agentbar.core.media.Codec;
import io.agentbar.core.media.MediaState;

import java.time.Instant;
import java.util.Optional;

/** An immutable picture of one call, as published to listeners. */
public record CallSnapshot(CallId id, Direction direction, Party remote, CallState state, MediaState media,
                           Instant createdAt, Optional<Instant> connectedAt, Optional<Codec> codec) {
}
