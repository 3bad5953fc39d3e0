package io.opencenter.installer.ui.wizard.cluster;

import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.Finding;
import io.opencenter.installer.ui.wizard.cluster.FindingRouter.RoutedFindings;
import io.opencenter.installer.ui.wizard.model.ClusterConfigModel;
import io.opencenter.installer.ui.wizard.model.WizardModel;
import io.opencenter.installer.ui.wizard.model.WorkerPoolModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import io.opencenter.installer.ui.wizard.cloud.CloudSession;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;

/**
 * The Cluster page: every config field (in the shared model) validated live. Each change of the model builds the
 * config, runs the spec validator, and routes the findings to the fields they are about.
 */
public final class ClusterViewModel {
    public static final List<Integer> CONTROL_PLANE_COUNTS = List.of(1, 3, 5);
    public static final List<String> PROFILES = List.of("openstack", "generic");

    private final WizardModel model;
    private final Function<ClusterConfig, List<Finding>> validator;
    private final List<String> kubernetesVersions;
    private final ReadOnlyObjectWrapper<List<Finding>> findings = new ReadOnlyObjectWrapper<>(this, "findings",
            List.of());
    private final ReadOnlyObjectWrapper<RoutedFindings> routed = new ReadOnlyObjectWrapper<>(this, "routed",
            RoutedFindings.NONE);
    private final BooleanBinding configValid;
    private final BooleanBinding valid;
    private final BooleanProperty cloudReady = new SimpleBooleanProperty(this, "cloudReady", true);
    private ObservableValue<List<Finding>> cloudFindings = new SimpleObjectProperty<>(List.of());

    public ClusterViewModel(WizardModel model, Function<ClusterConfig, List<Finding>> validator,
                            List<String> kubernetesVersions) {
        this.model = model;
        this.validator = validator;
        this.kubernetesVersions = List.copyOf(kubernetesVersions);
        configValid = Bindings.createBooleanBinding(() -> findings.get().stream().noneMatch(Finding::isError),
                findings);
        valid = configValid.and(cloudReady);
        model.config().revisionProperty().addListener(o -> revalidate());
        revalidate();
    }

    /**
     * Adds the cloud check (preflight) to the page: its findings are shown at the fields they name like the
     * validator's, and Next also waits for {@code passed}.
     */
    public void attachCloudCheck(ObservableValue<List<Finding>> findingsOfCloud, ObservableBooleanValue passed) {
        this.cloudFindings = findingsOfCloud;
        cloudReady.bind(passed);
        findingsOfCloud.addListener((o, was, now) -> route());
        route();
    }

    /** Runs the validator on the current model; called on every change, callable by tests. */
    public void revalidate() {
        List<Finding> found = validator.apply(model.toConfig());
        findings.set(List.copyOf(found));
        route();
    }

    private void route() {
        List<Finding> all = new ArrayList<>(findings.get());
        all.addAll(cloudFindings.getValue());
        routed.set(FindingRouter.route(all, fieldPaths()));
    }

    /** True while the validator finds no error (the cloud check is not counted). */
    public BooleanBinding configValid() {
        return configValid;
    }

    /** The cloud tested on the Cloud page, with discovery for the pickers; null when none. */
    public ObjectProperty<CloudSession> cloudSessionProperty() {
        return model.cloudSessionProperty();
    }

    /** Paths with an input on the page: the fixed fields and each worker pool's row and cells. */
    public List<String> fieldPaths() {
        return ClusterFields.paths(model.config().workerPools().size());
    }

    public ClusterConfigModel config() {
        return model.config();
    }

    /** Findings of the file that was opened (unknown keys, …): shown until the user dismisses them. */
    public ObservableList<Finding> fileFindings() {
        return model.fileFindings();
    }

    public ReadOnlyObjectProperty<List<Finding>> findingsProperty() {
        return findings.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RoutedFindings> routedProperty() {
        return routed.getReadOnlyProperty();
    }

    /** True while no finding is an error and the cloud check (if attached) passed; warnings do not block Next. */
    public BooleanBinding valid() {
        return valid;
    }

    public List<String> kubernetesVersions() {
        return kubernetesVersions;
    }

    /** A new pool with the control plane's image and a name not used yet, so it starts valid. */
    public WorkerPoolModel addWorkerPool() {
        ObservableList<WorkerPoolModel> pools = model.config().workerPools();
        int n = pools.size() + 1;
        String name = "pool" + n; // one word: pool names hold no "-" (SpecValidator)
        while (nameTaken(name)) {
            name = "pool" + ++n;
        }
        String flavor = pools.isEmpty() ? "m1.xlarge" : pools.get(pools.size() - 1).flavorProperty().get();
        WorkerPoolModel pool = new WorkerPoolModel(name, 1, flavor,
                model.config().controlPlaneImageProperty().get(), 100);
        pools.add(pool);
        return pool;
    }

    public void removeWorkerPool(WorkerPoolModel pool) {
        model.config().workerPools().remove(pool);
    }

    private boolean nameTaken(String name) {
        return model.config().workerPools().stream().anyMatch(p -> name.equals(p.nameProperty().get()));
    }
}
