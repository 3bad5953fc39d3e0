package io.opencenter.installer.openstack.config;

import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.Secret;
import io.opencenter.installer.workspace.SecretValues;
import io.opencenter.installer.workspace.UrlCredentials;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the (already normalized) {@code auth:} mapping of one cloud into a {@link CloudAuth}. Returns null and
 * leaves errors in the reader when something needed is missing or unsupported.
 */
final class AuthMapper {
    static final String DEFAULT_DOMAIN = "Default";
    private static final String KEYSTONE_EXAMPLE = "https://keystone.example.com:5000/v3";
    private static final String KEYSTONE_URL = "the Keystone URL, e.g. " + KEYSTONE_EXAMPLE;

    private final EntryReader r;
    private final Map<?, ?> auth;

    private AuthMapper(EntryReader reader, Map<?, ?> auth) {
        this.r = reader;
        this.auth = auth;
    }

    static CloudAuth map(EntryReader reader, AuthType type, Map<?, ?> auth) {
        AuthMapper m = new AuthMapper(reader, auth);
        return switch (type) {
            case PASSWORD -> m.password();
            case APPLICATION_CREDENTIAL -> m.applicationCredential();
            case TOKEN -> m.token();
        };
    }

    /**
     * No {@code auth_type}: keystoneauth would assume password; like the openstack CLI we look at what is there,
     * so an entry with only an application credential secret or a token still works.
     */
    static AuthType infer(Map<?, ?> auth) {
        boolean password = auth.get("password") != null;
        if (!password && auth.get("application_credential_secret") != null) {
            return AuthType.APPLICATION_CREDENTIAL;
        }
        if (!password && auth.get("token") != null) {
            return AuthType.TOKEN;
        }
        return AuthType.PASSWORD;
    }

    private CloudAuth password() {
        String authUrl = authUrl();
        String username = username();
        Secret password = requiredSecret("password");
        String projectName = text("project_name");
        String projectId = text("project_id");
        requireProject(projectName, projectId);
        String userDomain = domain("user_domain_name", "user_domain_id");
        String projectDomain = projectName == null ? null : domain("project_domain_name", "project_domain_id");
        if (r.hasErrors()) {
            return null;
        }
        return new CloudAuth.Password(authUrl, username, userDomain, password, projectName, projectId, projectDomain);
    }

    private CloudAuth applicationCredential() {
        String authUrl = authUrl();
        String id = text("application_credential_id");
        String name = text("application_credential_name");
        Secret secret = requiredSecret("application_credential_secret");
        String username = null;
        String userDomain = null;
        if (id == null && name == null) {
            r.error("auth.application_credential_id", "auth.application_credential_id is missing",
                    "copy the ID shown when the application credential was created (or give its name and username)");
        } else if (id == null) {
            // by name, Keystone must know whose credential it is
            username = username();
            userDomain = domain("user_domain_name", "user_domain_id");
        } else {
            username = text("username");
            userDomain = username == null ? null : domain("user_domain_name", "user_domain_id");
        }
        if (r.hasErrors()) {
            return null;
        }
        return new CloudAuth.ApplicationCredential(authUrl, id, name, username, userDomain, secret);
    }

    private CloudAuth token() {
        String authUrl = authUrl();
        Secret token = requiredSecret("token");
        String projectName = text("project_name");
        String projectId = text("project_id");
        String projectDomain = projectName == null ? null : domain("project_domain_name", "project_domain_id");
        if (r.hasErrors()) {
            return null;
        }
        return new CloudAuth.Token(authUrl, token, projectName, projectId, projectDomain);
    }

    private String username() {
        String username = text("username");
        if (username == null && isAbsentOrBlank("username")) {
            if (auth.get("user_id") != null) {
                r.error("auth.user_id", "logging in by auth.user_id is not supported yet",
                        "give auth.username (with auth.user_domain_name) instead");
            } else {
                r.error("auth.username", "auth.username is missing", "add username under auth:");
            }
        }
        return username;
    }

    private void requireProject(String projectName, String projectId) {
        if (projectName == null && projectId == null) {
            r.error("auth.project_name", "auth.project_name or auth.project_id is missing",
                    "the installer works inside one project: name it under auth:");
        }
    }

    /**
     * The domain by name. Without one, the {@code Default} domain, as openstacksdk does when neither the
     * specific key nor {@code domain_name} is given. By id only {@code default} (the Default domain's id) can be
     * represented, because {@link CloudAuth} carries domain names.
     */
    private String domain(String nameKey, String idKey) {
        String name = text(nameKey);
        if (name != null) {
            return name;
        }
        String id = text(idKey);
        if (id == null) {
            return DEFAULT_DOMAIN;
        }
        if (id.equalsIgnoreCase("default")) {
            return DEFAULT_DOMAIN;
        }
        r.error("auth." + idKey, "auth." + idKey + " other than 'default' is not supported yet",
                "give auth." + nameKey + " (the domain's name) instead");
        return null;
    }

    private String text(String key) {
        return r.text(auth, key, "auth." + key);
    }

    /**
     * {@code auth_url}: present and an http(s) URL with a host, checked here so that a bad one is reported at its
     * cloud, file or variable and key, and not later as Java's URI wording from the login.
     */
    private String authUrl() {
        String url = required("auth_url", KEYSTONE_URL);
        String problem = url == null ? null : urlProblem(url);
        if (problem != null) {
            String key = r.keyName("auth.auth_url");
            r.error("auth.auth_url", key + " " + problem, "give the Keystone URL: http:// or https://, a host, "
                    + "an optional port and path, e.g. " + KEYSTONE_EXAMPLE);
            return null;
        }
        if (UrlCredentials.present(url)) {
            UrlCredentials.secrets(url).forEach(SecretValues::remember);
            r.warning("auth.auth_url", r.keyName("auth.auth_url") + " holds credentials before the host "
                    + "(user:password@); they are not used to log in, and are left out wherever the URL is kept or "
                    + "shown", "keep the password in secure.yaml (auth.password) or OS_PASSWORD, not in the URL");
            return UrlCredentials.strip(url);
        }
        return url;
    }

    /** Why {@code url} is not an http(s) URL with a host, or null when it is one. Never quotes the value. */
    static String urlProblem(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            String reason = e.getReason();
            return "is not a URL (" + reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1)
                    + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "") + ")";
        }
        String scheme = uri.getScheme();
        if (scheme == null) {
            return "is not a URL (it does not start with http:// or https://)";
        }
        if (!scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) {
            return "uses the scheme " + scheme.toLowerCase(Locale.ROOT) + ", but only http and https are accepted";
        }
        if (uri.getRawAuthority() == null || uri.getRawAuthority().isBlank()) {
            return "has no host";
        }
        return null;
    }

    private String required(String key, String what) {
        String value = text(key);
        if (value == null && isAbsentOrBlank(key)) {
            r.error("auth." + key, "auth." + key + " is missing", "add " + key + ": " + what);
        }
        return value;
    }

    private Secret requiredSecret(String key) {
        Secret value = r.secret(auth, key, "auth." + key);
        if (value == null && isAbsentOrBlank(key)) {
            r.error("auth." + key, "auth." + key + " is missing",
                    "add it under " + r.path("auth") + " in secure.yaml (kept apart, mode 0600) or clouds.yaml");
        }
        return value;
    }

    /** Missing or empty, as opposed to present with the wrong type (which the reader already reported). */
    private boolean isAbsentOrBlank(String key) {
        Object raw = auth.get(key);
        return raw == null || raw instanceof String;
    }
}
