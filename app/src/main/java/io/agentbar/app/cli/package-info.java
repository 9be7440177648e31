/** The headless commands ({@code register}, {@code call}, {@code answer}, {@code serve}) for operations, QA and tests. */
package io.agentbar.app.cli;
