package io.opencenter.installer.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.OpenStackException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedSandboxTest {
    private final List<Path> starts = new ArrayList<>();
    private int stops;

    private final SandboxProvider provider = state -> {
        starts.add(state);
        CloudProfile profile = ScriptedGateway.profile("demo", "RegionOne");
        return new SandboxProvider.Running() {
            @Override
            public ClusterApiRoute clusterApis() {
                return ClusterApiRoute.fromEnvironment();
            }

            @Override
            public CloudProfile profile() {
                return profile;
            }

            @Override
            public void close() {
                stops++;
            }
        };
    };

    @Test
    void startedOnceOnFirstUseKeptWhenAUserClosesItStoppedWithTheApplication() {
        SharedSandbox shared = new SharedSandbox(provider);
        assertThat(starts).as("nothing starts before it is asked for").isEmpty();

        SandboxProvider.Running first = shared.start(Path.of("state.json"));
        CloudProfile profile = first.profile();
        first.close();
        SandboxProvider.Running second = shared.start(Path.of("other.json"));

        assertThat(second.profile()).isSameAs(profile);
        assertThat(starts).containsExactly(Path.of("state.json"));
        assertThat(stops).isZero();
        shared.close();
        assertThat(stops).isEqualTo(1);
        shared.close();
        assertThat(stops).isEqualTo(1);
    }

    @Test
    void withoutASandboxStartingSaysSo() {
        assertThatThrownBy(() -> SandboxProvider.unavailable().start(null)).isInstanceOf(OpenStackException.class)
                .hasMessageContaining("no sandbox in this build");
    }
}
