package io.opencenter.installer.bootstrap.node;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes release {@code major.minor.patch}, as {@code spec.kubernetes.version} names it ("1.35.4", or
 * "v1.35.4"). What differs by release on a node: the pkgs.k8s.io repository (one per minor) and kube-vip's
 * kubeconfig during {@code kubeadm init} (from 1.29).
 */
record KubeVersion(int major, int minor, int patch) {
    private static final Pattern FORM = Pattern.compile("v?(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    static KubeVersion parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("spec.kubernetes.version " + (text == null ? "is missing"
                    : "\"" + text + "\" is not major.minor.patch") + ": use one of the supported versions, e.g. 1.35.4");
        }
        return new KubeVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
    }

    boolean atLeast(int otherMajor, int otherMinor) {
        return major > otherMajor || major == otherMajor && minor >= otherMinor;
    }

    /** {@code v1.35.4}: kubeadm's {@code kubernetesVersion} and what {@code kubeadm version -o short} prints. */
    String tag() {
        return "v" + this;
    }

    /** {@code v1.35}: the pkgs.k8s.io repository of this minor release. */
    String minorLine() {
        return "v" + major + "." + minor;
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
