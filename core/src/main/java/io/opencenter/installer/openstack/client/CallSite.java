package io.opencenter.installer.openstack.client;

import java.net.URI;

/**
 * What a request was for, used to build error messages: "network list ports (GET /v2.0/ports)". Holds no query
 * string and no headers, so nothing secret can reach a message through it.
 */
public record CallSite(String service, String operation, String method, URI uri) {

    public static CallSite of(String service, String operation, String method, String url) {
        URI parsed;
        try {
            parsed = URI.create(url);
        } catch (IllegalArgumentException e) {
            parsed = URI.create("http://invalid/");
        }
        return new CallSite(service, operation, method, parsed);
    }

    public String path() {
        String p = uri.getRawPath();
        return p == null || p.isEmpty() ? "/" : p;
    }

    public String hostAndPort() {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }

    @Override
    public String toString() {
        return service + " " + operation + " (" + method + " " + path() + " on " + hostAndPort() + ")";
    }
}
