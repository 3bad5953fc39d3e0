package io.opencenter.installer.ui.wizard.model;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Every field of the config file as a property (see cluster-config.md); {@link ConfigMapping} turns it into a
 * {@code ClusterConfig} and back. Text fields hold what the user typed (blank = absent); DNS nameservers are the
 * comma-separated text, so typing "1.1.1.1, " is not rewritten under the cursor.
 * {@link #revisionProperty()} ticks once per change of anything, which is what validation listens to.
 */
public final class ClusterConfigModel {
    private final StringProperty name = text("name");
    private final StringProperty cloudName = text("cloudName");
    private final StringProperty region = text("region");
    private final StringProperty availabilityZone = text("availabilityZone");
    private final BooleanProperty sandbox = new SimpleBooleanProperty(this, "sandbox");
    private final StringProperty kubernetesVersion = text("kubernetesVersion");
    private final StringProperty podCidr = text("podCidr");
    private final StringProperty serviceCidr = text("serviceCidr");
    private final StringProperty apiVip = text("apiVip");
    private final StringProperty nodeCidr = text("nodeCidr");
    private final StringProperty externalNetwork = text("externalNetwork");
    private final StringProperty dnsNameservers = text("dnsNameservers");
    private final StringProperty metallbPool = text("metallbPool");
    private final ObjectProperty<Integer> controlPlaneCount = number("controlPlaneCount");
    private final StringProperty controlPlaneFlavor = text("controlPlaneFlavor");
    private final StringProperty controlPlaneImage = text("controlPlaneImage");
    private final ObjectProperty<Integer> controlPlaneVolumeSizeGb = number("controlPlaneVolumeSizeGb");
    private final StringProperty serverGroupPolicy = text("serverGroupPolicy");
    private final ObservableList<WorkerPoolModel> workerPools = FXCollections.observableArrayList();
    private final StringProperty sshPublicKeyFile = text("sshPublicKeyFile");
    private final StringProperty profile = text("profile");
    private final ObservableList<String> disabledServices = FXCollections.observableArrayList();
    private final StringProperty oidcIssuerUrl = text("oidcIssuerUrl");
    private final StringProperty oidcClientId = text("oidcClientId");
    private final StringProperty gitRepoUrl = text("gitRepoUrl");
    private final StringProperty gitBranch = text("gitBranch");
    private final StringProperty gitPath = text("gitPath");
    private final BooleanProperty serializeApiCalls = new SimpleBooleanProperty(this, "serializeApiCalls", true);
    private final ObjectProperty<Integer> parallelism = number("parallelism");
    private final StringProperty offlineBundle = text("offlineBundle");
    private final StringProperty offlineRegistry = text("offlineRegistry");

    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private boolean batching;
    private boolean changedDuringBatch;

    /**
     * Change listeners, not invalidation listeners: a property that nobody reads after a change stays "invalid"
     * and then stays silent on the next change. Change listeners read every new value, so each edit ticks.
     */
    private final ChangeListener<Object> tick = (o, was, now) -> changed();

    public ClusterConfigModel() {
        List<ObservableValue<?>> values = List.of(name, cloudName, region, availabilityZone, sandbox,
                kubernetesVersion, podCidr, serviceCidr, apiVip, nodeCidr, externalNetwork, dnsNameservers,
                metallbPool, controlPlaneCount, controlPlaneFlavor, controlPlaneImage, controlPlaneVolumeSizeGb,
                serverGroupPolicy, sshPublicKeyFile, profile, oidcIssuerUrl, oidcClientId, gitRepoUrl, gitBranch,
                gitPath, serializeApiCalls, parallelism, offlineBundle, offlineRegistry);
        values.forEach(v -> v.addListener(tick));
        disabledServices.addListener((ListChangeListener<String>) c -> changed());
        workerPools.addListener((ListChangeListener<WorkerPoolModel>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(p -> p.properties().forEach(v -> v.removeListener(tick)));
                c.getAddedSubList().forEach(p -> p.properties().forEach(v -> v.addListener(tick)));
            }
            changed();
        });
    }

    /** Runs {@code edits} (e.g. loading a file) as one change: listeners see one revision tick, not thirty. */
    public void batch(Runnable edits) {
        batching = true;
        changedDuringBatch = false;
        try {
            edits.run();
        } finally {
            batching = false;
            if (changedDuringBatch) {
                revision.set(revision.get() + 1);
            }
        }
    }

    private void changed() {
        if (batching) {
            changedDuringBatch = true;
        } else {
            revision.set(revision.get() + 1);
        }
    }

    private StringProperty text(String propertyName) {
        return new SimpleStringProperty(this, propertyName, "");
    }

    private ObjectProperty<Integer> number(String propertyName) {
        return new SimpleObjectProperty<>(this, propertyName);
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty cloudNameProperty() { return cloudName; }
    public StringProperty regionProperty() { return region; }
    public StringProperty availabilityZoneProperty() { return availabilityZone; }
    public BooleanProperty sandboxProperty() { return sandbox; }
    public StringProperty kubernetesVersionProperty() { return kubernetesVersion; }
    public StringProperty podCidrProperty() { return podCidr; }
    public StringProperty serviceCidrProperty() { return serviceCidr; }
    public StringProperty apiVipProperty() { return apiVip; }
    public StringProperty nodeCidrProperty() { return nodeCidr; }
    public StringProperty externalNetworkProperty() { return externalNetwork; }
    public StringProperty dnsNameserversProperty() { return dnsNameservers; }
    public StringProperty metallbPoolProperty() { return metallbPool; }
    public ObjectProperty<Integer> controlPlaneCountProperty() { return controlPlaneCount; }
    public StringProperty controlPlaneFlavorProperty() { return controlPlaneFlavor; }
    public StringProperty controlPlaneImageProperty() { return controlPlaneImage; }
    public ObjectProperty<Integer> controlPlaneVolumeSizeGbProperty() { return controlPlaneVolumeSizeGb; }
    /** {@code spec.controlPlane.serverGroupPolicy}; blank: absent, which means anti-affinity. */
    public StringProperty serverGroupPolicyProperty() { return serverGroupPolicy; }
    public ObservableList<WorkerPoolModel> workerPools() { return workerPools; }
    public StringProperty sshPublicKeyFileProperty() { return sshPublicKeyFile; }
    public StringProperty profileProperty() { return profile; }
    /** Ids for {@code platform.disabled}, in the order the user switched them off. */
    public ObservableList<String> disabledServices() { return disabledServices; }
    public StringProperty oidcIssuerUrlProperty() { return oidcIssuerUrl; }
    public StringProperty oidcClientIdProperty() { return oidcClientId; }
    public StringProperty gitRepoUrlProperty() { return gitRepoUrl; }
    public StringProperty gitBranchProperty() { return gitBranch; }
    public StringProperty gitPathProperty() { return gitPath; }
    public BooleanProperty serializeApiCallsProperty() { return serializeApiCalls; }
    public ObjectProperty<Integer> parallelismProperty() { return parallelism; }
    public StringProperty offlineBundleProperty() { return offlineBundle; }
    public StringProperty offlineRegistryProperty() { return offlineRegistry; }
}
