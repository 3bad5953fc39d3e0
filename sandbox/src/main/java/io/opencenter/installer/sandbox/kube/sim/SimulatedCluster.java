package io.opencenter.installer.sandbox.kube.sim;

import io.opencenter.installer.spec.AddressRange;
import io.opencenter.installer.spec.Cidr;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.ClusterSpec;

/**
 * The few facts of the config the simulated cluster needs.
 *
 * @param name              the cluster's name: its servers' tag, the CSI's {@code --cluster}
 * @param kubeletVersion    {@code v1.35.4}: every Node's kubelet version
 * @param metallbPool       the addresses LoadBalancer Services get
 * @param podCidr           split into one /24 per Node (kube-controller-manager's node IPAM), pods take their IPs there
 * @param apiVip            the API's VIP, which kube-vip's static pod on every control plane announces
 */
public record SimulatedCluster(String name, String kubeletVersion, AddressRange metallbPool, Cidr podCidr,
                               String apiVip) {

    /** From a config the validator accepted (its version, pool and pod CIDR parse). */
    public static SimulatedCluster of(ClusterConfig config) {
        ClusterSpec spec = config.spec();
        String version = spec.kubernetes().version().strip();
        return new SimulatedCluster(config.metadata().name(), version.startsWith("v") ? version : "v" + version,
                AddressRange.parse(spec.network().metallbPool()), Cidr.parse(spec.kubernetes().podCidr()),
                spec.kubernetes().apiVip());
    }
}
