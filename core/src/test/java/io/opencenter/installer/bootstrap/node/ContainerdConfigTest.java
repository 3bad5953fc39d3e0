package io.opencenter.installer.bootstrap.node;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** containerd's files are TOML that a real parser (Python's tomllib) reads back to the intended values. */
class ContainerdConfigTest {
    @TempDir
    Path dir;

    @Test
    void configTomlSetsSystemdCgroupAndTheHostsDirectory() throws Exception {
        String parsed = toml(ContainerdConfig.configToml(), "print(d['version']);"
                + "p=d['plugins']['io.containerd.grpc.v1.cri'];"
                + "print(p['containerd']['runtimes']['runc']['options']['SystemdCgroup']);"
                + "print(p['registry']['config_path'])");
        assertThat(parsed.lines()).containsExactly("2", "True", "/etc/containerd/certs.d");
    }

    @Test
    void hostsTomlSendsEveryUpstreamToTheMirrorUnderItsOwnPath() throws Exception {
        assertThat(ContainerdConfig.mirrored()).containsExactly("docker.io", "registry.k8s.io", "quay.io", "ghcr.io");
        for (String upstream : ContainerdConfig.mirrored()) {
            String parsed = toml(ContainerdConfig.hostsToml(upstream, "registry.internal:5000/base"),
                    "print(d['server']);h=d['host'];k=list(h)[0];print(k);print(h[k]['capabilities']);"
                            + "print(h[k]['override_path'])");
            assertThat(parsed.lines()).containsExactly(
                    ContainerdConfig.UPSTREAM_REGISTRIES.get(upstream),
                    "https://registry.internal:5000/v2/base/" + upstream,
                    "['pull', 'resolve']",
                    "True");
        }
    }

    @Test
    void quotesAndBackslashesInAValueStayTomlStrings() throws Exception {
        String value = "a\"b\\c";
        String parsed = toml("k = " + ContainerdConfig.tomlString(value) + "\n", "print(d['k'])");
        assertThat(parsed.strip()).isEqualTo(value);
    }

    private String toml(String text, String python) throws Exception {
        Path file = dir.resolve("f.toml");
        Files.writeString(file, text);
        String py = NodeTools.program("python3", "apt-get install python3").toString();
        NodeTools.Result r = NodeTools.run(dir, List.of(py, "-c",
                "import sys,tomllib\nd=tomllib.load(open(sys.argv[1],'rb'))\n" + python.replace(";", "\n"),
                file.toString()));
        assertThat(r.exit()).as("python3 tomllib said:\n%s", r.output()).isZero();
        return r.output();
    }
}
