package io.opencenter.installer.sandbox.kube.sim;

import io.opencenter.installer.provision.ResourceNames;
import io.opencenter.installer.sandbox.state.CloudState;
import io.opencenter.installer.sandbox.state.ComputeModel.Flavor;
import io.opencenter.installer.sandbox.state.ComputeModel.Server;
import io.opencenter.installer.sandbox.state.IdentityModel.Project;
import io.opencenter.installer.sandbox.state.IdentityModel.User;
import io.opencenter.installer.sandbox.state.NetworkModel.FixedIp;
import io.opencenter.installer.sandbox.state.SandboxContext;
import io.opencenter.installer.sandbox.state.Seed;
import io.opencenter.installer.sandbox.state.VolumeModel.Attachment;
import io.opencenter.installer.sandbox.state.VolumeModel.Volume;
import io.opencenter.installer.sandbox.volume.CinderService.VolumeUsage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link ClusterCloud} on the sandbox cloud's state: reads servers as Nova would list them, and creates, attaches and
 * deletes volumes as Cinder and Nova would for the CSI driver (in the demo project, whose application credential the
 * sandbox's CSI driver would hold; Cinder's volume quotas apply). Every call holds the state's monitor, as the
 * sandbox's HTTP handlers do, and a change is written to the state file like any API call's.
 */
public final class SandboxClusterCloud implements ClusterCloud {
    private final SandboxContext ctx;
    private final Runnable persist;

    /** {@code persist} saves the state after a change (the sandbox cloud's own state-file writer). */
    public SandboxClusterCloud(SandboxContext ctx, Runnable persist) {
        this.ctx = ctx;
        this.persist = persist;
    }

    @Override
    public List<CloudServer> servers(String cluster) {
        return read(() -> state().servers.values().stream()
                .filter(s -> cluster.equals(s.metadata.get(ResourceNames.CLUSTER_TAG_KEY)))
                .map(this::view).toList());
    }

    private CloudServer view(Server s) {
        String ip = state().portsOfDevice(s.id).stream().flatMap(p -> p.fixedIps.stream())
                .map(FixedIp::ipAddress).findFirst().orElse(null);
        Flavor f = state().flavors.get(s.flavorId);
        return new CloudServer(s.id, s.name, s.status(ctx.now()), ip, s.availabilityZone,
                f == null ? "" : f.name(), f == null ? 0 : f.vcpus(), f == null ? 0 : f.ram(), s.joinFault);
    }

    @Override
    public String provision(String name, int sizeGb, Map<String, String> metadata) {
        return change(() -> {
            Project project = state().projectByName(Seed.PROJECT);
            Optional<Volume> existing = state().volumesOf(project.id()).stream()
                    .filter(v -> name.equals(v.name)).findFirst();
            if (existing.isPresent()) {
                return existing.get().id;
            }
            VolumeUsage used = VolumeUsage.of(state(), project.id());
            if (!ctx.quotas().allows("gigabytes", used.gigabytes(), sizeGb)) {
                throw new VolumeRefused("VolumeSizeExceedsAvailableQuota: Requested " + sizeGb + "G, quota is "
                        + ctx.quotas().limit("gigabytes") + "G and " + used.gigabytes() + "G has been consumed.");
            }
            if (!ctx.quotas().allows("volumes", used.volumes(), 1)) {
                throw new VolumeRefused("VolumeLimitExceeded: Maximum number of volumes allowed ("
                        + ctx.quotas().limit("volumes") + ") exceeded for quota 'volumes'.");
            }
            User user = state().userByName(Seed.USER);
            Volume v = new Volume();
            v.id = SandboxContext.uuid();
            v.name = name;
            v.projectId = project.id();
            v.userId = user == null ? null : user.id();
            v.size = sizeGb;
            v.availabilityZone = ctx.options().availabilityZones().get(0);
            v.metadata.putAll(metadata);
            v.createdAt = ctx.now();
            v.updatedAt = v.createdAt;
            // The CSI driver waits for "available" before it answers, so the PV only ever sees a usable volume.
            v.readyAt = v.createdAt;
            state().volumes.put(v.id, v);
            return v.id;
        });
    }

    @Override
    public Optional<CloudVolume> volume(String volumeId) {
        return read(() -> Optional.ofNullable(state().volumes.get(volumeId)).map(v -> new CloudVolume(v.id, v.name,
                v.size, v.attachments.stream().filter(Attachment::attached).map(Attachment::serverId).findFirst()
                .orElse(null), v.metadata)));
    }

    @Override
    public void attach(String volumeId, String serverId) {
        Volume v = read(() -> state().volumes.get(volumeId));
        if (v == null || !read(() -> state().servers.containsKey(serverId))) {
            return;
        }
        boolean there = read(() -> v.attachments.size() == 1 && v.attachments.get(0).attached()
                && v.attachments.get(0).serverId().equals(serverId));
        if (there) {
            return;
        }
        change(() -> {
            v.attachments.clear();
            long onServer = state().volumes.values().stream()
                    .filter(x -> x.attachments.stream().anyMatch(a -> a.serverId().equals(serverId))).count();
            v.attachments.add(new Attachment(SandboxContext.uuid(), serverId, "/dev/vd" + (char) ('b' + onServer),
                    ctx.now()));
            v.updatedAt = ctx.now();
            return null;
        });
    }

    @Override
    public void detach(String volumeId) {
        Volume v = read(() -> state().volumes.get(volumeId));
        if (v == null || read(() -> v.attachments.isEmpty())) {
            return;
        }
        change(() -> {
            v.attachments.clear();
            v.updatedAt = ctx.now();
            return null;
        });
    }

    @Override
    public void delete(String volumeId) {
        if (read(() -> state().volumes.containsKey(volumeId))) {
            change(() -> state().volumes.remove(volumeId));
        }
    }

    private CloudState state() {
        return ctx.state();
    }

    private <T> T read(Supplier<T> work) {
        synchronized (ctx.state()) {
            return work.get();
        }
    }

    private <T> T change(Supplier<T> work) {
        synchronized (ctx.state()) {
            T result = work.get();
            persist.run();
            return result;
        }
    }
}
