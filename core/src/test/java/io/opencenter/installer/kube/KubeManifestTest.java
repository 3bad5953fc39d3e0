package io.opencenter.installer.kube;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KubeManifestTest {

    @Test
    void aYamlStreamBecomesOneManifestPerObject() {
        List<Manifest> all = Manifest.parseAll("""
                apiVersion: v1
                kind: Namespace
                metadata: {name: demo}
                ---
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, namespace: demo}
                spec: {replicas: 2}
                """);
        assertThat(all).extracting(Manifest::ref).containsExactly(
                ObjectRef.clusterScoped("v1", "Namespace", "demo"),
                ObjectRef.namespaced("apps/v1", "Deployment", "demo", "web"));
        assertThat(all.get(1).ref().kind()).isEqualTo(new ApiKind("apps", "v1", "Deployment"));
        assertThat(all.get(1).ref()).hasToString("Deployment demo/web");
    }

    @Test
    void aManifestNeedsANameAndIsImmutable() {
        assertThatThrownBy(() -> Manifest.parse("apiVersion: v1\nkind: ConfigMap\nmetadata: {generateName: x-}\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metadata.name");
        Manifest m = Manifest.parse("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {k: v}\n");
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) m.content().get("data");
        assertThatThrownBy(() -> data.put("k", "w")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(m.inNamespace("demo").ref().namespace()).isEqualTo("demo");
        assertThat(m.ref().namespace()).isNull();
    }

    @Test
    void neitherErrorsNorToStringShowTheContent() {
        Manifest secret = Manifest.parse("apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n"
                + "stringData: {password: hunter2-very-secret}\n");
        assertThat(secret.toString()).doesNotContain("hunter2").contains("Secret s");
        assertThatThrownBy(() -> Manifest.parseAll("kind: Secret\nstringData: {password: [hunter2-very-secret\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2").contains("line"));
    }

    @Test
    void applyOptionsDefaultToTheInstallersManager() {
        assertThat(ApplyOptions.DEFAULT.fieldManager()).isEqualTo("opencenter-installer");
        assertThat(ApplyOptions.DEFAULT.force()).isFalse();
        assertThat(ApplyOptions.forced().force()).isTrue();
        assertThatThrownBy(() -> new ApplyOptions("a b&force=true", false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
