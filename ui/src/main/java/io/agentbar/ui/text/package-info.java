/**
 * The words the agent reads, kept in one resource bundle so they can be translated without
 * touching a view model. View-model tests assert the English text.
 */
package io.agentbar.ui.text;
