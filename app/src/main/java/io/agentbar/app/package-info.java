/**
 * The composition root: explicit wiring of core, sip-stack, audio and ui, the {@code main} entry
 * point, the headless commands, logging and the built-in test line. No DI container.
 */
package io.agentbar.app;
