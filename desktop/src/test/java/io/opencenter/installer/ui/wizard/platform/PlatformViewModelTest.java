package io.opencenter.installer.ui.wizard.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.NamespaceDef;
import io.opencenter.installer.platform.Profile;
import io.opencenter.installer.platform.ServiceDef;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.ui.wizard.model.WizardModel;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class PlatformViewModelTest {
    private static final List<Profile> BOTH = List.of(Profile.OPENSTACK, Profile.GENERIC);

    /** cert-manager (required) ← minio (optional) ← velero (optional, needs minio); cinder only on openstack. */
    static Catalog catalog() {
        return new Catalog(
                List.of(new NamespaceDef("cert-manager", "TLS", BOTH), new NamespaceDef("velero", "Backup", BOTH),
                        new NamespaceDef("cinder-csi", "Volumes", List.of(Profile.OPENSTACK))),
                List.of(service("cert-manager", "cert-manager", true, BOTH, List.of()),
                        service("minio", "velero", false, BOTH, List.of("cert-manager")),
                        service("velero", "velero", false, BOTH, List.of("minio")),
                        service("cinder-csi", "cinder-csi", true, List.of(Profile.OPENSTACK), List.of()),
                        new ServiceDef("velero-ui", "VELERO-UI", "velero", "shows backups", true, BOTH, null,
                                List.of(), List.of(), List.of(), List.of(), "velero", List.of(), List.of())),
                List.of(), List.of());
    }

    static ServiceDef service(String id, String ns, boolean required, List<Profile> profiles, List<String> deps) {
        return new ServiceDef(id, id.toUpperCase(), ns, "does " + id, required, profiles,
                new ServiceDef.Chart("helm", id, "1.0.0", "repo", "1.0"), deps, List.of(), List.of(), List.of());
    }

    private final WizardModel model = new WizardModel(ClusterConfigs.sandboxDefault());
    private final PlatformViewModel viewModel = new PlatformViewModel(model, ResourceBundle.getBundle("i18n.messages"));

    private ServiceToggle toggle(String id) {
        return viewModel.groups().stream().flatMap(g -> g.services().stream()).filter(t -> t.id().equals(id))
                .findFirst().orElseThrow();
    }

    @Test
    void invalidUntilTheCatalogIsThereThenGroupsByNamespace() {
        assertThat(viewModel.valid().get()).isFalse();
        viewModel.setCatalog(catalog());
        assertThat(viewModel.valid().get()).isTrue();
        assertThat(viewModel.groups()).extracting(g -> g.namespace().id())
                .containsExactly("cert-manager", "velero", "cinder-csi");
        assertThat(toggle("cert-manager").locked()).isTrue();
        assertThat(toggle("cert-manager").noteProperty().get()).isEqualTo("required");
    }

    @Test
    void uncheckingAnOptionalServiceWritesPlatformDisabled() {
        viewModel.setCatalog(catalog());
        toggle("velero").selectedProperty().set(false);
        assertThat(model.config().disabledServices()).containsExactly("velero");
        assertThat(model.toConfig().spec().platform().disabled()).containsExactly("velero");
        assertThat(viewModel.selectionProperty().get().isEnabled("velero")).isFalse();
        toggle("velero").selectedProperty().set(true);
        assertThat(model.config().disabledServices()).isEmpty();
    }

    @Test
    void aDependencyOfAnEnabledServiceStaysOnWithANote() {
        viewModel.setCatalog(catalog());
        toggle("minio").selectedProperty().set(false);
        assertThat(toggle("minio").selectedProperty().get()).isTrue();
        assertThat(toggle("minio").noteProperty().get()).isEqualTo("kept: needed by VELERO");
        // once velero is off too, nothing needs minio any more
        toggle("velero").selectedProperty().set(false);
        assertThat(toggle("minio").selectedProperty().get()).isFalse();
        assertThat(toggle("minio").noteProperty().get()).isEmpty();
    }

    @Test
    void aPartIsLockedAndFollowsItsOwner() {
        viewModel.setCatalog(catalog());
        ServiceToggle part = toggle("velero-ui");
        assertThat(part.locked()).isTrue();
        assertThat(part.kind()).isEqualTo(ServiceToggle.Kind.PART);
        assertThat(part.noteProperty().get()).isEqualTo("part of VELERO");
        assertThat(part.selectedProperty().get()).isTrue();
        toggle("velero").selectedProperty().set(false);
        assertThat(part.selectedProperty().get()).isFalse();
    }

    @Test
    void theProfileDecidesWhichServicesAreListed() {
        viewModel.setCatalog(catalog());
        model.config().profileProperty().set("generic");
        assertThat(viewModel.groups()).extracting(g -> g.namespace().id()).doesNotContain("cinder-csi");
        assertThat(viewModel.summary().get()).contains("4 of 4").contains("generic");
    }
}
