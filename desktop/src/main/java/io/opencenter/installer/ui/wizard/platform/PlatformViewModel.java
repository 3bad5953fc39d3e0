package io.opencenter.installer.ui.wizard.platform;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.NamespaceDef;
import io.opencenter.installer.platform.Profile;
import io.opencenter.installer.platform.ServiceDef;
import io.opencenter.installer.platform.ServiceSelection;
import io.opencenter.installer.ui.wizard.model.ClusterConfigModel;
import io.opencenter.installer.ui.wizard.model.WizardModel;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Platform services: the catalog's services for the chosen profile as toggles. Switching one off writes
 * {@code platform.disabled} in the shared model; what actually runs is always {@link Catalog#select}'s answer, so
 * a service another enabled service needs stays on, with a note naming who needs it.
 */
public final class PlatformViewModel {
    private final WizardModel model;
    private final ResourceBundle bundle;
    private final ReadOnlyObjectWrapper<Catalog> catalog = new ReadOnlyObjectWrapper<>(this, "catalog");
    private final ReadOnlyObjectWrapper<ServiceSelection> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private final ObservableList<NamespaceGroup> groups = FXCollections.observableArrayList();
    private final BooleanBinding valid;
    private final StringBinding summary;
    private Profile shownProfile;
    private boolean applying;

    public PlatformViewModel(WizardModel model, ResourceBundle bundle) {
        this.model = model;
        this.bundle = bundle;
        valid = Bindings.createBooleanBinding(() -> selection.get() != null, selection);
        summary = Bindings.createStringBinding(this::summaryText, selection);
        ClusterConfigModel config = model.config();
        config.profileProperty().addListener(o -> refresh());
        config.disabledServices().addListener((javafx.beans.InvalidationListener) o -> refresh());
    }

    /** Called once the catalog has been read (off the FX thread, by the page). */
    public void setCatalog(Catalog loaded) {
        catalog.set(loaded);
        refresh();
    }

    public ReadOnlyObjectProperty<Catalog> catalogProperty() {
        return catalog.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ServiceSelection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** Rebuilt when the profile changes; toggles keep their identity while only the selection changes. */
    public ObservableList<NamespaceGroup> groups() {
        return groups;
    }

    public BooleanBinding valid() {
        return valid;
    }

    public StringBinding summary() {
        return summary;
    }

    public Profile profile() {
        return Profile.fromId(model.config().profileProperty().get());
    }

    private void refresh() {
        Catalog c = catalog.get();
        if (c == null) {
            return;
        }
        Profile profile = profile();
        if (profile != shownProfile) {
            shownProfile = profile;
            groups.setAll(buildGroups(c, profile));
        }
        ServiceSelection now = c.select(profile, model.config().disabledServices());
        selection.set(now);
        applying = true;
        try {
            for (NamespaceGroup group : groups) {
                for (ServiceToggle toggle : group.services()) {
                    toggle.selectedProperty().set(now.isEnabled(toggle.id()));
                    toggle.setNote(noteFor(toggle, now, c));
                }
            }
        } finally {
            applying = false;
        }
    }

    private List<NamespaceGroup> buildGroups(Catalog c, Profile profile) {
        List<NamespaceGroup> result = new ArrayList<>();
        for (NamespaceDef ns : c.namespaces(profile)) {
            List<ServiceToggle> toggles = c.services(profile).stream()
                    .filter(s -> s.namespace().equals(ns.id()))
                    .map(this::toggleFor)
                    .toList();
            if (!toggles.isEmpty()) {
                result.add(new NamespaceGroup(ns, toggles));
            }
        }
        return result;
    }

    private ServiceToggle toggleFor(ServiceDef service) {
        ServiceToggle toggle = new ServiceToggle(service);
        toggle.selectedProperty().addListener((o, was, on) -> {
            if (!applying) {
                userToggled(toggle, on);
            }
        });
        return toggle;
    }

    /** The user's wish goes to {@code platform.disabled}; the refresh that follows shows what really runs. */
    private void userToggled(ServiceToggle toggle, boolean on) {
        if (toggle.locked()) {
            refresh();
            return;
        }
        ObservableList<String> disabled = model.config().disabledServices();
        if (on) {
            disabled.remove(toggle.id());
        } else if (!disabled.contains(toggle.id())) {
            disabled.add(toggle.id());
        } else {
            refresh();
        }
    }

    private String noteFor(ServiceToggle toggle, ServiceSelection now, Catalog c) {
        if (toggle.kind() == ServiceToggle.Kind.PART) {
            String owner = c.service(toggle.service().partOf()).map(ServiceDef::displayName)
                    .orElse(toggle.service().partOf());
            return MessageFormat.format(bundle.getString("platform.partOf"), owner);
        }
        if (toggle.kind() == ServiceToggle.Kind.REQUIRED) {
            return bundle.getString("platform.required");
        }
        List<String> neededBy = now.keptBecause().get(toggle.id());
        if (neededBy != null && !neededBy.isEmpty()) {
            String names = neededBy.stream()
                    .map(id -> c.service(id).map(ServiceDef::displayName).orElse(id))
                    .collect(Collectors.joining(", "));
            return MessageFormat.format(bundle.getString("platform.kept"), names);
        }
        return "";
    }

    private String summaryText() {
        ServiceSelection s = selection.get();
        if (s == null) {
            return bundle.getString("platform.loading");
        }
        int total = catalog.get().services(s.profile()).size();
        return MessageFormat.format(bundle.getString("platform.summary"), s.enabled().size(), total,
                s.profile().id(), s.namespaceIds().size());
    }
}
