package io.opencenter.installer.bootstrap.cloudprovider;

/**
 * The {@code cloud.conf} both cloud-provider-openstack components read (gcfg, an INI dialect): how to log in, and
 * the cluster's choices for load balancers and block storage. Every string value is quoted, so a secret holding
 * {@code ;} or {@code #} is not cut short as a comment.
 */
public final class CloudConf {

    /** Where the components find the file: the {@code cloud-config} Secret mounted as a folder. */
    public static final String MOUNT_PATH = "/etc/config";
    public static final String FILE = "cloud.conf";
    /** The key of the CA bundle in the same Secret, when the cloud has a private CA. */
    public static final String CA_FILE = "ca.crt";

    private CloudConf() {}

    /** The file's text. It holds the credential's secret: never log it. */
    public static String render(CloudProviderSettings s) {
        StringBuilder out = new StringBuilder();
        out.append("[Global]\n");
        entry(out, "auth-url", s.authUrl());
        entry(out, "application-credential-id", s.credentialId());
        entry(out, "application-credential-secret", s.credentialSecret());
        entry(out, "region", s.region());
        if (s.caBundlePem() != null) {
            entry(out, "ca-file", MOUNT_PATH + "/" + CA_FILE);
        }
        if (s.insecure()) {
            out.append("tls-insecure = true\n");
        }
        // MetalLB answers LoadBalancer Services on this platform: the CCM's Octavia integration would race it
        out.append("\n[LoadBalancer]\nenabled = false\n");
        // Nova and Cinder zones are often named differently (Cinder: one "nova" zone); a volume made in a zone no
        // node is in would leave its pod Pending. Resizes are verified on the device before the filesystem grows.
        out.append("\n[BlockStorage]\nignore-volume-az = true\nrescan-on-resize = true\n");
        return out.toString();
    }

    private static void entry(StringBuilder out, String key, String value) {
        if (value.chars().anyMatch(c -> c < 0x20)) {
            // a line break would end the value early; the value itself may be the secret, so only the key is named
            throw new IllegalArgumentException("the value of " + key + " for cloud.conf holds a control character");
        }
        out.append(key).append(" = \"").append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
    }
}
