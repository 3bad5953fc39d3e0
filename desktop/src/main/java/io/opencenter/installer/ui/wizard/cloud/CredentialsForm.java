package io.opencenter.installer.ui.wizard.cloud;

import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.CloudProfile;
import io.opencenter.installer.openstack.Secret;
import io.opencenter.installer.workspace.SecretValues;
import java.nio.file.Path;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Enter credentials" form: the fields of a clouds.yaml entry. Secrets are held as {@link Secret}s (char[]),
 * set from the password fields' characters, and only ever leave through {@link #toProfile()}.
 */
public final class CredentialsForm {
    private final StringProperty entryName = text("entryName", "mycloud");
    private final ObjectProperty<CredentialKind> kind = new SimpleObjectProperty<>(this, "kind",
            CredentialKind.APPLICATION_CREDENTIAL);
    private final StringProperty authUrl = text("authUrl", "");
    private final StringProperty appCredentialId = text("appCredentialId", "");
    private final StringProperty appCredentialName = text("appCredentialName", "");
    private final StringProperty appCredentialUser = text("appCredentialUser", "");
    private final ObjectProperty<Secret> appCredentialSecret = secret("appCredentialSecret");
    private final StringProperty username = text("username", "");
    private final StringProperty userDomain = text("userDomain", "Default");
    private final ObjectProperty<Secret> password = secret("password");
    private final StringProperty projectName = text("projectName", "");
    private final StringProperty projectDomain = text("projectDomain", "Default");
    private final StringProperty region = text("region", "");
    private final StringProperty caCertFile = text("caCertFile", "");
    private final BooleanProperty insecure = new SimpleBooleanProperty(this, "insecure");
    private final BooleanBinding complete;

    public CredentialsForm() {
        complete = Bindings.createBooleanBinding(this::isComplete, dependencies());
    }

    /** Everything that changes what {@link #toProfile()} builds: editing any of it makes a test result stale. */
    public Observable[] dependencies() {
        return new Observable[] {entryName, kind, authUrl, appCredentialId, appCredentialName, appCredentialUser,
            appCredentialSecret, username, userDomain, password, projectName, projectDomain, region, caCertFile,
            insecure};
    }

    private boolean isComplete() {
        if (blank(authUrl) || blank(entryName)) {
            return false;
        }
        if (kind.get() == CredentialKind.APPLICATION_CREDENTIAL) {
            boolean named = !blank(appCredentialId) || (!blank(appCredentialName) && !blank(appCredentialUser));
            return named && !isEmpty(appCredentialSecret.get());
        }
        return !blank(username) && !isEmpty(password.get()) && !blank(projectName);
    }

    /** A profile with copies of the secrets: the caller may wipe it when done without touching the form. */
    public CloudProfile toProfile() {
        String url = authUrl.get().strip();
        CloudAuth auth = kind.get() == CredentialKind.APPLICATION_CREDENTIAL
                ? new CloudAuth.ApplicationCredential(url, value(appCredentialId), value(appCredentialName),
                        value(appCredentialUser), value(userDomain), copy(appCredentialSecret.get()))
                : new CloudAuth.Password(url, value(username), value(userDomain), copy(password.get()),
                        value(projectName), null, value(projectDomain));
        String ca = value(caCertFile);
        return new CloudProfile(entryName.get().strip(), auth, value(region), null, ca == null ? null : Path.of(ca),
                insecure.get(), "entered in the wizard");
    }

    private static Secret copy(Secret s) {
        if (s == null) {
            return Secret.of(new char[0]);
        }
        char[] chars = s.reveal();
        try {
            // typed secrets enter the program here (the wizard's Test connection and install use this profile)
            SecretValues.remember(chars);
            return Secret.of(chars);
        } finally {
            java.util.Arrays.fill(chars, '\0');
        }
    }

    private static boolean isEmpty(Secret s) {
        return s == null || s.isEmpty();
    }

    private static boolean blank(StringProperty p) {
        return p.get() == null || p.get().isBlank();
    }

    private static String value(StringProperty p) {
        return blank(p) ? null : p.get().strip();
    }

    private StringProperty text(String name, String initial) {
        return new SimpleStringProperty(this, name, initial);
    }

    private ObjectProperty<Secret> secret(String name) {
        return new SimpleObjectProperty<>(this, name);
    }

    public BooleanBinding complete() { return complete; }
    public StringProperty entryNameProperty() { return entryName; }
    public ObjectProperty<CredentialKind> kindProperty() { return kind; }
    public StringProperty authUrlProperty() { return authUrl; }
    public StringProperty appCredentialIdProperty() { return appCredentialId; }
    public StringProperty appCredentialNameProperty() { return appCredentialName; }
    public StringProperty appCredentialUserProperty() { return appCredentialUser; }
    public ObjectProperty<Secret> appCredentialSecretProperty() { return appCredentialSecret; }
    public StringProperty usernameProperty() { return username; }
    public StringProperty userDomainProperty() { return userDomain; }
    public ObjectProperty<Secret> passwordProperty() { return password; }
    public StringProperty projectNameProperty() { return projectName; }
    public StringProperty projectDomainProperty() { return projectDomain; }
    public StringProperty regionProperty() { return region; }
    public StringProperty caCertFileProperty() { return caCertFile; }
    public BooleanProperty insecureProperty() { return insecure; }
}
