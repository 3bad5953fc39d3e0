package io.opencenter.installer.install;

import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.InMemoryReads;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.Secret;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A read gateway in memory: a login that needs one password, a catalog, a few flavors, and per-type probe
 * failures. Records the probes it was asked for.
 */
final class ScriptedGateway extends InMemoryReads {
    static final String AUTH_URL = "http://127.0.0.1:9/v3";

    final List<Endpoint> catalog = new ArrayList<>();
    final Map<String, RuntimeException> probeFailures = new HashMap<>();
    final List<String> probed = new ArrayList<>();
    private final CloudProfile profile;
    private final String password;
    boolean closed;

    ScriptedGateway(CloudProfile profile, String password) {
        this.profile = profile;
        this.password = password;
        catalog.addAll(InMemoryReads.catalog("http://127.0.0.1/"));
    }

    static CloudProfile profile(String password, String region) {
        return new CloudProfile("lab", new CloudAuth.Password(AUTH_URL, "demo", "Default", Secret.of(password),
                "demo", null, "Default"), region, null, null, false, "test");
    }

    @Override
    public AuthInfo authenticate() {
        char[] given = ((CloudAuth.Password) profile.auth()).password().reveal();
        if (!new String(given).equals(password)) {
            throw new OpenStackException(OpenStackException.Kind.UNAUTHORIZED, 401,
                    "The request you have made requires authentication. (POST " + AUTH_URL + "/auth/tokens)", null);
        }
        return new AuthInfo("demo", "u1", "demo", "p1", "Default", Instant.now().plusSeconds(3600), catalog);
    }

    @Override
    public List<Image> images() {
        return List.of(new Image("i2", "ubuntu-24.04", "active", 10, 0, "ubuntu", "24.04", 1L << 30),
                new Image("i1", "debian-12", "active", 10, 0, "debian", "12", 1L << 30));
    }

    @Override
    public List<String> keyPairs() {
        return new ArrayList<>(List.of("zed", "me"));
    }

    @Override
    public List<Quota> quotas() {
        return List.of(new Quota("compute", "instances", 20, 0));
    }

    @Override
    public void probe(String serviceType) {
        probed.add(serviceType);
        RuntimeException e = probeFailures.get(serviceType);
        if (e != null) {
            throw e;
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
