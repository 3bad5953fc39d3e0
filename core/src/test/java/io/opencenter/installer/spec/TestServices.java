package io.opencenter.installer.spec;

import java.util.Set;

/** A stand-in catalog, so these tests do not depend on the real one. */
final class TestServices {
    static final KnownServices KNOWN = new KnownServices(
            Set.of("cert-manager", "kyverno", "flux-system", "metallb", "cinder-csi"),
            Set.of("velero", "harbor", "headlamp", "observability", "kafka"));

    private TestServices() {}
}
