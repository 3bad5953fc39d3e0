package io.opencenter.installer.provision;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.openstack.OpenStackException;
import io.opencenter.installer.workspace.ClusterFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetch a node's console log and keep it: saved when the cloud gives it, a reason a person can act on when not. */
class ConsoleLogsTest {
    @TempDir
    Path dir;

    private final InMemoryCloud cloud = new InMemoryCloud();

    private PlannedResource server(String name) {
        return new PlannedResource("server-" + name, ResourceKind.SERVER, name, ResourceNames.clusterTag("demo"),
                new ResourceAttributes.Network(), java.util.List.of());
    }

    @Test
    void theLogOfARunningServerIsSavedUnderItsName() throws Exception {
        CloudObject made = cloud.create(server("demo-control-plane-2"), Map.of());
        ClusterFiles files = new ClusterFiles(dir);

        ConsoleLogs.Result result = ConsoleLogs.fetchAndSave(cloud, files, "demo-control-plane-2", made.id());

        assertThat(result.saved()).isTrue();
        assertThat(result.file()).isEqualTo(files.consoleLog("demo-control-plane-2"));
        assertThat(Files.readString(result.file())).startsWith("in-memory console of demo-control-plane-2");
        assertThat(result.describe()).isEqualTo("console log of demo-control-plane-2 saved to " + result.file());
    }

    @Test
    void aServerThatIsGoneOrNeverPlacedOrACloudThatRefusesSaysWhy() {
        ClusterFiles files = new ClusterFiles(dir);
        ConsoleLogs.Result gone = ConsoleLogs.fetchAndSave(cloud, files, "demo-default-1", "no-such-id");
        assertThat(gone.saved()).isFalse();
        assertThat(gone.describe()).startsWith("no console log of demo-default-1: the server no longer exists");

        CloudObject broken = cloud.seed(ResourceKind.SERVER, "demo-control-plane-3", "demo",
                CloudObject.State.ERROR, true, CloudObject.Origin.INSTALLER);
        assertThat(ConsoleLogs.fetchAndSave(cloud, files, "demo-control-plane-3", broken.id()).reason())
                .startsWith("Nova never placed the server on a host, so it has not booted");

        InfrastructureCloud noConsole = consoleOnly((id, lines) -> {
            throw new OpenStackException(OpenStackException.Kind.SERVER_ERROR, 501,
                    "compute POST /servers/x/action: Action not implemented", null);
        });
        assertThat(ConsoleLogs.fetchAndSave(noConsole, files, "demo-default-2", "x").reason())
                .startsWith("this cloud keeps no console log for its servers");
        assertThat(files.consoleLogs()).doesNotExist();
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamed() throws Exception {
        CloudObject made = cloud.create(server("demo-default-1"), Map.of());
        Files.writeString(dir.resolve(ClusterFiles.CONSOLE), "a file where the folder should be");

        ConsoleLogs.Result result = ConsoleLogs.fetchAndSave(cloud, new ClusterFiles(dir), "demo-default-1", made.id());

        assertThat(result.saved()).isFalse();
        assertThat(result.reason()).startsWith("could not write " + dir.resolve("console/demo-default-1.log"))
                .contains("is a file, not a folder");
    }

    @Test
    void onlyTheEndOfAnEndlessLogIsKept() throws Exception {
        InfrastructureCloud chatty = consoleOnly((id, lines) -> "x".repeat(ConsoleLogs.MAX_CHARS) + "the end");
        ConsoleLogs.Result result = ConsoleLogs.fetchAndSave(chatty, new ClusterFiles(dir), "demo-default-1", "x");
        assertThat(Files.readString(result.file())).hasSize(ConsoleLogs.MAX_CHARS).endsWith("the end");
    }

    /** A cloud whose only answer is the console; anything else fails the test. */
    private static InfrastructureCloud consoleOnly(java.util.function.BiFunction<String, Integer, String> console) {
        return (InfrastructureCloud) java.lang.reflect.Proxy.newProxyInstance(ConsoleLogsTest.class.getClassLoader(),
                new Class<?>[] {InfrastructureCloud.class}, (proxy, method, args) -> {
                    if (method.getName().equals("consoleOutput")) {
                        return console.apply((String) args[0], (Integer) args[1]);
                    }
                    throw new AssertionError("only the console is read, not " + method.getName());
                });
    }
}
