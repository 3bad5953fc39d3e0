package io.opencenter.installer.secrets;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import io.opencenter.installer.workspace.TextFiles;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Reads one YAML document into a tree that keeps key order and writes it back. Strings that a YAML reader
 * would take for something else (numbers, booleans, null, timestamps) are quoted, so Go's yaml.v3 in sops and the
 * kustomize-controller read back exactly the values we hashed into the MAC.
 */
final class SopsYaml {
    private static final ObjectMapper MAPPER = createMapper();

    private SopsYaml() {}

    static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * The single mapping document of {@code yaml}. Errors name {@code what} and the line, never the content
     * (a parser's message may quote a secret value).
     */
    static ObjectNode readDocument(String yaml, String what) {
        if (yaml == null || yaml.isBlank()) {
            throw new SopsException(what + " is empty: give one YAML document (a Kubernetes manifest)");
        }
        try (MappingIterator<JsonNode> documents = MAPPER.readerFor(JsonNode.class).readValues(yaml)) {
            JsonNode first = documents.hasNextValue() ? documents.nextValue() : null;
            if (documents.hasNextValue()) {
                throw new SopsException(what + " holds more than one YAML document: write one manifest per file");
            }
            if (!(first instanceof ObjectNode object)) {
                throw new SopsException(what + " is not a YAML mapping: give one Kubernetes manifest (key: value)");
            }
            return object;
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw new SopsException(what + " is not valid YAML" + (where == null ? "" : " (line " + where.getLineNr()
                    + ", column " + where.getColumnNr() + ")") + ": fix the syntax there");
        } catch (IOException e) {
            throw new SopsException(what + " could not be read as YAML: " + e.getClass().getSimpleName());
        }
    }

    static String write(JsonNode tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            // A tree of plain nodes always serializes; this would be a programming error.
            throw new IllegalStateException("cannot write a YAML tree: " + e.getClass().getSimpleName());
        }
    }

    private static ObjectMapper createMapper() {
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(TextFiles.yamlLimits())
                .stringQuotingChecker(new QuoteNonStrings())
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build();
        return YAMLMapper.builder(factory).build();
    }

    /**
     * Jackson's quoting, plus every string a YAML reader might take for a number or a timestamp: Jackson's own
     * check misses "0x1F", "1e3", "0o17", ".inf", "12:30" and "2026-01-01T00:00:00Z" (a !!timestamp to a YAML 1.1
     * reader; sops itself writes {@code lastmodified} quoted), and a value that comes back as another type breaks
     * the MAC. Quoting a string that needs none costs nothing. {@code ENC[…]} values stay plain, as sops writes them
     * (only base64, ',', ':' and brackets: a valid plain scalar), so our files diff like sops' own.
     */
    private static final class QuoteNonStrings extends StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;
        private static final Pattern ENCRYPTED = Pattern.compile("ENC\\[AES256_GCM,[A-Za-z0-9+/=,:_]*]");
        private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?\\.?[0-9].*|[-+]?\\.(?i:inf|nan)");

        @Override
        public boolean needToQuoteValue(String value) {
            if (ENCRYPTED.matcher(value).matches()) {
                return false;
            }
            return super.needToQuoteValue(value) || NUMBER_LIKE.matcher(value).matches();
        }

        @Override
        public boolean needToQuoteName(String name) {
            // sops refuses a document whose key reads as a number ("non-string key")
            return super.needToQuoteName(name) || NUMBER_LIKE.matcher(name).matches();
        }
    }
}
