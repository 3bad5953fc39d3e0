package io.opencenter.installer.topology;

/** A point in diagram coordinates: origin top-left, x to the right, y downwards, units are pixels at scale 1. */
public record Point(double x, double y) {}
