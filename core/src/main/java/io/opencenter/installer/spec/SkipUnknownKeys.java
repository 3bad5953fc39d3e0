package io.opencenter.installer.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;

/**
 * Lets reading go on past unknown keys. They were already reported, with exact paths, by {@link YamlStructure}:
 * Jackson cannot give those paths here, because records are built after their keys are buffered, and the
 * replayed buffer no longer knows where it came from.
 */
final class SkipUnknownKeys extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                         Object beanOrClass, String propertyName) throws IOException {
        p.skipChildren();
        return true;
    }
}
