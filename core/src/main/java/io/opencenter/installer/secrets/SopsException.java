package io.opencenter.installer.secrets;

/**
 * A SOPS document could not be written or read. The message names the document (or the path of keys inside it)
 * and what to do; it never carries key material or plaintext values.
 */
public class SopsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SopsException(String message) {
        super(message);
    }
}
