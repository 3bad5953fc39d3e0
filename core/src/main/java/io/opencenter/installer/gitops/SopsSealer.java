package io.opencenter.installer.gitops;

import io.opencenter.installer.secrets.AgeIdentity;
import io.opencenter.installer.secrets.Sops;
import io.opencenter.installer.secrets.SopsConfig;
import io.opencenter.installer.workspace.AtomicFiles;
import io.opencenter.installer.workspace.Folders;
import io.opencenter.installer.workspace.IoProblems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Seals the repository's Secrets with SOPS for the cluster's age key, and keeps what it sealed: SOPS output differs
 * on every run (a fresh data key and IVs), so an unchanged Secret gets its earlier ciphertext back. Without that,
 * every install would commit new bytes for the same values and the "same config, same tree" promise of the
 * generator would stop at the first Secret.
 *
 * <p>The kept copies (in the cluster's workspace, owner-only) are ciphertext; the workspace also holds the key.
 */
public final class SopsSealer implements SecretSealer {
    /** What SOPS encrypts in a Secret manifest: its values, never its metadata (Flux needs names in the clear). */
    public static final String ENCRYPTED_REGEX = "^(data|stringData)$";
    /** The repository paths the creation rules of {@code .sops.yaml} cover: every sealed Secret the tree writes. */
    public static final String PATH_REGEX = "\\.sops\\.yaml$";

    private final AgeIdentity identity;
    private final Path kept;
    private final Clock clock;

    /**
     * @param identity the cluster's age key (its recipient encrypts; it decrypts the kept copies to compare)
     * @param kept     the folder of the kept copies, e.g. the cluster's {@code sops/sealed}
     */
    public SopsSealer(AgeIdentity identity, Path kept, Clock clock) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.kept = Objects.requireNonNull(kept, "kept");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String seal(String path, String plaintextYaml) {
        Path copy = kept.resolve(path).normalize();
        if (!copy.startsWith(kept)) {
            throw new IllegalArgumentException("the Secret path " + path + " leaves the repository");
        }
        try {
            if (Files.isRegularFile(copy)) {
                String earlier = Files.readString(copy);
                if (Sops.sameContent(earlier, plaintextYaml, List.of(identity))) {
                    return earlier;
                }
            }
            String sealed = Sops.encrypt(plaintextYaml, List.of(identity.recipient()), ENCRYPTED_REGEX,
                    clock.instant());
            Folders.createParentOf(copy);
            AtomicFiles.replace(copy, sealed, null);
            return sealed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the sealed copy of " + path + " in " + kept + ": "
                    + IoProblems.describe(e), e);
        }
    }

    /** The text of the repository's {@code .sops.yaml}: how a person with the key edits a Secret with sops. */
    public String sopsConfig() {
        return SopsConfig.render(List.of(identity.recipient()), PATH_REGEX, ENCRYPTED_REGEX);
    }
}
