/**
 * AgentBar's domain: accounts, the registration and call state machines, media values and the
 * ports that adapters implement. JDK only: no JavaFX, no javax.sip, no javax.sound.
 */
package io.agentbar.core;
