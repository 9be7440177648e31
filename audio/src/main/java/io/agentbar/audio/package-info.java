/**
 * The audio engine: {@link io.agentbar.audio.RtpAudioEngine} implements the core
 * {@code AudioEngine} port and runs one session per call. Stages are passive; the devices'
 * clocks pull everything through.
 *
 * <pre>
 *  send (paced by the microphone)
 *   CaptureDevice.read ─► (mic mute) ─► AudioEncoder ─► RtpPacketizer ─► PacketChannel.send
 *                                  └─► TelephoneEventSender (DTMF) ┘      (RTCP SR/RR every ~5 s)
 *
 *  receive (paced by the network)
 *   PacketChannel.receive ─► RtpPacket.parse ─► JitterBuffer.put         (RTCP ─► RtcpReader)
 *
 *  playout (paced by the speaker)
 *   JitterBuffer.pull ─► AudioDecoder (decode │ FEC │ PLC) ─► SampleFifo ─► (speaker mute) ─► + key tone (DtmfTone)
 *                                                                                    ─► PlaybackDevice.write
 *
 *  taps (recording): the played frame ─► AudioTaps ring ─► (send thread) paired with the muted
 *   microphone frame ─► AudioTap.frame(agent, customer) ─► e.g. recording.CallRecording
 *
 *  conference (ConferenceBridge; the members' loops close their devices and use a ConferenceLeg)
 *   mix (paced by the microphone): mic ─► agent; leg.take ─► r[i]; leg i gets agent + Σ r[j≠i]
 *                                  (and agent │ Σ r for its taps); Σ r + key tones ─► speaker ring
 *   speaker (paced by the speaker): speaker ring ─► PlaybackDevice.write
 * </pre>
 *
 * What the threads notice (first packet, RTP timeout and resumption, a failed device, stop)
 * leaves as {@code MediaEvent}s; nothing here locks per frame except the jitter buffer hand-off,
 * allocates per frame or logs per frame. Sub-packages: {@code pcm} (format, resampler),
 * {@code codec}, {@code rtp}, {@code jitter}, {@code device}, {@code wav}, {@code recording}.
 */
package io.agentbar.audio;
