package io.opencenter.installer.gitops;

/**
 * Encrypts one Secret manifest for the repository (the install plugs in SOPS with the cluster's age recipient).
 * The generator never writes a {@code kind: Secret} any other way.
 */
@FunctionalInterface
public interface SecretSealer {

    /**
     * @param path          the repository path the sealed text is written to (SOPS creation rules match on it)
     * @param plaintextYaml one Secret manifest
     * @return the text to write at {@code path}
     */
    String seal(String path, String plaintextYaml);
}
