package io.opencenter.installer.spec;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.opencenter.installer.workspace.AtomicFiles;
import io.opencenter.installer.workspace.Folders;
import io.opencenter.installer.workspace.TextFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes cluster config files. Reading never throws for bad content: every problem (syntax, wrong
 * type, unknown key, empty file, ...) becomes a {@link Finding} with a dotted path and, where the file has one,
 * "line L, column C: " at the start of the message. Writing uses the key order of cluster-config.md and leaves
 * out unset values, so load → save → load gives an equal config.
 */
public final class SpecYaml {
    private static final ObjectMapper MAPPER = createMapper();

    /**
     * What reading a config produced. {@code config} is null when the file cannot be read as a config at all
     * (syntax error, wrong type, empty, ...). With unknown keys it is still given (those keys left out) so the
     * other fields can be validated and shown; the findings then hold errors, so the file is not valid.
     */
    public record LoadResult(ClusterConfig config, List<Finding> findings) {
        public LoadResult {
            findings = List.copyOf(findings);
        }

        /** True when a config was read and no finding is an error. */
        public boolean ok() {
            return config != null && findings.stream().noneMatch(Finding::isError);
        }
    }

    private SpecYaml() {}

    public static LoadResult parse(String yaml) {
        YamlStructure structure = YamlStructure.scan(MAPPER, yaml == null ? "" : yaml);
        if (!structure.problems.isEmpty()) {
            return new LoadResult(null, structure.problems);
        }
        List<Finding> findings = new ArrayList<>(structure.unknownKeys);
        ClusterConfig config = null;
        try {
            config = MAPPER.readerFor(ClusterConfig.class).withHandler(new SkipUnknownKeys()).readValue(yaml);
        } catch (StreamReadException e) {
            findings.add(YamlProblems.syntax(e));
        } catch (JsonMappingException e) {
            findings.add(YamlProblems.mapping(e, structure.values));
        } catch (JsonProcessingException | RuntimeException e) {
            findings.add(Finding.error("", "the config could not be read: " + e.getMessage(),
                    "compare with examples/openstack-cluster.yaml"));
        }
        return new LoadResult(config, findings);
    }

    /**
     * Reads a file as UTF-8 and {@link #parse}s it.
     *
     * @throws IOException when the file itself cannot be read (missing, no permission, a folder, too large, not
     *                     UTF-8 text: {@link TextFiles}): that is not a problem of the config's content, and callers
     *                     such as the CLI report it differently
     */
    public static LoadResult load(Path file) throws IOException {
        return parse(TextFiles.read(file));
    }

    public static String toYaml(ClusterConfig config) {
        try {
            return MAPPER.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            // Only plain records and strings are written, so this means a programming error.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the config to {@code file} through a temporary file in the same directory and a rename, so a
     * crash or full disk never leaves a half-written config behind.
     */
    public static void save(ClusterConfig config, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Folders.createParentOf(target);
        AtomicFiles.replace(target, toYaml(config), null);
    }

    private static ObjectMapper createMapper() {
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(TextFiles.yamlLimits())
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                // keeps "1.33" a string, not a float, when the file is read again
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build();
        return YAMLMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // count: 2.5 must be an error, not silently 2
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // "controlPlane:" with nothing after it arrives as "" and means "not given"
                .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull))
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
                // helpers such as Cloud.isSandbox() are not part of the format
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .build();
    }
}
