package io.opencenter.installer.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.bootstrap.pki.RealTools;
import io.opencenter.installer.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our SOPS files against the test bed's real sops 3.13.3 (the format Flux's kustomize-controller reads through sops'
 * Go library): {@code sops -d} decrypts every variant we write, and what {@code sops -e} writes (from flags and from
 * our {@code .sops.yaml}) decrypts here. Keys reach sops only through a 0600 {@code SOPS_AGE_KEY_FILE}.
 */
class SopsRealSopsTest {
    static final String REGEX = SopsTest.REGEX;
    /** Unencrypted strings that a careless YAML writer turns into other types (which would break the MAC). */
    static final String TRICKY = """
            apiVersion: v1
            kind: Secret
            metadata:
              name: tricky
              namespace: flux-system
              annotations:
                yes-word: "yes"
                off-word: "off"
                null-word: "null"
                tilde: "~"
                octal: "0755"
                hex: "0x1F"
                exponent: "1e3"
                dot-five: ".5"
                octal-o: "0o17"
                clock: "12:30"
                infinity: ".inf"
                minus-nan: "-.NaN"
                date: "2026-01-01"
                colon: "a: b"
                hash: "#not-a-comment"
                spaces: " leading and trailing "
                quotes: "it's \\"quoted\\""
                unicode: "ünïcödé ✓"
                multi: "line one\\nline two\\n"
            type: Opaque
            stringData:
              yes-word: "yes"
              number-string: "5432"
              unicode: "pässwörd ✓"
              dashes: "---"
              "8080": http
              "1.5": "1e3"
              int: 42
              negative: -7
              float: 0.25
              bool: false
              nested:
                deeper:
                  - key: value
                    other: [1, "two", true]
            """;

    @TempDir
    static Path dir;
    static Path sops;
    static AgeIdentity alice;
    static AgeIdentity bob;
    static Path aliceKeys;
    static Path bobKeys;

    @BeforeAll
    static void keys() throws IOException {
        sops = RealTools.sops();
        alice = AgeIdentity.generate();
        bob = AgeIdentity.generate();
        aliceKeys = keyFile("alice.txt", alice);
        bobKeys = keyFile("bob.txt", bob);
    }

    @Test
    void realSopsDecryptsWhatWeWrite() throws IOException {
        Map<String, String> plain = new LinkedHashMap<>();
        plain.put("secret", SopsTest.SECRET);
        plain.put("tricky", TRICKY);
        plain.put("cloud-config", bigCloudConfig());
        Instant now = Instant.now();
        int checked = 0;
        for (Map.Entry<String, String> e : plain.entrySet()) {
            Path file = write(e.getKey() + ".sops.yaml",
                    Sops.encrypt(e.getValue(), List.of(alice.recipient(), bob.recipient()), REGEX, now));
            for (Path keys : List.of(aliceKeys, bobKeys)) {
                RealTools.Run run = sopsRun(keys, null, "-d", "--input-type", "yaml", "--output-type", "yaml",
                        file.toString()).ok();
                assertThat(tree(run.out())).as("sops -d of our %s with %s", e.getKey(), keys.getFileName())
                        .isEqualTo(tree(e.getValue()));
                checked++;
            }
        }
        Path dataOnly = write("data-only.sops.yaml", Sops.encrypt(TRICKY, List.of(bob.recipient()), "^data$", now));
        assertThat(tree(sopsRun(bobKeys, null, "-d", dataOnly.toString()).ok().out())).isEqualTo(tree(TRICKY));
        assertThat(checked + 1).isEqualTo(7);
    }

    @Test
    void realSopsRefusesOurFileOnceChanged() throws IOException {
        String ours = Sops.encrypt(SopsTest.SECRET, List.of(alice.recipient()), REGEX, Instant.now());
        Path renamed = write("renamed.sops.yaml", ours.replace("name: cinder-csi-cloud-config", "name: other"));
        RealTools.Run run = sopsRun(aliceKeys, null, "-d", renamed.toString());
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("MAC mismatch");
        RealTools.Run wrongKey = sopsRun(bobKeys, null, "-d", write("alice-only.sops.yaml", ours).toString());
        assertThat(wrongKey.exit()).isNotZero();
    }

