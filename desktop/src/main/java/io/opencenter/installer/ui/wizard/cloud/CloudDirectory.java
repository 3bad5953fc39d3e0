package io.opencenter.installer.ui.wizard.cloud;

import io.opencenter.installer.openstack.CloudProfile;
import java.nio.file.Path;
import java.util.List;

/**
 * The clouds.yaml entries the user already has (read with openstacksdk's rules by the {@code openstack.config}
 * loader). A port so the page can be tested without files in the user's home.
 */
public interface CloudDirectory {

    /** The cloud names found, the files that were read, and problems (a malformed file) to show. */
    record Listing(List<String> cloudNames, List<Path> filesRead, List<String> problems) {
        public Listing {
            cloudNames = List.copyOf(cloudNames);
            filesRead = List.copyOf(filesRead);
            problems = List.copyOf(problems);
        }

        public static final Listing EMPTY = new Listing(List.of(), List.of(), List.of());
    }

    /** Reads the clouds.yaml files again; called off the FX thread. */
    Listing list();

    /** One entry merged with secure.yaml; throws {@code OpenStackException(CONFIG)} when it cannot be used. */
    CloudProfile profile(String cloudName);

    /** Whether {@link #save} is supported (the loader may not offer a writer). */
    default boolean canSave() {
        return false;
    }

    /**
     * Writes entered credentials as an entry of clouds.yaml, with the secret in secure.yaml; returns the file
     * written.
     */
    default Path save(String cloudName, CloudProfile profile) {
        throw new UnsupportedOperationException("saving clouds is not supported");
    }
}
