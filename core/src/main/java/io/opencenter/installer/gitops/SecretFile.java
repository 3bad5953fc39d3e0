package io.opencenter.installer.gitops;

import java.util.Objects;

/**
 * A Secret manifest the repository carries, encrypted: the cloud provider's {@code cloud-config}, the generated
 * admin passwords of {@link PlatformSecrets}, ... {@link FluxRepository} hands {@code plaintextYaml} to its
 * {@link SecretSealer} and writes only what that returns. {@link #toString()} leaves the content out.
 *
 * @param path          where the sealed file goes in the repository, e.g.
 *                      {@code infrastructure/harbor/secret-harbor-admin.sops.yaml}; its folder must be one the
 *                      generator writes (the file is added to that folder's kustomization.yaml)
 * @param plaintextYaml one {@code kind: Secret} manifest
 */
public record SecretFile(String path, String plaintextYaml) {

    public SecretFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(plaintextYaml, "plaintextYaml");
        if (path.startsWith("/") || path.contains("..") || !path.endsWith(".yaml")) {
            throw new IllegalArgumentException("secret file path " + path
                    + " must be relative to the repository root, stay inside it and end in .yaml");
        }
    }

    @Override
    public String toString() {
        return "SecretFile[path=" + path + ", content=(hidden)]";
    }
}
