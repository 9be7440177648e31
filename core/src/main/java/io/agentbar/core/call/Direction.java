package io.agentbar.core.call;

public enum Direction {
    OUTGOING, INCOMING
}
