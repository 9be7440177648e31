/**
 * JAIN-SIP's two logger hooks ({@code gov.nist.javax.sip.STACK_LOGGER} and
 * {@code SERVER_LOGGER}) implemented over SLF4J, so the stack starts without log4j and every line
 * passes through {@link io.agentbar.sip.log.Redaction} (reliability-security §4.5).
 *
 * <pre>
 *  JAIN-SIP internals ──► Slf4jStackLogger ──► logger "io.agentbar.sip.stack"
 *  SIP messages       ──► Slf4jServerLogger ─► logger "io.agentbar.sip.wire"  (DEBUG shows messages)
 * </pre>
 */
package io.agentbar.sip.log;
