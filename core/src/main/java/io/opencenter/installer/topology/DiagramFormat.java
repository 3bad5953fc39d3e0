package io.opencenter.installer.topology;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The export formats, chosen by file extension (for {@code diagram -o out.svg|out.png} and the export dialog). */
public enum DiagramFormat {
    SVG("svg"), PNG("png");

    /** PNGs are painted at twice the diagram size so they stay sharp on high-density screens and when zoomed. */
    public static final double DEFAULT_PNG_SCALE = 2.0;

    private final String extension;

    DiagramFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /**
     * The format named by the file's extension (case-insensitive).
     *
     * @throws IllegalArgumentException naming the file and the supported extensions when it is neither
     */
    public static DiagramFormat fromPath(Path path) {
        Path name = path.getFileName();
        String file = name == null ? "" : name.toString();
        int dot = file.lastIndexOf('.');
        String ext = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (DiagramFormat f : values()) {
            if (f.extension.equals(ext)) {
                return f;
            }
        }
        throw new IllegalArgumentException("cannot tell the diagram format of '" + file + "': "
                + (ext.isEmpty() ? "it has no extension" : "unsupported extension ." + ext)
                + "; use a file name ending in .svg or .png");
    }

    /** Writes the diagram in this format ({@link #DEFAULT_PNG_SCALE} for PNG). */
    public void write(TopologyDiagram diagram, Path file) throws IOException {
        switch (this) {
            case SVG -> new SvgExporter().write(diagram, file);
            case PNG -> new PngExporter().write(diagram, file, DEFAULT_PNG_SCALE);
        }
    }
}
