package io.opencenter.installer.bootstrap.cloudprovider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opencenter.installer.kube.Manifest;

import java.util.Arrays;
import java.util.List;

/**
 * The manifests of this package are written as YAML text (readable next to the upstream documentation they follow)
 * with {@code %s} holes; every value put in a hole is a JSON string, which YAML reads as a double-quoted scalar, so
 * no value can change the document's structure.
 */
final class Templates {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Templates() {}

    /** The objects of {@code yaml} with each {@code %s} replaced by the quoted value, in order. */
    static List<Manifest> render(String yaml, String... values) {
        return Manifest.parseAll(yaml.formatted(Arrays.stream(values).map(Templates::quote).toArray()));
    }

    static String quote(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string always serializes", e);
        }
    }
}
