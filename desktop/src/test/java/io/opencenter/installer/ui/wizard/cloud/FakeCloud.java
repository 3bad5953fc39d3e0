package io.opencenter.installer.ui.wizard.cloud;

import io.opencenter.installer.install.ClusterApiRoute;
import io.opencenter.installer.install.CloudConnection;
import io.opencenter.installer.install.CloudConnector;
import io.opencenter.installer.install.Clouds;
import io.opencenter.installer.install.SandboxProvider;
import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.InMemoryReads;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.Secret;
import io.opencenter.installer.openstack.config.ConfigLocations;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.spec.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A cloud in memory for view-model tests: one user with one password, a few flavors, an instance quota, and a
 * preflight that counts instances; a clouds.yaml of its own naming it. Can be told to hang in login (to test
 * Cancel).
 */
public final class FakeCloud {
    public static final String AUTH_URL = "http://127.0.0.1:9/v3";
    public static final String KEYSTONE_401 = "The request you have made requires authentication.";

    public volatile String password = "s3cret";
    public volatile long instanceLimit = 20;
    public volatile CountDownLatch loginGate;
    public final CountDownLatch loginEntered = new CountDownLatch(1);
    public final AtomicInteger closed = new AtomicInteger();
    public final AtomicInteger connects = new AtomicInteger();

    public CloudProfile sandboxProfile() {
        return new CloudProfile("sandbox", new CloudAuth.Password(AUTH_URL, "demo", "Default", Secret.of(password),
                "demo", null, "Default"), "RegionOne", null, null, false, "sandbox");
    }

    public CloudServices services() {
        return services(List.of("prod", "lab"));
    }

    /** The clouds {@code clouds} (each this cloud, in RegionOne) in a clouds.yaml of a home of its own. */
    public CloudServices services(List<String> clouds) {
        Path home;
        try {
            home = Files.createTempDirectory("fakecloud-home");
            Path cwd = Files.createDirectories(home.resolve("work"));
            if (!clouds.isEmpty()) {
                StringBuilder yaml = new StringBuilder("clouds:\n");
                for (String name : clouds) {
                    yaml.append("  ").append(name).append(":\n    auth:\n      auth_url: ").append(AUTH_URL)
                            .append("\n      username: demo\n      password: ").append(password)
                            .append("\n      project_name: demo\n      user_domain_name: Default")
                            .append("\n      project_domain_name: Default\n    region_name: RegionOne\n");
                }
                Files.writeString(cwd.resolve("clouds.yaml"), yaml);
            }
            ConfigLocations locations = new ConfigLocations(Map.of(), cwd, home, home.resolve("etc"));
            CloudConnector connector = new CloudConnector(Gateway::new, profile -> {
                throw new OpenStackException(OpenStackException.Kind.CONFIG, "the fake cloud provisions nothing");
            });
            return new CloudServices(new Clouds(locations, connector, stateFile -> new SandboxProvider.Running() {
                @Override
                public ClusterApiRoute clusterApis() {
                    return target -> {
                        throw new AssertionError("no cluster API in this fake sandbox");
                    };
                }

                @Override
                public CloudProfile profile() {
                    return sandboxProfile();
                }

                @Override
                public void close() {
                }
            }), null, this::preflight);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Instances needed = control plane + worker pools; short → an error at the first pool's count. */
    CloudCheck preflight(ClusterConfig config, CloudConnection cloud) {
        ClusterSpec spec = config.spec();
        long needed = spec.controlPlane().count() + spec.workerPools().stream().mapToLong(ClusterSpec.WorkerPool::count)
                .sum();
        boolean ok = needed <= instanceLimit;
        List<Finding> findings = ok ? List.of() : List.of(Finding.error("spec.workerPools[0].count",
                "instances: need " + needed + ", in use 0, limit " + instanceLimit, "plan fewer nodes"));
        return new CloudCheck(findings, List.of(new CloudCheck.QuotaRow("instances",
                CloudCheck.QuotaRow.Part.INFRASTRUCTURE, needed, 0, instanceLimit, ok)));
    }

    final class Gateway extends InMemoryReads {
        private final CloudProfile profile;

        Gateway(CloudProfile profile) {
            this.profile = profile;
            connects.incrementAndGet();
        }

        @Override
        public AuthInfo authenticate() {
            loginEntered.countDown();
            CountDownLatch gate = loginGate;
            if (gate != null) {
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new OpenStackException(OpenStackException.Kind.UNREACHABLE, "interrupted");
                }
            }
            char[] given = profile.auth() instanceof CloudAuth.Password p ? p.password().reveal()
                    : profile.auth() instanceof CloudAuth.ApplicationCredential a ? a.secret().reveal() : new char[0];
            if (!Arrays.equals(given, password.toCharArray())) {
                throw new OpenStackException(OpenStackException.Kind.UNAUTHORIZED, 401,
                        KEYSTONE_401 + " (POST " + AUTH_URL + "/auth/tokens)", null);
            }
            return new AuthInfo("demo", "u1", "demo", "p1", "Default", Instant.now().plusSeconds(3600),
                    InMemoryReads.catalog("http://127.0.0.1:9/"));
        }

        @Override
        public List<Image> images() {
            return List.of(new Image("i1", "ubuntu-24.04", "active", 10, 0, "ubuntu", "24.04", 1L << 30));
        }

        @Override
        public List<String> keyPairs() {
            return new ArrayList<>(List.of("me"));
        }

        @Override
        public List<Quota> quotas() {
            return List.of(new Quota("compute", "instances", instanceLimit, 0));
        }

        @Override
        public void probe(String serviceType) {
            if (!List.of("identity", "compute", "network", "volumev3", "image").contains(serviceType)) {
                throw new OpenStackException(OpenStackException.Kind.NO_ENDPOINT, "no " + serviceType);
            }
        }

        @Override
        public void close() {
            closed.incrementAndGet();
        }
    }
}
