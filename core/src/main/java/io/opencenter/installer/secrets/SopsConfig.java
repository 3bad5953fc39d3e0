package io.opencenter.installer.secrets;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;

/** The {@code .sops.yaml} of a repository: one creation rule, so {@code sops -e} encrypts as the installer does. */
public final class SopsConfig {
    private SopsConfig() {}

    /**
     * A {@code .sops.yaml} whose single rule encrypts files matching {@code pathRegex} for {@code recipients},
     * encrypting only keys matching {@code encryptedRegex}.
     */
    public static String render(List<AgeRecipient> recipients, String pathRegex, String encryptedRegex) {
        if (recipients == null || recipients.isEmpty()) {
            throw new SopsException(".sops.yaml needs at least one age recipient (age1…)");
        }
        if (pathRegex == null || pathRegex.isBlank()) {
            throw new SopsException(".sops.yaml needs a path_regex, such as .*\\.sops\\.yaml$");
        }
        EncryptionRule.encryptedRegex(encryptedRegex);
        ObjectNode config = JsonNodeFactory.instance.objectNode();
        config.putArray("creation_rules").addObject()
                .put("path_regex", pathRegex)
                .put("encrypted_regex", encryptedRegex)
                .put("age", recipients.stream().map(AgeRecipient::encoded).collect(Collectors.joining(",")));
        return SopsYaml.write(config);
    }
}
