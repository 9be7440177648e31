/**
 * The adaptive jitter buffer: the hand-off between the RTP receive thread (which puts) and the
 * playout thread (which pulls at the device clock).
 *
 * <pre>
 *  receive thread                         playout thread (one pull per packet the decoder needs)
 *  ─────────────                          ──────────────────────────────────────────────────────
 *  put(packet, arrival) ─► [slot ring by sequence number] ─► pull(frame) ─► PACKET ─► decode
 *     │  late / duplicate ─► dropped                              ├─► LOST   ─► FEC (peekNext) or PLC
 *     └─► ReceptionStatistics (RFC 3550 A.1, A.3, A.8)            └─► EMPTY  ─► PLC, then silence
 *
 *  states:  BUFFERING ──level ≥ target──► PLAYING ──buffer ran dry──► BUFFERING
 *  target = clamp(2·frame + 4·jitter + underrun boost, min, max)
 * </pre>
 */
package io.agentbar.audio.jitter;
