/**
 * HTTP digest authentication for SIP (RFC 3261 §22, RFC 7616, RFC 8760), written in the project
 * because JAIN-SIP's helper is MD5-only with a constant cnonce and nonce count.
 *
 * <pre>
 * WWW-Authenticate / Proxy-Authenticate text
 *        │ DigestChallenge.parse / strongest (SHA-512-256 &gt; SHA-256 &gt; MD5)
 *        ▼
 * DigestChallenge ──► DigestSession (one per nonce: nc 1, 2, 3…, fresh cnonce each time)
 *                          │ authorize(method, uri)
 *                          ▼
 *                     DigestResponse ──► Authorization / Proxy-Authorization text
 * </pre>
 *
 * Nothing here knows JAIN-SIP; passwords stay in {@link io.agentbar.core.account.Secret}s and
 * are only turned into bytes for the moment of hashing.
 */
package io.agentbar.sip.auth;
