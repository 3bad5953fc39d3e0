package io.opencenter.installer.sandbox.state;

import io.opencenter.installer.sandbox.state.ComputeModel.Flavor;
import io.opencenter.installer.sandbox.state.IdentityModel.AppCredential;
import io.opencenter.installer.sandbox.state.IdentityModel.Project;
import io.opencenter.installer.sandbox.state.IdentityModel.User;
import io.opencenter.installer.sandbox.state.NetworkModel.Network;
import io.opencenter.installer.sandbox.state.NetworkModel.Subnet;

import java.util.List;
import java.util.Map;

/**
 * The cloud a first-time user finds: project {@code demo} with user {@code demo} / password {@code demo} and an
 * application credential {@code sandbox} (secret {@value #APP_CREDENTIAL_SECRET}), four m1 flavors, three images
 * and the external network {@code public} (203.0.113.0/24, a documentation range that never routes anywhere).
 */
public final class Seed {
    public static final String USER = "demo";
    public static final String PASSWORD = "demo";
    public static final String PROJECT = "demo";
    public static final String APP_CREDENTIAL_NAME = "sandbox";
    public static final String APP_CREDENTIAL_SECRET = "sandbox-secret";
    public static final String PUBLIC_NETWORK = "public";

    private Seed() {
    }

    public static CloudState create(long now) {
        CloudState s = new CloudState();
        Project demo = new Project(SandboxContext.hexId(), PROJECT, "Sandbox demo project");
        s.projects.put(demo.id(), demo);
        User user = new User(SandboxContext.hexId(), USER, PASSWORD, demo.id());
        s.users.put(user.id(), user);
        AppCredential cred = new AppCredential(SandboxContext.hexId(), APP_CREDENTIAL_NAME, user.id(), demo.id(),
                APP_CREDENTIAL_SECRET);
        s.appCredentials.put(cred.id(), cred);

        for (Flavor f : List.of(new Flavor("2", "m1.small", 1, 2048, 20, true),
                new Flavor("3", "m1.medium", 2, 4096, 40, true),
                new Flavor("4", "m1.large", 4, 8192, 80, true),
                new Flavor("5", "m1.xlarge", 8, 16384, 160, true))) {
            s.flavors.put(f.id(), f);
        }
        image(s, "ubuntu-24.04", 10, 1024, "ubuntu", "24.04", now);
        image(s, "ubuntu-22.04", 10, 1024, "ubuntu", "22.04", now);
        image(s, "debian-12", 4, 512, "debian", "12", now);

        Network pub = new Network();
        pub.id = SandboxContext.uuid();
        pub.name = PUBLIC_NETWORK;
        pub.projectId = SandboxContext.hexId();
        pub.external = true;
        pub.shared = true;
        pub.mtu = 1500;
        pub.networkType = "flat";
        pub.createdAt = now;
        pub.updatedAt = now;
        pub.revision = 1;
        s.networks.put(pub.id, pub);
        Subnet sub = new Subnet();
        sub.id = SandboxContext.uuid();
        sub.name = "public-subnet";
        sub.projectId = pub.projectId;
        sub.networkId = pub.id;
        sub.cidr = "203.0.113.0/24";
        sub.gatewayIp = "203.0.113.1";
        sub.enableDhcp = false;
        sub.pools.add(new NetworkModel.Pool("203.0.113.10", "203.0.113.250"));
        sub.createdAt = now;
        sub.updatedAt = now;
        s.subnets.put(sub.id, sub);
        DefaultSecurityGroup.ensure(s, demo.id(), now);
        return s;
    }

    private static void image(CloudState s, String name, int minDisk, int minRam, String distro, String version,
                              long now) {
        String id = SandboxContext.uuid();
        s.images.put(id, new ImageModel(id, name, SandboxContext.hexId(), "public", "qcow2", "bare", minDisk, minRam,
                629_145_600L, 3_758_096_384L, Integer.toHexString(name.hashCode()),
                Map.of("os_distro", distro, "os_version", version), now));
    }
}
