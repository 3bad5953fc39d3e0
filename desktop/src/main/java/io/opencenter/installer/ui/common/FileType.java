package io.opencenter.installer.ui.common;

import java.util.List;

/** Kinds of files the wizard reads or writes; {@code descriptionKey} is an i18n key for the chooser filter. */
public enum FileType {
    CONFIG("file.type.config", List.of("*.yaml", "*.yml"), ".yaml"),
    SVG("file.type.svg", List.of("*.svg"), ".svg"),
    PNG("file.type.png", List.of("*.png"), ".png"),
    SSH_PUBLIC_KEY("file.type.sshKey", List.of("*.pub"), ".pub"),
    // *.opencenter-bundle: the name the desktop opens with the installer (installers/linux/file-association...)
    OFFLINE_BUNDLE("file.type.bundle", List.of("*.tar", "*.tar.gz", "*.tgz", "*.opencenter-bundle"), ".tar"),
    CA_CERTIFICATE("file.type.caCert", List.of("*.pem", "*.crt", "*.cer"), ".pem"),
    SUPPORT_BUNDLE("file.type.supportBundle", List.of("*.zip"), ".zip");

    private final String descriptionKey;
    private final List<String> patterns;
    private final String extension;

    FileType(String descriptionKey, List<String> patterns, String extension) {
        this.descriptionKey = descriptionKey;
        this.patterns = patterns;
        this.extension = extension;
    }

    public String descriptionKey() {
        return descriptionKey;
    }

    public List<String> patterns() {
        return patterns;
    }

    /** The extension appended to a chosen save file that has none (GTK choosers do not add it). */
    public String extension() {
        return extension;
    }
}
