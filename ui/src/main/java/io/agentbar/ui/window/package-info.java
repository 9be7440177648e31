/**
 * The bar window's place and behaviour: always on top, docked at the top edge of its screen or
 * floating, the remembered place and width ({@code WindowStateStore}). The arithmetic is in
 * {@link io.agentbar.ui.window.WindowPlacementViewModel}; {@link io.agentbar.ui.window.WindowPlacement}
 * applies it to the stage.
 */
package io.agentbar.ui.window;
