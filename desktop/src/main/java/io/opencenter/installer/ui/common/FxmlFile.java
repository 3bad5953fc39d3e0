package io.opencenter.installer.ui.common;

/** Every FXML file of the application, flat under {@code /fxml/} and named {@code <flow>_<step>.fxml}. */
public enum FxmlFile {
    WIZARD_FRAME("wizard_frame"),
    WIZARD_WELCOME("wizard_welcome"),
    WIZARD_CLOUD("wizard_cloud"),
    WIZARD_CLUSTER("wizard_cluster"),
    WIZARD_PLATFORM("wizard_platform"),
    WIZARD_TOPOLOGY("wizard_topology"),
    WIZARD_REVIEW("wizard_review"),
    WIZARD_INSTALL("wizard_install"),
    /** Included by {@link #WIZARD_INSTALL} ({@code fx:include}): the cluster the user has after Bootstrap. */
    WIZARD_INSTALL_ACCESS("wizard_install_access");

    private final String resource;

    FxmlFile(String baseName) {
        this.resource = "/fxml/" + baseName + ".fxml";
    }

    public String resource() {
        return resource;
    }
}
