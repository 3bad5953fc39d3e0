package io.opencenter.installer.cli;

import io.opencenter.installer.install.InstallPhase;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --until infrastructure|bootstrap|gitops|rollout}: the last phase an apply runs. */
final class UntilOption implements ITypeConverter<InstallPhase> {
    static final String CHOICES = "infrastructure, bootstrap, gitops or rollout";

    @Override
    public InstallPhase convert(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "infrastructure" -> InstallPhase.INFRASTRUCTURE;
            case "bootstrap" -> InstallPhase.BOOTSTRAP;
            case "gitops" -> InstallPhase.GITOPS;
            case "rollout" -> InstallPhase.ROLLOUT;
            default -> throw new TypeConversionException("unknown phase '" + value + "': use " + CHOICES);
        };
    }
}
