package io.opencenter.installer.sandbox;

import io.opencenter.installer.install.ClusterApiRoute;
import io.opencenter.installer.install.SandboxProvider;
import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.Secret;
import io.opencenter.installer.sandbox.compute.NovaService;
import io.opencenter.installer.sandbox.http.SandboxServer;
import io.opencenter.installer.sandbox.identity.KeystoneService;
import io.opencenter.installer.sandbox.identity.ServiceCatalog;
import io.opencenter.installer.sandbox.image.GlanceService;
import io.opencenter.installer.sandbox.kube.SandboxClusterApis;
import io.opencenter.installer.sandbox.kube.sim.ClusterCloud;
import io.opencenter.installer.sandbox.kube.sim.SandboxClusterCloud;
import io.opencenter.installer.sandbox.loadbalancer.OctaviaService;
import io.opencenter.installer.sandbox.network.NeutronService;
import io.opencenter.installer.sandbox.state.CloudState;
import io.opencenter.installer.sandbox.state.IdentityModel;
import io.opencenter.installer.sandbox.state.IdentityModel.AppCredential;
import io.opencenter.installer.sandbox.state.SandboxContext;
import io.opencenter.installer.sandbox.state.Seed;
import io.opencenter.installer.sandbox.state.StateFile;
import io.opencenter.installer.sandbox.volume.CinderService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A simulated OpenStack (Keystone, Nova, Neutron, Cinder, Glance, a minimal Octavia) on a random loopback port, for users without
 * a cloud and for tests. Clients talk to it over real HTTP exactly as to a real deployment; see
 * {@code package-info} for the seeded content (user {@code demo} / password {@code demo}, project {@code demo}).
 */
public final class SandboxCloud implements SandboxProvider.Running {
    /** How the UI and CLI name it. */
    public static final String LABEL = SandboxProvider.LABEL;

    private final SandboxServer server;
    private final SandboxContext ctx;
    private final SandboxFaults faults;
    private final Runnable persist;
    private final SandboxClusterApis clusterApis;

    private SandboxCloud(SandboxServer server, SandboxContext ctx, SandboxFaults faults, Runnable persist,
                         Path stateFile) {
        this.server = server;
        this.ctx = ctx;
        this.faults = faults;
        this.persist = persist;
        this.clusterApis = new SandboxClusterApis(stateFile, clusterCloud());
    }

    public static SandboxCloud start(SandboxOptions options) {
        StateFile file = options.stateFile() == null ? null : new StateFile(options.stateFile());
        CloudState state = file != null && file.exists() ? file.load() : Seed.create(options.clock().millis());
        SandboxQuotas quotas = new SandboxQuotas(options.quotas());
        SandboxBehaviour behaviour = new SandboxBehaviour(options);
        SandboxContext ctx = new SandboxContext(state, options, quotas, behaviour);
        SandboxFaults faults = new SandboxFaults(options.seed(), options.latencyMs(), options.faultRates(),
                options.faultKinds());
        KeystoneService keystone = new KeystoneService(ctx);
        Runnable persist = file == null ? () -> { } : () -> file.save(state);
        try {
            SandboxServer server = new SandboxServer(List.of(keystone, new NovaService(ctx), new NeutronService(ctx),
                    new CinderService(ctx), new GlanceService(ctx), new OctaviaService(ctx)), keystone::caller, faults, state, persist);
            ctx.rootUrl("http://127.0.0.1:" + server.port());
            server.start();
            persist.run();
            return new SandboxCloud(server, ctx, faults, persist, options.stateFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the sandbox cloud on 127.0.0.1", e);
        }
    }

    public static SandboxCloud start() {
        return start(SandboxOptions.defaults());
    }

    public String label() {
        return LABEL;
    }

    public int port() {
        return server.port();
    }

    /** Keystone v3: {@code http://127.0.0.1:PORT/identity/v3}. */
    public String authUrl() {
        return ctx.rootUrl() + "/identity/v3";
    }

    /** Password login as demo/demo on project demo (domain Default), region RegionOne. */
    @Override
    public CloudProfile profile() {
        CloudAuth auth = new CloudAuth.Password(authUrl(), Seed.USER, IdentityModel.DOMAIN_NAME,
                Secret.of(Seed.PASSWORD), Seed.PROJECT, null, IdentityModel.DOMAIN_NAME);
        return new CloudProfile("sandbox", auth, ServiceCatalog.REGION, "public", null, false, LABEL);
    }

    /** The seeded application credential of demo (by id), the login the UI recommends. */
    public CloudProfile appCredentialProfile() {
        AppCredential cred;
        synchronized (ctx.state()) {
            cred = ctx.state().appCredentials.values().iterator().next();
        }
        CloudAuth auth = new CloudAuth.ApplicationCredential(authUrl(), cred.id(), null, null, null,
                Secret.of(cred.secret()));
        return new CloudProfile("sandbox-appcred", auth, ServiceCatalog.REGION, "public", null, false, LABEL);
    }

    /**
     * This cloud as the simulated Kubernetes cluster on it sees it: the cluster's servers (its kubelets) and the
     * Cinder volumes its CSI driver makes; changes are saved to the state file like any API call's.
     */
    public ClusterCloud clusterCloud() {
        return new SandboxClusterCloud(ctx, persist);
    }

    /** Latency and fault injection, live. */
    public SandboxFaults faults() {
        return faults;
    }

    /** Quota limits, live. */
    public SandboxQuotas quotas() {
        return ctx.quotas();
    }

    /** State-machine timings, token lifetime and forced failures, live. */
    public SandboxBehaviour behaviour() {
        return ctx.behaviour();
    }

    /** The clouds.yaml entry for this sandbox (password auth; the password is the public demo one). */
    public String cloudsYaml() {
        return "clouds:\n"
                + "  sandbox:\n"
                + "    auth:\n"
                + "      auth_url: " + authUrl() + "\n"
                + "      username: " + Seed.USER + "\n"
                + "      password: " + Seed.PASSWORD + "\n"
                + "      project_name: " + Seed.PROJECT + "\n"
                + "      user_domain_name: " + IdentityModel.DOMAIN_NAME + "\n"
                + "      project_domain_name: " + IdentityModel.DOMAIN_NAME + "\n"
                + "    region_name: " + ServiceCatalog.REGION + "\n"
                + "    interface: public\n"
                + "    identity_api_version: 3\n";
    }

    @Override
    public ClusterApiRoute clusterApis() {
        return clusterApis;
    }

    @Override
    public void close() {
        try (server) {
            clusterApis.close();
        }
    }
}
