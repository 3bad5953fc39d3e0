/**
 * The namespace topology diagram: what will be deployed, as boxes and data-flow arrows, with SVG and PNG export.
 *
 * <p>{@link io.opencenter.installer.topology.TopologyBuilder} turns a config (or a service selection) and the
 * catalog into a {@link io.opencenter.installer.topology.TopologyDiagram}: a fully laid-out model in which every
 * box, label and edge has its coordinates. Coordinates: origin at the top-left corner of the drawing, x to the
 * right, y downwards, one unit = one pixel at scale 1 (= one SVG user unit); everything lies inside
 * {@code (0, 0) – (width, height)}. Renderers only paint what the model says, in the order and colors of
 * {@link io.opencenter.installer.topology.DiagramPalette}: {@link io.opencenter.installer.topology.SvgExporter},
 * {@link io.opencenter.installer.topology.PngExporter} (java.awt, headless) and the JavaFX view in {@code ui}.
 * Nothing here imports JavaFX.
 */
package io.opencenter.installer.topology;
