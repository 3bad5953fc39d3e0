/**
 * The installer's Kubernetes port: {@link io.opencenter.installer.kube.KubeCluster} and the records it speaks in
 * (manifests and objects as plain maps, conditions, events, watch events), with no client library in its
 * signatures. The fabric8 implementation is in {@code kube.client}; the simulated Kubernetes of the sandbox will
 * stand behind the same calls and pass the same contract suite ({@code KubeContract} in the tests).
 */
package io.opencenter.installer.kube;
