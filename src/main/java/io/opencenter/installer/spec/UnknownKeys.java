package io.opencenter.installer.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reports every unknown key instead of stopping at the first: a file with three typos gets three findings in one
 * run. The key's value is skipped so reading goes on; the findings are errors, so the config is still rejected.
 */
final class UnknownKeys extends DeserializationProblemHandler {
    private final Map<String, JsonLocation> keyLocations;
    private final List<Finding> findings = new ArrayList<>();

    UnknownKeys(Map<String, JsonLocation> keyLocations) {
        this.keyLocations = keyLocations;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                         Object beanOrClass, String propertyName) throws IOException {
        // At a mapping or list value the parser already stands in the value's own (still nameless) context,
        // which YamlPaths skips, so this is the key's path in every case.
        String path = YamlPaths.of(p.getParsingContext());
        findings.add(YamlProblems.unknownKey(path, keyLocations.getOrDefault(path, p.currentTokenLocation()),
                knownKeys(deserializer, beanOrClass)));
        p.skipChildren();
        return true;
    }

    /** The keys allowed at this place, in the order of the format (a record's component order) when known. */
    private static List<String> knownKeys(JsonDeserializer<?> deserializer, Object beanOrClass) {
        Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass == null ? null : beanOrClass.getClass();
        if (type != null && type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        }
        List<String> known = new ArrayList<>();
        Collection<Object> names = deserializer.getKnownPropertyNames();
        if (names != null) {
            names.forEach(n -> known.add(String.valueOf(n)));
        }
        return known;
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }
}
