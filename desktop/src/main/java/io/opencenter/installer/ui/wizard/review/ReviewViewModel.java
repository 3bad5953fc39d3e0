package io.opencenter.installer.ui.wizard.review;

import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.spec.ClusterConfig;
import io.opencenter.installer.ui.wizard.model.WizardModel;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Review & plan: the resources the config's plan creates, their counts, the estimated time, where the config is
 * saved and the command line that applies it. The plan is built off the FX thread ({@link #planJob()}).
 */
public final class ReviewViewModel {
    private final WizardModel model;
    private final Supplier<Path> configsFolder;
    private final ResourceBundle bundle;
    private final ReadOnlyObjectWrapper<PlanReview> review = new ReadOnlyObjectWrapper<>(this, "review");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final StringProperty savePath = new SimpleStringProperty(this, "savePath", "");
    private final ObjectBinding<Path> saveFile;
    private final StringBinding cliCommand;
    private final StringBinding countsText;
    private final StringBinding estimateText;
    private final StringBinding savedText;
    private final BooleanBinding planReady;

    /** @param configsFolder where a config is saved by default (the workspace's configs folder) */
    public ReviewViewModel(WizardModel model, Supplier<Path> configsFolder, ResourceBundle bundle) {
        this.model = model;
        this.configsFolder = configsFolder;
        this.bundle = bundle;
        planReady = review.isNotNull();
        saveFile = Bindings.createObjectBinding(() -> parse(savePath.get()), savePath);
        cliCommand = Bindings.createStringBinding(() -> saveFile.get() == null ? ""
                : CliCommand.apply(saveFile.get()), saveFile);
        countsText = Bindings.createStringBinding(() -> review.get() == null ? bundle.getString("review.planning")
                : counts(review.get()), review);
        estimateText = Bindings.createStringBinding(() -> review.get() == null ? ""
                : review.get().estimate().map(this::estimate).orElse(bundle.getString("review.estimate.none")),
                review);
        savedText = Bindings.createStringBinding(() -> {
            Path saved = model.configFileProperty().get();
            return saved != null && saved.equals(saveFile.get())
                    ? MessageFormat.format(bundle.getString("review.saved"), saved) : "";
        }, model.configFileProperty(), saveFile);
    }

    /** True when the plan shown is not the plan of the model as it is now. */
    public boolean isStale() {
        return review.get() == null || !Objects.equals(review.get().config(), model.toConfig());
    }

    /** Builds the plan of the model as it is now; run off the FX thread. */
    public Callable<PlanReview> planJob() {
        ClusterConfig snapshot = model.toConfig();
        return () -> PlanReview.of(snapshot);
    }

    public void show(PlanReview built) {
        review.set(built);
        error.set("");
    }

    public void failed(Throwable e) {
        review.set(null);
        error.set(MessageFormat.format(bundle.getString("review.failed"), String.valueOf(e.getMessage())));
    }

    /** The save path starts as the file last opened or saved, else {@code <workspace>/configs/<cluster>.yaml}. */
    public void suggestSavePath() {
        Path current = model.configFileProperty().get();
        if (current != null) {
            savePath.set(current.toString());
        } else if (savePath.get().isBlank() || parse(savePath.get()) == null) {
            String name = model.config().nameProperty().get();
            String file = (name == null || name.isBlank() ? "cluster" : name.strip()) + ".yaml";
            savePath.set(configsFolder.get().resolve(file).toString());
        }
    }

    private static Path parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Path.of(text.strip()).toAbsolutePath();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private String counts(PlanReview r) {
        String parts = r.orderedCounts().stream()
                .map(e -> MessageFormat.format(bundle.getString("review.count"), e.getValue(), kindName(e.getKey(),
                        e.getValue())))
                .collect(Collectors.joining(" \u00b7 "));
        return MessageFormat.format(bundle.getString("review.total"), r.total()) + "  " + parts;
    }

    /** "network" / "networks" from the bundle; an unknown kind reads as its enum name. */
    public String kindName(ResourceKind kind, int count) {
        String key = "review.kind." + kind.name() + (count == 1 ? "" : ".plural");
        return bundle.containsKey(key) ? bundle.getString(key) : kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    private String estimate(Duration d) {
        long minutes = Math.max(1, Math.round(d.toSeconds() / 60.0));
        return MessageFormat.format(bundle.getString("review.estimate"), minutes);
    }

    public ReadOnlyObjectProperty<PlanReview> reviewProperty() { return review.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** The text of the save-path field. */
    public StringProperty savePathProperty() { return savePath; }
    /** The save path as a file, null when the field does not hold one. */
    public ObjectBinding<Path> saveFile() { return saveFile; }
    public StringBinding cliCommand() { return cliCommand; }
    public StringBinding countsText() { return countsText; }
    public StringBinding estimateText() { return estimateText; }
    /** "Saved to …" once the file in the field is the one last saved. */
    public StringBinding savedText() { return savedText; }
    public BooleanBinding planReady() { return planReady; }

    /** The counts as a map, for tests and the summary chips. */
    public Map<ResourceKind, Integer> counts() {
        return review.get() == null ? Map.of() : review.get().counts();
    }
}
