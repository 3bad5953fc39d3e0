package io.opencenter.installer.kube;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KubeObjectTest {

    private static KubeObject object(String yaml) {
        return KubeObject.of(Manifest.parse(yaml).content());
    }

    @Test
    void readsIdentityOwnershipAndConditions() {
        KubeObject o = object("""
                apiVersion: example.io/v1
                kind: Widget
                metadata:
                  name: w
                  namespace: demo
                  uid: 1234
                  resourceVersion: "42"
                  generation: 3
                  managedFields:
                  - {manager: opencenter-installer, operation: Apply, apiVersion: example.io/v1}
                  - {manager: widget-controller, operation: Apply, subresource: status}
                  - {manager: kubectl-edit, operation: Update}
                status:
                  conditions:
                  - {type: Ready, status: "False", reason: Progressing, message: "2 of 3",
                     observedGeneration: 3, lastTransitionTime: "2026-01-02T03:04:05Z"}
                """);
        assertThat(o.ref()).isEqualTo(ObjectRef.namespaced("example.io/v1", "Widget", "demo", "w"));
        assertThat(o.uid()).isEqualTo("1234");
        assertThat(o.resourceVersion()).isEqualTo("42");
        assertThat(o.generation()).isEqualTo(3);
        assertThat(o.applyManagers()).containsExactly("opencenter-installer", "widget-controller");
        assertThat(o.managedFields()).contains(new FieldOwner("widget-controller", "Apply", "status"));
        Condition ready = o.condition("Ready").orElseThrow();
        assertThat(ready.lastTransitionTime()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(ready.describe()).isEqualTo("False (Progressing: 2 of 3)");
        assertThat(o.conditionMet("Ready")).isFalse();
        assertThat(o.condition("Stalled")).isEmpty();
    }

    @Test
    void aVerdictAboutAnOlderGenerationDoesNotCount() {
        String base = "apiVersion: v1\nkind: X\nmetadata: {name: x, generation: 2}\nstatus:\n";
        assertThat(object(base + "  conditions: [{type: Ready, status: 'True', observedGeneration: 1}]\n")
                .conditionMet("Ready")).isFalse();
        assertThat(object(base + "  conditions: [{type: Ready, status: 'True', observedGeneration: 2}]\n")
                .conditionMet("Ready")).isTrue();
        // the Deployment way: observedGeneration on the status, none on the condition
        assertThat(object(base + "  observedGeneration: 1\n  conditions: [{type: Available, status: 'True'}]\n")
                .conditionMet("Available")).isFalse();
        assertThat(object(base + "  observedGeneration: 2\n  conditions: [{type: Available, status: 'True'}]\n")
                .conditionMet("Available")).isTrue();
        // no generation reported at all (a CRD's Established): True is True
        assertThat(object(base + "  conditions: [{type: Established, status: 'True'}]\n")
                .conditionMet("Established")).isTrue();
    }

    @Test
    void aTimedOutWaitNamesTheLastReasonAndMessage() {
        ObjectRef ref = ObjectRef.namespaced("example.io/v1", "Widget", "demo", "w");
        Condition last = new Condition("Ready", "False", "InstallFailed", "chart not found", null, null);
        ConditionWait wait = new ConditionWait(ref, "Ready", false, true, last, Duration.ofSeconds(5));
        assertThat(wait.lastSeen()).isEqualTo("False (InstallFailed: chart not found)");
        assertThatThrownBy(wait::orThrow).isInstanceOf(KubeException.class)
                .hasMessage("Widget demo/w: condition Ready not True after 5 s; last seen: False (InstallFailed: "
                        + "chart not found)")
                .satisfies(e -> assertThat(((KubeException) e).kind()).isEqualTo(KubeException.Kind.TIMEOUT));
        assertThat(new ConditionWait(ref, "Ready", false, false, null, Duration.ZERO).lastSeen())
                .isEqualTo("the object does not exist");
        assertThat(new ConditionWait(ref, "Ready", false, true, null, Duration.ZERO).lastSeen())
                .isEqualTo("no Ready condition yet");
        ConditionWait met = new ConditionWait(ref, "Ready", true, true, last, Duration.ZERO);
        assertThat(met.orThrow()).isSameAs(met);
    }

    @Test
    void theContentIsACopy() {
        Map<String, Object> content = new java.util.HashMap<>(Manifest.parse(
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n").content());
        KubeObject o = KubeObject.of(content);
        content.put("data", Map.of("k", "v"));
        assertThat(o.content()).doesNotContainKey("data");
    }
}
