package io.opencenter.installer.topology;

/**
 * One entry of the legend: a data-flow path that has at least one drawn step.
 *
 * @param number     the flow number used in edge labels
 * @param colorIndex index into {@link DiagramPalette#flowColor(int)}
 * @param steps      how many of its steps are drawn
 * @param swatch     a short horizontal line sample: draw from (x, centerY) to (right, centerY) in the flow color
 * @param label      "{@code <number>  <name>}", right of the swatch
 */
public record FlowLegend(String flowId, int number, String name, String description, int colorIndex, int steps,
                         Rect swatch, TextLabel label) {}
