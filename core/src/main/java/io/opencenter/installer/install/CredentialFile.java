package io.opencenter.installer.install;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.opencenter.installer.openstack.Secret;
import io.opencenter.installer.workspace.AtomicFiles;
import io.opencenter.installer.workspace.Folders;
import io.opencenter.installer.workspace.SecretValues;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The workspace file that keeps the cluster's application credential between runs (Keystone shows a secret only
 * once): {@code {"id", "name", "projectId", "secret"}}, owner-only (0600) in the cluster's 0700 folder, replaced
 * atomically. The secret is written and read as characters, never as a String.
 */
final class CredentialFile {

    private static final JsonFactory JSON = new JsonFactory();

    /** What the file holds. {@code secret}'s toString is redacted. */
    record Saved(String id, String name, String projectId, Secret secret) {}

    private final Path file;

    CredentialFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    Optional<Saved> read() throws IOException {
        String id = null;
        String name = null;
        String project = null;
        Secret secret = null;
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "id" -> id = p.getValueAsString();
                    case "name" -> name = p.getValueAsString();
                    case "projectId" -> project = p.getValueAsString();
                    case "secret" -> secret = secretOf(p);
                    default -> p.skipChildren();
                }
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // a damaged file is as good as none: the credential it named is replaced, never trusted half-read
            return Optional.empty();
        }
        if (id == null || secret == null || secret.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Saved(id, name, project, secret));
    }

    void write(Saved saved) throws IOException {
        Folders.createParentOf(file);
        AtomicFiles.replace(file, out -> {
            try (JsonGenerator g = JSON.createGenerator(out)) {
                g.writeStartObject();
                g.writeStringField("id", saved.id());
                g.writeStringField("name", saved.name());
                g.writeStringField("projectId", saved.projectId());
                g.writeFieldName("secret");
                char[] chars = saved.secret().reveal();
                try {
                    g.writeString(chars, 0, chars.length);
                } finally {
                    Arrays.fill(chars, '\0');
                }
                g.writeEndObject();
            }
        }, null);
    }

    void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    private static Secret secretOf(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return null;
        }
        char[] chars = Arrays.copyOfRange(p.getTextCharacters(), p.getTextOffset(),
                p.getTextOffset() + p.getTextLength());
        try {
            SecretValues.remember(chars);
            return Secret.of(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }
}
