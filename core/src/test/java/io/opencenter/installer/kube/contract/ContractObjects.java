package io.opencenter.installer.kube.contract;

import io.opencenter.installer.kube.ApiKind;
import io.opencenter.installer.kube.Manifest;
import io.opencenter.installer.kube.ObjectRef;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The manifests the contract suite applies, each made unique by the caller's names. */
final class ContractObjects {

    private ContractObjects() {
    }

    static Manifest namespace(String name) {
        return Manifest.parse("""
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: %s
                  labels: {opencenter.io/kube-contract: "true"}
                """.formatted(name));
    }

    static Manifest configMap(String namespace, String name, String dataYaml) {
        return Manifest.parse("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: %s, namespace: %s}
                data: %s
                """.formatted(name, namespace, dataYaml));
    }

    static ObjectRef configMapRef(String namespace, String name) {
        return ObjectRef.namespaced("v1", "ConfigMap", namespace, name);
    }

    /** A namespaced CRD "Widget" in its own group, with a status subresource whose conditions are free-form. */
    static Manifest widgetCrd(String group) {
        return Manifest.parse("""
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: {name: widgets.%s}
                spec:
                  group: %s
                  scope: Namespaced
                  names: {plural: widgets, singular: widget, kind: Widget, listKind: WidgetList}
                  versions:
                  - name: v1
                    served: true
                    storage: true
                    subresources: {status: {}}
                    schema:
                      openAPIV3Schema:
                        type: object
                        properties:
                          spec: {type: object, x-kubernetes-preserve-unknown-fields: true}
                          status:
                            type: object
                            properties:
                              observedGeneration: {type: integer}
                              conditions:
                                type: array
                                x-kubernetes-list-type: map
                                x-kubernetes-list-map-keys: [type]
                                items:
                                  type: object
                                  required: [type, status]
                                  x-kubernetes-preserve-unknown-fields: true
                                  properties:
                                    type: {type: string}
                                    status: {type: string}
                """.formatted(group, group));
    }

    static ApiKind widgetKind(String group) {
        return new ApiKind(group, "v1", "Widget");
    }

    static Manifest widget(String group, String namespace, String name, String size) {
        return Manifest.parse("""
                apiVersion: %s/v1
                kind: Widget
                metadata: {name: %s, namespace: %s}
                spec: {size: %s}
                """.formatted(group, name, namespace, size));
    }

    /** The status a controller would report: one condition, for the given generation. */
    static Manifest widgetStatus(ObjectRef widget, String type, String status, String reason, String message,
                                 long observedGeneration) {
        return Manifest.parse("""
                apiVersion: %s
                kind: Widget
                metadata: {name: %s, namespace: %s}
                status:
                  conditions:
                  - type: %s
                    status: "%s"
                    reason: %s
                    message: "%s"
                    observedGeneration: %d
                    lastTransitionTime: "%s"
                """.formatted(widget.kind().apiVersion(), widget.name(), widget.namespace(), type, status, reason,
                message, observedGeneration, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    }

    /** A core/v1 Event about an object, as a controller's event recorder writes one. */
    static Manifest event(ObjectRef about, String uid, String name, String type, String reason, String message) {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        return Manifest.parse("""
                apiVersion: v1
                kind: Event
                metadata: {name: %s, namespace: %s}
                involvedObject: {apiVersion: %s, kind: %s, namespace: %s, name: %s, uid: "%s"}
                type: %s
                reason: %s
                message: "%s"
                source: {component: kube-contract}
                count: 1
                firstTimestamp: "%s"
                lastTimestamp: "%s"
                """.formatted(name, about.namespace(), about.kind().apiVersion(), about.kind().kind(),
                about.namespace(), about.name(), uid, type, reason, message, now, now));
    }
}
