package io.opencenter.installer.provision;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.spec.ClusterSpec;
import io.opencenter.installer.spec.ClusterSpec.WorkerPool;
import io.opencenter.installer.spec.SpecValidator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Clusters that share a project never plan two servers (or their ports and volumes) of the same name: every pair
 * of configs that validation accepts, from names built to collide, gets disjoint node names.
 */
class NodeNamesAcrossClustersTest {
    private static final List<String> CLUSTERS = List.of("demo", "demo-x", "demo-control", "demo-x-default", "x",
            "demo-pool", "demo-default");
    private static final List<String> POOLS = List.of("default", "x-default", "plane", "control-plane", "x", "pool-1",
            "1", "default-1", "control", "pool1");

    @Test
    void acceptedConfigsNeverShareANodeName() {
        SpecValidator validator = new SpecValidator(Catalog.builtIn().knownServices());
        Map<String, String> owner = new HashMap<>(); // kind + name -> cluster
        int accepted = 0;
        for (String cluster : CLUSTERS) {
            for (String pool : POOLS) {
                ClusterConfig config = withNames(cluster, pool);
                if (!SpecValidator.isValid(validator.validate(config))) {
                    continue;
                }
                accepted++;
                for (PlannedResource r : PlanBuilder.build(config).resources()) {
                    if (r.kind() == ResourceKind.SERVER || r.kind() == ResourceKind.PORT
                            || r.kind() == ResourceKind.VOLUME) {
                        String previous = owner.putIfAbsent(r.kind() + " " + r.name(), cluster);
                        assertThat(previous).as(r.kind() + " " + r.name() + " of cluster " + cluster + ", pool " + pool)
                                .isIn(null, cluster);
                    }
                }
            }
        }
        assertThat(accepted).isGreaterThan(CLUSTERS.size());
    }

    private static ClusterConfig withNames(String cluster, String pool) {
        ClusterConfig base = ClusterConfigs.sandboxDefault();
        ClusterSpec s = base.spec();
        ClusterSpec spec = new ClusterSpec(s.cloud(), s.kubernetes(), s.network(), s.controlPlane(),
                List.of(new WorkerPool(pool, 2, "m1.xlarge", "ubuntu-24.04", 100)), s.sshPublicKeyFile(),
                s.platform(), s.provisioning(), s.offline());
        return new ClusterConfig(base.apiVersion(), base.kind(), new ClusterConfig.Metadata(cluster), spec);
    }
}
