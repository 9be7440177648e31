/**
 * The built-in test line: an in-process SIP service on loopback, built from AgentBar's own stack,
 * so a new user can place a first call without a PBX. It accepts any registration, answers
 * {@value io.agentbar.app.testline.TestLine#ECHO} with an echo of the caller's audio and
 * {@value io.agentbar.app.testline.TestLine#TONE} with a 440 Hz tone; other numbers get 404.
 */
package io.agentbar.app.testline;
