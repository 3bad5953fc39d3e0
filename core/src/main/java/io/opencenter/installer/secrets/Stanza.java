package io.opencenter.installer.secrets;

import java.util.List;

/**
 * One recipient stanza of an age header: {@code -> type args…} and its body. The first argument names the type
 * ({@code X25519}, {@code scrypt}, a plugin's name).
 */
record Stanza(List<String> args, byte[] body) {
    Stanza {
        args = List.copyOf(args);
        body = body.clone();
    }

    String type() {
        return args.get(0);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