    @Test
    void weDecryptWhatRealSopsWritesFromFlags() throws IOException {
        int checked = 0;
        for (String plain : List.of(SopsTest.SECRET, TRICKY, bigCloudConfig())) {
            Path file = write("plain-" + checked + ".yaml", plain);
            String encrypted = sopsRun(aliceKeys, null, "-e", "--age",
                    alice.recipient().encoded() + "," + bob.recipient().encoded(), "--encrypted-regex", REGEX,
                    "--input-type", "yaml", "--output-type", "yaml", file.toString()).ok().out();
            assertThat(tree(encrypted).at("/sops/encrypted_regex").textValue()).isEqualTo(REGEX);
            assertThat(tree(encrypted).get("metadata")).isEqualTo(tree(plain).get("metadata"));
            for (AgeIdentity identity : List.of(alice, bob)) {
                assertThat(tree(Sops.decrypt(encrypted, List.of(identity), file.toString())))
                        .isEqualTo(tree(plain));
            }
            assertThat(Sops.sameContent(encrypted, plain, List.of(bob))).isTrue();
            checked++;
        }
        assertThat(checked).isEqualTo(3);
    }

    @Test
    void weReadTheOtherRulesRealSopsWrites() throws IOException {
        String plain = TRICKY.replace("  int: 42", "  int_unencrypted: 42");
        Path file = write("rules.yaml", plain);
        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("unencrypted_suffix", List.of()); // sops' default rule
        variants.put("mac_only_encrypted", List.of("--encrypted-regex", REGEX, "--mac-only-encrypted"));
        variants.put("unencrypted_regex", List.of("--unencrypted-regex", "^(apiVersion|kind|metadata|type)$"));
        variants.put("encrypted_suffix", List.of("--encrypted-suffix", "Data"));
        for (Map.Entry<String, List<String>> variant : variants.entrySet()) {
            List<String> args = new java.util.ArrayList<>(List.of("-e", "--age", alice.recipient().encoded(),
                    "--input-type", "yaml", "--output-type", "yaml"));
            args.addAll(variant.getValue());
            args.add(file.toString());
            String encrypted = sopsRun(aliceKeys, null, args.toArray(String[]::new)).ok().out();
            assertThat(tree(encrypted).get("sops").has(variant.getKey())).as(variant.getKey()).isTrue();
            assertThat(tree(Sops.decrypt(encrypted, List.of(alice)))).as(variant.getKey()).isEqualTo(tree(plain));
        }
    }

    @Test
    void realSopsFollowsOurSopsConfig() throws IOException {
        Path repo = Files.createDirectory(dir.resolve("repo"));
        Files.writeString(repo.resolve(".sops.yaml"),
                SopsConfig.render(List.of(alice.recipient(), bob.recipient()), ".*\\.sops\\.yaml$", REGEX));
        Files.writeString(repo.resolve("secret.sops.yaml"), SopsTest.SECRET);
        Files.writeString(repo.resolve("other.yaml"), SopsTest.SECRET);

        String encrypted = sopsRun(aliceKeys, repo, "-e", "secret.sops.yaml").ok().out();
        ObjectNode written = tree(encrypted);
        assertThat(written.at("/sops/encrypted_regex").textValue()).isEqualTo(REGEX);
        assertThat(written.at("/sops/age")).hasSize(2);
        assertThat(written.at("/sops/age/1/recipient").textValue()).isEqualTo(bob.recipient().encoded());
        assertThat(written.get("metadata")).isEqualTo(tree(SopsTest.SECRET).get("metadata"));
        assertThat(tree(Sops.decrypt(encrypted, List.of(bob)))).isEqualTo(tree(SopsTest.SECRET));

        RealTools.Run unmatched = sopsRun(aliceKeys, repo, "-e", "other.yaml");
        assertThat(unmatched.exit()).as("path_regex leaves other files to other rules (none here)").isNotZero();
    }

    private static RealTools.Run sopsRun(Path keys, Path workDir, String... args) {
        String[] command = new String[args.length + 1];
        command[0] = sops.toString();
        System.arraycopy(args, 0, command, 1, args.length);
        // HOME and XDG_CONFIG_HOME point away from the user's own sops/age keys, so only the key file counts
        return RealTools.run(Map.of("SOPS_AGE_KEY_FILE", keys.toString(), "HOME", dir.toString(),
                "XDG_CONFIG_HOME", dir.resolve("config").toString()), workDir == null ? dir : workDir, command);
    }

    private static Path keyFile(String name, AgeIdentity identity) throws IOException {
        Path file = dir.resolve(name);
        AtomicFiles.replace(file, "# public key: " + identity.recipient().encoded() + "\n" + identity.encoded() + "\n",
                PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private static Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static ObjectNode tree(String yaml) {
        return SopsYaml.readDocument(yaml, "yaml");
    }

    /** A Secret as big as the CCM's cloud config gets, with long lines and many entries. */
    private static String bigCloudConfig() {
        StringBuilder conf = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            conf.append("    option-").append(i).append(" = ").append("v".repeat(i % 70)).append('\n');
        }
        return """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: cloud-config
                  namespace: kube-system
                stringData:
                  cloud.conf: |
                """ + conf;
    }

}
