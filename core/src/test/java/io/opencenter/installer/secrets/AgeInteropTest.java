package io.opencenter.installer.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.bootstrap.pki.RealTools;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interop both ways with the real age (Debian's age/age-keygen 1.1.1 in CI): what we write, binary and armored,
 * {@code age -d} opens; what {@code age -e} writes, binary and armored, opens here; age-keygen's key parses here and
 * gives the same public key; the AgeKeyStore's file works with {@code age -d -i}. Each test starts one shell that
 * runs all its age commands. Secrets reach the tools only as files (0600), never as arguments; recipients are public.
 * Skipped when age is missing, failed under CI=true.
 */
class AgeInteropTest {
    static final int[] SIZES = {0, 1, 64 * 1024, 64 * 1024 + 1, 200 * 1024};

    static Path age;
    static Path ageKeygen;

    @TempDir
    Path dir;

    @BeforeAll
    static void tools() {
        age = find("age");
        ageKeygen = find("age-keygen");
    }

    private static Path find(String name) {
        List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/bin", name)));
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!d.isBlank()) {
                candidates.add(Path.of(d, name));
            }
        }
        Optional<Path> found = candidates.stream().filter(Files::isExecutable).findFirst();
        return found.orElseGet(() -> RealTools.missing(name + " (/usr/bin/" + name + " or on PATH; Debian's package "
                + "age)"));
    }

    /** Runs {@code script} with sh in {@link #dir}; $AGE and $AGE_KEYGEN name the tools. */
    private RealTools.Run sh(String script) {
        return RealTools.run(Map.of("AGE", age.toString(), "AGE_KEYGEN", ageKeygen.toString()), dir, "sh", "-ec",
                script).ok();
    }

    private Path secretFile(String name, String text) throws Exception {
        Path file = Files.createFile(dir.resolve(name), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, text, StandardCharsets.US_ASCII);
        return file;
    }

    @Test
    void ageDecryptsWhatWeWrite() throws Exception {
        AgeIdentity identity = AgeIdentity.generate();
        AgeIdentity other = AgeIdentity.generate();
        secretFile("key.txt", identity.encoded() + "\n");
        for (int size : SIZES) {
            byte[] plain = AgeRoundTripTest.plaintext(size);
            Files.write(dir.resolve(size + ".plain"), plain);
            // two recipients: age must find its stanza whichever comes first
            byte[] file = Age.encrypt(plain, List.of(other.recipient(), identity.recipient()));
            Files.write(dir.resolve(size + ".age"), file);
            Files.writeString(dir.resolve(size + ".armored.age"), AgeArmor.armor(file), StandardCharsets.US_ASCII);
        }

        // to stdout: age -o creates no file for an empty plaintext
        sh("for f in *.age; do \"$AGE\" -d -i key.txt \"$f\" > \"$f.out\"; done");

        for (int size : SIZES) {
            byte[] plain = Files.readAllBytes(dir.resolve(size + ".plain"));
            assertThat(Files.readAllBytes(dir.resolve(size + ".age.out"))).as("binary, %d bytes", size)
                    .isEqualTo(plain);
            assertThat(Files.readAllBytes(dir.resolve(size + ".armored.age.out"))).as("armored, %d bytes", size)
                    .isEqualTo(plain);
        }
    }

    @Test
    void weDecryptWhatAgeWrites() throws Exception {
        AgeIdentity identity = AgeIdentity.generate();
        for (int size : SIZES) {
            Files.write(dir.resolve(size + ".plain"), AgeRoundTripTest.plaintext(size));
        }

        // the recipient is public: an argument is fine
        sh("for f in *.plain; do \"$AGE\" -e -r " + identity.recipient().encoded() + " -o \"$f.age\" \"$f\"; "
                + "\"$AGE\" -e -a -r " + identity.recipient().encoded() + " -o \"$f.armored\" \"$f\"; done");

        for (int size : SIZES) {
            byte[] plain = Files.readAllBytes(dir.resolve(size + ".plain"));
            byte[] binary = Files.readAllBytes(dir.resolve(size + ".plain.age"));
            byte[] armored = Files.readAllBytes(dir.resolve(size + ".plain.armored"));
            assertThat(new String(binary, 0, 22, StandardCharsets.US_ASCII)).isEqualTo("age-encryption.org/v1\n");
            assertThat(new String(armored, StandardCharsets.US_ASCII)).startsWith(AgeArmor.BEGIN + "\n");
            assertThat(Age.decrypt(binary, List.of(identity))).as("binary, %d bytes", size).isEqualTo(plain);
            assertThat(Age.decrypt(armored, List.of(identity))).as("armored, %d bytes", size).isEqualTo(plain);
            // our armor of the file inside age's armor is byte for byte what age -a wrote
            String ageArmored = new String(armored, StandardCharsets.US_ASCII);
            assertThat(AgeArmor.armor(AgeArmor.dearmor(ageArmored))).isEqualTo(ageArmored);
        }
    }

    @Test
    void ageKeygensKeysParseHereWithTheSamePublicKey() throws Exception {
        Files.writeString(dir.resolve("secret.plain"), "stringData: {password: hunter2}\n");

        // age-keygen writes its key file 0600; -y prints the public key of a key file
        sh("\"$AGE_KEYGEN\" -o keygen.txt 2>/dev/null; \"$AGE_KEYGEN\" -y keygen.txt > keygen.pub; "
                + "\"$AGE\" -e -R keygen.pub -o secret.age secret.plain");

        String keyFile = Files.readString(dir.resolve("keygen.txt"));
        String publicKey = Files.readString(dir.resolve("keygen.pub")).strip();
        AgeIdentity identity = AgeKeyStore.load(dir.resolve("keygen.txt"));
        assertThat(identity.recipient().encoded()).isEqualTo(publicKey);
        assertThat(keyFile).contains("# public key: " + publicKey + "\n");
        String secretLine = keyFile.lines().filter(l -> l.startsWith("AGE-SECRET-KEY-1")).findFirst().orElseThrow();
        assertThat(identity.encoded()).isEqualTo(secretLine);
        assertThat(new String(Age.decrypt(Files.readAllBytes(dir.resolve("secret.age")), List.of(identity)),
                StandardCharsets.UTF_8)).isEqualTo("stringData: {password: hunter2}\n");
    }

    @Test
    void theKeyStoresFileWorksWithAge() throws Exception {
        AgeIdentity identity = AgeKeyStore.loadOrCreate(dir.resolve("cluster"));
        Path keyFile = dir.resolve("cluster/sops/age.agekey");
        byte[] plain = "apiVersion: v1\nkind: Secret\n".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("ours.age"), Age.encrypt(plain, List.of(identity.recipient())));

        sh("\"$AGE\" -d -i cluster/sops/age.agekey -o ours.out ours.age; "
                + "\"$AGE_KEYGEN\" -y cluster/sops/age.agekey > store.pub; "
                + "\"$AGE\" -e -i cluster/sops/age.agekey -o theirs.age ours.out");

        assertThat(Files.readAllBytes(dir.resolve("ours.out"))).isEqualTo(plain);
        assertThat(Files.readString(dir.resolve("store.pub")).strip()).isEqualTo(identity.recipient().encoded());
        // age -e -i encrypts to the key file's own recipient
        assertThat(Age.decrypt(Files.readAllBytes(dir.resolve("theirs.age")), List.of(identity))).isEqualTo(plain);
        try (Stream<String> lines = Files.lines(keyFile)) {
            assertThat(lines.toList()).hasSize(3);
        }
    }
}
