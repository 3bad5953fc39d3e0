package io.opencenter.installer.preflight;

import static io.opencenter.installer.spec.ConfigField.CLOUD_NAME;
import static io.opencenter.installer.spec.ConfigField.SANDBOX;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.config.CloudsConfig;
import io.opencenter.installer.spec.Finding;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The first preflight check: the config's {@code spec.cloud.name} is a usable entry of clouds.yaml (or the
 * {@code envvars} cloud). When it is not, the finding names the files read and the clouds there are.
 */
public final class CloudEntryCheck {
    static final String PATH = CLOUD_NAME.path();

    /** The chosen profile, or null with findings saying why there is none. */
    public record Resolved(CloudProfile profile, List<Finding> findings) {
        public Resolved {
            findings = List.copyOf(findings);
        }
    }

    private CloudEntryCheck() {}

    /** The named entry, or the default cloud ({@code OS_CLOUD}, envvars, the only one) when name is blank. */
    public static Resolved resolve(CloudsConfig clouds, String name, String sandboxLabel) {
        String wanted = name == null || name.isBlank() ? clouds.defaultCloud() : name;
        if (wanted != null && clouds.profile(wanted).isPresent()) {
            return new Resolved(clouds.profile(wanted).get(), List.of());
        }
        List<Finding> entryErrors = wanted == null ? List.of()
                : clouds.findingsFor(wanted).stream().filter(Finding::isError).toList();
        if (!entryErrors.isEmpty()) {
            return new Resolved(null, entryErrors.stream()
                    .map(f -> Finding.error(PATH, "cloud " + wanted + " cannot be used: " + f.message()
                            + " (at " + f.path() + ")", f.hint())).toList());
        }
        String message = wanted == null ? "no cloud is named and there is no default cloud (OS_CLOUD)"
                : "there is no cloud named " + wanted;
        return new Resolved(null, List.of(Finding.error(PATH, message + " (" + filesRead(clouds) + ")",
                available(wanted, clouds, sandboxLabel))));
    }

    private static String available(String wanted, CloudsConfig clouds, String sandboxLabel) {
        if (clouds.names().isEmpty()) {
            return "write a clouds.yaml, or set " + SANDBOX.path() + ": true to use the " + sandboxLabel;
        }
        String list = "available clouds: " + String.join(", ", clouds.names());
        return Suggestions.closest(wanted, clouds.names()).map(c -> "did you mean " + c + "? (" + list + ")")
                .orElse(list);
    }

    /** "read clouds.yaml and secure.yaml", or where clouds.yaml was looked for. */
    public static String filesRead(CloudsConfig clouds) {
        if (clouds.cloudsFile() == null) {
            return "no clouds.yaml found; looked for " + clouds.searched().stream().map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return "read " + clouds.filesRead().stream().map(Object::toString).collect(Collectors.joining(" and "));
    }
}
