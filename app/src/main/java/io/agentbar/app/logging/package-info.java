/** Logging setup: JUL (core, ice4j) bridged to SLF4J, logback as the backend. */
package io.agentbar.app.logging;
