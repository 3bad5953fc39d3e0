package io.opencenter.installer.gitops;

import static io.opencenter.installer.gitops.Yaml.map;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.platform.Profile;
import io.opencenter.installer.platform.ServiceSelection;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.OidcDefaults;
import io.opencenter.installer.workspace.AtomicFiles;
import io.opencenter.installer.workspace.Folders;
import io.opencenter.installer.workspace.SecretValues;
import io.opencenter.installer.workspace.TextFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The credentials the platform's services are installed with (Grafana's, Harbor's and Keycloak's admin passwords,
 * Harbor's encryption key, Headlamp's OIDC client secret): made once per cluster with {@link SecureRandom} and kept
 * in the workspace ({@value #FOLDER}/{@value #FILE} in the cluster's folder, 0600 in a 0700 folder), so every later
 * generation of the repository seals the same values and a running service keeps its password. The repository only
 * ever holds them sealed ({@link #secretFiles} → {@link FluxRepository}); {@link #toString()} reveals nothing.
 */
public final class PlatformSecrets {
    public static final String FOLDER = "platform-secrets";
    public static final String FILE = "credentials";

    // Secret names and keys the charts and manifests refer to
    public static final String GRAFANA_ADMIN = "grafana-admin";
    public static final String USER_KEY = "admin-user";
    public static final String PASSWORD_KEY = "admin-password";
    public static final String HARBOR_ADMIN = "harbor-admin";
    public static final String HARBOR_ADMIN_PASSWORD_KEY = "HARBOR_ADMIN_PASSWORD";
    public static final String HARBOR_SECRET_KEY = "harbor-secret-key";
    public static final String KEYCLOAK_ADMIN = "keycloak-admin";
    public static final String KEYCLOAK_HEADLAMP_CLIENT = "keycloak-headlamp-client";
    public static final String CLIENT_SECRET_KEY = "client-secret";
    public static final String HEADLAMP_OIDC = "headlamp-oidc";

    /** Stored value → its length in characters (Harbor's secret key must be exactly 16). */
    private static final Map<String, Integer> VALUES = new TreeMap<>(Map.of(
            "grafana-admin-password", 32,
            "harbor-admin-password", 32,
            "harbor-secret-key", 16,
            "keycloak-admin-password", 32,
            "headlamp-client-secret", 40));
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int MAX_FILE_BYTES = 16 * 1024;

    private final Map<String, String> values;

    private PlatformSecrets(Map<String, String> values) {
        this.values = Map.copyOf(values);
        this.values.values().forEach(SecretValues::remember);
    }

    /**
     * The cluster's kept credentials, made (and kept) first when there are none.
     *
     * @param clusterDir the cluster's workspace folder ({@code ClusterFiles.dir()})
     * @throws PlatformSecretsException when the kept file is damaged (names the file and what to do)
     * @throws UncheckedIOException     when the workspace cannot be read or written
     */
    public static PlatformSecrets loadOrCreate(Path clusterDir) {
        Path file = file(clusterDir);
        try {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return load(file);
            }
            Folders.create(clusterDir.resolve(FOLDER));
            Map<String, String> made = new TreeMap<>();
            SecureRandom random = new SecureRandom();
            VALUES.forEach((key, length) -> made.put(key, randomText(random, length)));
            Path temp = file.resolveSibling("." + FILE + "-" + randomText(random, 8) + ".tmp");
            try {
                AtomicFiles.replace(temp, render(made), PosixFilePermissions.fromString("rw-------"));
                // a hard link fails if another run kept its credentials first: those are the cluster's then
                Files.createLink(file, temp);
            } catch (FileAlreadyExistsException e) {
                return load(file);
            } finally {
                Files.deleteIfExists(temp);
            }
            return new PlatformSecrets(made);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the platform credentials in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the kept credentials once the cluster is destroyed (a new cluster of that name gets new ones). */
    public static void forget(Path clusterDir) {
        Path folder = clusterDir.resolve(FOLDER);
        try {
            Files.deleteIfExists(file(clusterDir));
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                try (var leftovers = Files.list(folder)) {
                    for (Path p : leftovers.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the platform credentials in " + folder, e);
        }
    }

    static Path file(Path clusterDir) {
        return clusterDir.resolve(FOLDER).resolve(FILE);
    }

    /**
     * The Secrets the selected services read, as plaintext manifests at their repository paths: only for services
     * that run in this config, so a disabled service leaves no Secret behind.
     */
    public List<SecretFile> secretFiles(ClusterConfig config, Catalog catalog) {
        var platform = config.spec() == null ? null : config.spec().platform();
        ServiceSelection selection = catalog.select(Profile.fromId(platform == null ? null : platform.profile()),
                platform == null || platform.disabled() == null ? List.of() : platform.disabled());
        List<SecretFile> out = new ArrayList<>();
        if (selection.isEnabled("grafana")) {
            out.add(secret("prometheus", GRAFANA_ADMIN, "observability",
                    map(USER_KEY, "admin", PASSWORD_KEY, values.get("grafana-admin-password"))));
        }
        if (selection.isEnabled("harbor")) {
            out.add(secret("harbor", HARBOR_ADMIN, "harbor",
                    map(HARBOR_ADMIN_PASSWORD_KEY, values.get("harbor-admin-password"))));
            out.add(secret("harbor", HARBOR_SECRET_KEY, "harbor", map("secretKey", values.get("harbor-secret-key"))));
        }
        if (selection.isEnabled("keycloak")) {
            out.add(secret("keycloak", KEYCLOAK_ADMIN, "keycloak",
                    map("username", "admin", "password", values.get("keycloak-admin-password"))));
            out.add(secret("keycloak", KEYCLOAK_HEADLAMP_CLIENT, "keycloak",
                    map(CLIENT_SECRET_KEY, values.get("headlamp-client-secret"))));
        }
        if (selection.isEnabled("headlamp")) {
            String issuer = OidcDefaults.clusterKeycloakIssuer(config.spec()).orElse("");
            out.add(secret("headlamp", HEADLAMP_OIDC, "headlamp", map(
                    "OIDC_CLIENT_ID", "headlamp",
                    "OIDC_CLIENT_SECRET", values.get("headlamp-client-secret"),
                    "OIDC_ISSUER_URL", issuer,
                    "OIDC_SCOPES", "openid,profile,email,groups")));
        }
        return List.copyOf(out);
    }

    /** Every generated value (tests check none of them reaches the repository in plain text). */
    List<String> values() {
        return List.copyOf(new TreeMap<>(values).values());
    }

    private static SecretFile secret(String serviceId, String name, String namespace, Map<String, Object> data) {
        Map<String, Object> secret = Yaml.object("v1", "Secret", name, namespace, "type", "Opaque",
                "stringData", data);
        return new SecretFile(RepoLayout.secretFile(serviceId, name), Yaml.write(secret));
    }

    private static PlatformSecrets load(Path file) throws IOException {
        String text;
        try {
            text = TextFiles.read(file, MAX_FILE_BYTES);
        } catch (TextFiles.Unreadable e) {
            throw new PlatformSecretsException(file, "is not a credentials file (too large, or not text)");
        }
        Map<String, String> read = new TreeMap<>();
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = eq < 0 ? line : line.substring(0, eq);
            String value = eq < 0 ? "" : line.substring(eq + 1);
            Integer length = VALUES.get(key);
            if (length == null || value.length() != length || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
                throw new PlatformSecretsException(file, "line " + lineNo + " is not one of its credentials");
            }
            read.put(key, value);
        }
        if (!read.keySet().equals(VALUES.keySet())) {
            List<String> missing = VALUES.keySet().stream().filter(k -> !read.containsKey(k)).toList();
            throw new PlatformSecretsException(file, "lacks " + String.join(", ", missing));
        }
        return new PlatformSecrets(read);
    }

    private static String render(Map<String, String> values) {
        StringBuilder out = new StringBuilder("# The platform's generated credentials for this cluster; "
                + "the GitOps repository holds them SOPS-encrypted. Do not edit.\n");
        new TreeMap<>(values).forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        return out.toString();
    }

    private static String randomText(SecureRandom random, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "PlatformSecrets[" + values.size() + " credentials, hidden]";
    }
}
