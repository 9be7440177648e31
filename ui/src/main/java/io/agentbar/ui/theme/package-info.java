/**
 * The look: colour tokens defined once in {@code theme-light.css} as looked-up colours
 * ({@code -ab-accent}, {@code -ab-ok}, {@code -ab-danger}, {@code -ab-warn}, surfaces and text),
 * which every feature stylesheet uses by name and never by value; the vector {@link io.agentbar.ui.theme.Glyph}s;
 * and {@link io.agentbar.ui.theme.IconButton}. A dark theme is one more token file.
 */
package io.agentbar.ui.theme;
