package io.opencenter.installer.sandbox.http;

/** Who is calling, from a validated token: the project every call is scoped to. */
public record Caller(String tokenId, String userId, String projectId) {
}
