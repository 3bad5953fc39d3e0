package io.opencenter.installer.platform;

/** Something a data flow passes through that is not a platform service: a user, Git, the OpenStack APIs, … */
public record Actor(String id, String displayName) {}
