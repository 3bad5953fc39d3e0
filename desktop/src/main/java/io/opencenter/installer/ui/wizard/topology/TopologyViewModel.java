package io.opencenter.installer.ui.wizard.topology;

import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.topology.DiagramFormat;
import io.opencenter.installer.topology.PngExporter;
import io.opencenter.installer.topology.SvgExporter;
import io.opencenter.installer.topology.TopologyBuilder;
import io.opencenter.installer.topology.TopologyDiagram;
import io.opencenter.installer.ui.wizard.model.WizardModel;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Topology preview: the diagram of exactly what the shared model would deploy (the topology package builds and
 * lays it out; the same diagram is exported). Building and exporting are jobs for a background task; this class
 * hands them out with the model captured on the FX thread.
 */
public final class TopologyViewModel {
    private final WizardModel model;
    private final Supplier<Catalog> catalog;
    private final ResourceBundle bundle;
    private final ReadOnlyObjectWrapper<TopologyDiagram> diagram = new ReadOnlyObjectWrapper<>(this, "diagram");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final StringBinding summary;
    private final BooleanBinding hasDiagram;
    private ClusterConfig shownConfig;

    public TopologyViewModel(WizardModel model, Supplier<Catalog> catalog, ResourceBundle bundle) {
        this.model = model;
        this.catalog = catalog;
        this.bundle = bundle;
        hasDiagram = diagram.isNotNull();
        summary = Bindings.createStringBinding(() -> {
            TopologyDiagram d = diagram.get();
            return d == null ? bundle.getString("topology.building")
                    : MessageFormat.format(bundle.getString("topology.summary"), d.namespaces().size(),
                    d.services().size(), d.flows().size(), d.edges().size());
        }, diagram);
    }

    /** True when the model changed since the shown diagram was built (or nothing is shown yet). */
    public boolean isStale() {
        return diagram.get() == null || !Objects.equals(shownConfig, model.toConfig());
    }

    /** A job that builds the diagram of the model as it is now; run it off the FX thread. */
    public Callable<Built> buildJob() {
        ClusterConfig snapshot = model.toConfig();
        return () -> new Built(snapshot, TopologyBuilder.build(snapshot, catalog.get()));
    }

    /** Shows a built diagram (on the FX thread). */
    public void show(Built built) {
        shownConfig = built.config();
        diagram.set(built.diagram());
    }

    /** A job that writes the shown diagram to {@code file} in {@code format}. */
    public Callable<Path> exportJob(Path file, DiagramFormat format) {
        TopologyDiagram d = Objects.requireNonNull(diagram.get(), "no diagram to export yet");
        return () -> {
            if (format == DiagramFormat.SVG) {
                new SvgExporter().write(d, file);
            } else {
                new PngExporter().write(d, file, DiagramFormat.DEFAULT_PNG_SCALE);
            }
            return file;
        };
    }

    public void exported(Path file) {
        status.set(MessageFormat.format(bundle.getString("topology.exported"), file.toAbsolutePath()));
    }

    public String suggestedFileName(DiagramFormat format) {
        String name = model.config().nameProperty().get();
        return (name == null || name.isBlank() ? "cluster" : name.strip()) + "-topology." + format.extension();
    }

    public ReadOnlyObjectProperty<TopologyDiagram> diagramProperty() {
        return diagram.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public StringBinding summary() {
        return summary;
    }

    /** The preview never blocks going on; the diagram is a view of choices made on earlier pages. */
    public BooleanBinding valid() {
        return Bindings.createBooleanBinding(() -> true);
    }

    public BooleanBinding hasDiagram() {
        return hasDiagram;
    }

    /** A diagram together with the config it shows. */
    public record Built(ClusterConfig config, TopologyDiagram diagram) {}
}
