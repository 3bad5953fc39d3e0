package io.opencenter.installer.platform;

import java.util.List;

/** A namespace of the deployed cluster as the spec's table lists it; {@code profiles} says where it exists. */
public record NamespaceDef(String id, String purpose, List<Profile> profiles) {
    public NamespaceDef {
        profiles = List.copyOf(profiles);
    }

    public boolean in(Profile profile) {
        return profiles.contains(profile);
    }
}
