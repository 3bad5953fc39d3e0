package io.opencenter.installer.preflight;

import static io.opencenter.installer.spec.ConfigField.CLOUD_NAME;

import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.openstack.OpenStackGateway.Endpoint;
import io.opencenter.installer.spec.Finding;
import java.util.List;

/**
 * Turns a failed cloud call into a finding a user can act on. Says who was rejected and where, from the profile's
 * public fields only: secrets are never read here, and the gateway's messages never carry them.
 */
public final class FailureFindings {
    static final String CLOUD = CLOUD_NAME.path();

    private FailureFindings() {}

    /**
     * @param step     what preflight was doing, e.g. "reading flavors"
     * @param url      the URL that was being talked to (the auth URL, or the service's endpoint), for messages
     * @param catalog  the service catalog when login got that far, else empty
     */
    public static Finding of(OpenStackException e, CloudProfile profile, String step, String url, List<Endpoint> catalog) {
        String detail = e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
        return switch (e.kind()) {
            case UNAUTHORIZED -> Finding.error(CLOUD, "Keystone at " + profile.auth().authUrl() + " rejected "
                    + who(profile.auth()) + detail, "check the credentials of cloud " + profile.name()
                    + " in " + profile.source() + " (and secure.yaml), or create a new application credential");
            case FORBIDDEN -> Finding.error(CLOUD, "the cloud refused " + step + " to " + who(profile.auth()) + detail,
                    "the user needs the member (or reader) role in the project");
            case TLS -> Finding.error(CLOUD, "TLS verification failed for " + url + detail,
                    "set cacert in clouds.yaml for this cloud (" + profile.name() + ") to the CA bundle of the endpoint");
            case UNREACHABLE -> Finding.error(CLOUD, "cannot reach " + url + " while " + step + detail,
                    "check the URL, the network and any proxy; is the cloud up?");
            case NO_ENDPOINT -> Finding.error(ServiceCatalogCheck.PATH, "the service catalog has no endpoint for "
                    + step + detail, "regions: " + listOrNone(ServiceCatalogCheck.regions(catalog)) + "; services: "
                    + listOrNone(catalog.stream().map(Endpoint::serviceType).toList()));
            case CONFIG -> Finding.error(CLOUD, e.getMessage(), "fix the cloud entry in clouds.yaml");
            default -> Finding.error(CLOUD, step + " failed" + detail, "try again; if it persists, ask the cloud admin");
        };
    }

    /** "user demo (domain Default) in project demo (domain Default)"; ids when names are absent. */
    static String who(CloudAuth auth) {
        if (auth instanceof CloudAuth.Password p) {
            return "user " + p.username() + domain(p.userDomainName()) + " in project "
                    + project(p.projectName(), p.projectId()) + domain(p.projectDomainName());
        }
        if (auth instanceof CloudAuth.ApplicationCredential a) {
            String cred = a.id() != null ? a.id() : a.name() + (a.username() == null ? "" : " of user " + a.username()
                    + domain(a.userDomainName()));
            return "application credential " + cred;
        }
        CloudAuth.Token t = (CloudAuth.Token) auth;
        return "a token for project " + project(t.projectName(), t.projectId()) + domain(t.projectDomainName());
    }

    private static String project(String name, String id) {
        return name != null ? name : String.valueOf(id);
    }

    private static String domain(String domain) {
        return domain == null || domain.isBlank() ? "" : " (domain " + domain + ")";
    }

    private static String listOrNone(java.util.Collection<String> items) {
        return items.isEmpty() ? "none" : Suggestions.list(items);
    }
}
