package io.opencenter.installer.provision;

import java.util.List;

/**
 * The typed settings of each kind of planned resource. References to other planned resources are their plan
 * keys (resolved to cloud ids by the executor); names of existing cloud objects (external network, image,
 * flavor) are kept as the config spells them.
 */
public sealed interface ResourceAttributes {

    record Network() implements ResourceAttributes {}

    record Subnet(String cidr, List<String> dnsNameservers) implements ResourceAttributes {
        public Subnet {
            dnsNameservers = List.copyOf(dnsNameservers);
        }
    }

    /** The router's gateway is on the external network named in the config. */
    record Router(String externalNetwork) implements ResourceAttributes {}

    record RouterInterface(String routerKey, String subnetKey) implements ResourceAttributes {}

    record SecurityGroup(SecurityGroupRules.Group group) implements ResourceAttributes {}

    /**
     * An ingress IPv4 rule. Exactly one of {@code remoteCidr} and {@code remoteGroupKey} is set; protocol and
     * ports are null when any is meant (as in {@link SecurityGroupRules.Rule}).
     */
    record SecurityGroupRule(String securityGroupKey, String protocol, Integer portMin, Integer portMax,
                             String remoteCidr, String remoteGroupKey, String purpose) implements ResourceAttributes {}

    /**
     * {@code fixedIp} is null when Neutron picks the address. {@code allowedAddressPairs} holds the API VIP on
     * control-plane ports, so kube-vip may answer for it from whichever node holds it.
     */
    record Port(String networkKey, String subnetKey, String fixedIp, List<String> allowedAddressPairs,
                List<String> securityGroupKeys) implements ResourceAttributes {
        public Port {
            allowedAddressPairs = List.copyOf(allowedAddressPairs);
            securityGroupKeys = List.copyOf(securityGroupKeys);
        }
    }

    record FloatingIp(String externalNetwork, String portKey) implements ResourceAttributes {}

    record ServerGroup(String policy) implements ResourceAttributes {}

    record Keypair(String publicKeyFile) implements ResourceAttributes {}

    /** A bootable volume made from {@code image}. */
    record Volume(int sizeGb, String image, String availabilityZone) implements ResourceAttributes {}

    /**
     * A node. It boots from {@code volumeKey} when set, otherwise from {@code image} (exactly one is set).
     * {@code serverGroupKey} and {@code keypairKey} may be null. {@code userData} is null in a plan: it is rendered
     * by {@link BootstrapData} for ({@code role}, {@code group}, {@code index}) when the server is created (see
     * {@link UserDataOnCreate}), so the plan holds no secret.
     */
    record Server(String flavor, String image, String volumeKey, String availabilityZone, String serverGroupKey,
                  String portKey, String keypairKey, NodeRole role, String group, int index, String userData)
            implements ResourceAttributes {

        public Server withUserData(String text) {
            return new Server(flavor, image, volumeKey, availabilityZone, serverGroupKey, portKey, keypairKey, role,
                    group, index, text);
        }
    }
}
