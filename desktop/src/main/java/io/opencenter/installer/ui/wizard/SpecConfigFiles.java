package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.spec.Finding;
import io.opencenter.installer.spec.SpecValidator;
import io.opencenter.installer.spec.SpecYaml;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@link ConfigFiles} by the spec package: its YAML loader and writer, and the same {@link SpecValidator} the CLI
 * uses. The validator needs the catalog's service ids (for {@code platform.disabled}), so it is made on first use.
 */
public final class SpecConfigFiles implements ConfigFiles {
    private final CatalogSource catalog;
    private volatile SpecValidator validator;

    public SpecConfigFiles(CatalogSource catalog) {
        this.catalog = catalog;
    }

    @Override
    public Opened load(Path file) throws IOException {
        SpecYaml.LoadResult result = SpecYaml.load(file);
        return new Opened(result.config(), result.findings());
    }

    @Override
    public void save(ClusterConfig config, Path file) throws IOException {
        SpecYaml.save(config, file);
    }

    @Override
    public List<Finding> validate(ClusterConfig config) {
        SpecValidator v = validator;
        if (v == null) {
            v = new SpecValidator(catalog.get().knownServices());
            validator = v;
        }
        return v.validate(config);
    }
}
