package io.opencenter.installer.secrets;

/**
 * An age file or key that cannot be used. The message says what is wrong in words a user can act on ("the file is
 * truncated", "no identity matches any recipient of this file"); it never quotes key material, and never quotes a
 * text that might be a secret key.
 */
public class AgeException extends RuntimeException {
    public AgeException(String message) {
        super(message);
    }

    public AgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
