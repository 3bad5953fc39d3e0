/**
 * Where the installer's network connections come from, and the one rule they obey under test.
 *
 * <p>{@link io.opencenter.installer.net.HttpClients} is the one factory of HTTP clients: openstack4j's OkHttp
 * connector, the gateway's own JDK client, fabric8's JDK client (through a builder it wraps), and the clients still to
 * come (registry: {@code jdk(...)}; JGit: {@code checkDestination(...)} in its connection factory).
 * {@link io.opencenter.installer.net.DestinationPolicy} says what they may reach: anything in the shipped app,
 * only 127.0.0.0/8 and ::1 when the system property {@value io.opencenter.installer.net.DestinationPolicy#PROPERTY}
 * is {@code true} (the parent pom sets it for every module's tests). A refused destination throws
 * {@link io.opencenter.installer.net.DestinationRefusedException} before any packet is sent, and is also recorded in
 * {@link io.opencenter.installer.net.LoopbackViolations}, which a JUnit extension checks after every test, so a
 * caller that swallows the error still fails its test.
 *
 * <p>A model-level utility: every package may use it; it uses no other project package.
 */
package io.opencenter.installer.net;
