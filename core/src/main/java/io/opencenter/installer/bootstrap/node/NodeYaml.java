package io.opencenter.installer.bootstrap.node;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one YAML writer of the node files (cloud-config, kubeadm configs, kube-vip's pod, the admin binding). Every
 * value goes through the emitter, which quotes whatever YAML would read differently (a name with {@code ": "}, an
 * issuer URL with {@code #}, a port that looks like a number), so no user value is ever pasted into YAML text.
 */
final class NodeYaml {
    private static final ObjectMapper MAPPER = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    // env values such as "6443" and "true" must stay strings for the Pod API
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    // PEM files and manifests inside the cloud-config stay readable (and smaller) as blocks
                    .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                    .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                    // one runcmd line stays one line, as a reader of the console log expects it
                    .disable(YAMLGenerator.Feature.SPLIT_LINES)
                    .build())
            .build();

    private NodeYaml() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** A list of {@code {name, value}} pairs: kubeadm v1beta4's extraArgs and a container's env. */
    static ArrayNode nameValues(List<String[]> pairs) {
        ArrayNode list = array();
        for (String[] pair : pairs) {
            list.addObject().put("name", pair[0]).put("value", pair[1]);
        }
        return list;
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write YAML: " + e.getOriginalMessage(), e);
        }
    }

    /** Several documents in one file, separated by {@code ---} (kubeadm reads its config kinds this way). */
    static String documents(List<? extends JsonNode> docs) {
        return docs.stream().map(NodeYaml::write).collect(Collectors.joining("---\n"));
    }

    /** Reads YAML back (tests and callers that check what was written). */
    static JsonNode read(String yaml) {
        try {
            return MAPPER.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not YAML: " + e.getOriginalMessage(), e);
        }
    }
}
