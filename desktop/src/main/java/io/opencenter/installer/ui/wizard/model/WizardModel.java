package io.opencenter.installer.ui.wizard.model;

import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.Finding;
import io.opencenter.installer.ui.wizard.cloud.CloudSession;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The one state every wizard page reads and writes. Its serialized form is the config file ({@link #toConfig()});
 * the rest is what the wizard needs to remember between pages.
 */
public final class WizardModel {
    private final ClusterConfigModel config = new ClusterConfigModel();
    private final ObjectProperty<StartChoice> startChoice = new SimpleObjectProperty<>(this, "startChoice",
            StartChoice.SANDBOX);
    private final ObjectProperty<Path> configFile = new SimpleObjectProperty<>(this, "configFile");
    private final ObservableList<Finding> fileFindings = FXCollections.observableArrayList();
    private final ObjectProperty<CloudSession> cloudSession = new SimpleObjectProperty<>(this, "cloudSession");

    public WizardModel(ClusterConfig initial) {
        ConfigMapping.fill(config, initial);
    }

    public ClusterConfigModel config() {
        return config;
    }

    public ClusterConfig toConfig() {
        return ConfigMapping.toConfig(config);
    }

    /** Replaces the model by an opened file; {@code findings} are the loader's (syntax, types, unknown keys). */
    public void open(Path file, ClusterConfig loaded, List<Finding> findings) {
        if (loaded != null) {
            ConfigMapping.fill(config, loaded);
        }
        configFile.set(file);
        fileFindings.setAll(findings);
        startChoice.set(StartChoice.EXISTING_CONFIG);
    }

    public ObjectProperty<StartChoice> startChoiceProperty() {
        return startChoice;
    }

    /** The file last opened or saved, or null. */
    public ObjectProperty<Path> configFileProperty() {
        return configFile;
    }

    /** Findings from opening {@link #configFileProperty()} that the live validator cannot see (e.g. unknown keys). */
    public ObservableList<Finding> fileFindings() {
        return fileFindings;
    }

    /**
     * The cloud whose connection test passed on the Cloud page (with discovery), or null. Not part of the config
     * file: it holds an open connection, and the config only ever names the cloud.
     */
    public ObjectProperty<CloudSession> cloudSessionProperty() {
        return cloudSession;
    }
}
