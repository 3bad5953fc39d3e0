package io.opencenter.installer.spec;

import java.util.Set;

/**
 * The service ids the validator checks {@code platform.disabled} against. Filled from the platform catalog by
 * callers, so that {@code spec} does not depend on {@code platform}.
 */
public record KnownServices(Set<String> required, Set<String> optional) {
    public KnownServices {
        required = Set.copyOf(required);
        optional = Set.copyOf(optional);
    }

    public boolean exists(String id) {
        return required.contains(id) || optional.contains(id);
    }
}
