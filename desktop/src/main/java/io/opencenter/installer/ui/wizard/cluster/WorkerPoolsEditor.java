package io.opencenter.installer.ui.wizard.cluster;

import static io.opencenter.installer.spec.ConfigField.POOL_COUNT;
import static io.opencenter.installer.spec.ConfigField.POOL_FLAVOR;
import static io.opencenter.installer.spec.ConfigField.POOL_IMAGE;
import static io.opencenter.installer.spec.ConfigField.POOL_NAME;
import static io.opencenter.installer.spec.ConfigField.POOL_VOLUME;

import io.opencenter.installer.install.CloudDiscovery;
import io.opencenter.installer.spec.ConfigField;
import io.opencenter.installer.spec.Finding;
import io.opencenter.installer.ui.common.FindingText;
import io.opencenter.installer.ui.controls.EditableCombos;
import io.opencenter.installer.ui.controls.IntegerSpinners;
import io.opencenter.installer.ui.wizard.model.WorkerPoolModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The worker pools as a small editable table: one row of inputs per pool, a Remove button, and the pool's problems
 * written under its row. Rows are rebuilt only when pools are added or removed, never while the user types.
 */
final class WorkerPoolsEditor {
    private final GridPane grid;
    private final ObservableList<WorkerPoolModel> pools;
    private final Consumer<WorkerPoolModel> remove;
    private final ResourceBundle bundle;
    private final Runnable onRebuilt;
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final List<Label> rowProblems = new ArrayList<>();
    private final List<Runnable> unbinds = new ArrayList<>();
    private final List<ComboBox<String>> flavorBoxes = new ArrayList<>();
    private final List<ComboBox<String>> imageBoxes = new ArrayList<>();
    private CloudDiscovery offered = CloudDiscovery.NONE;

    WorkerPoolsEditor(GridPane grid, ObservableList<WorkerPoolModel> pools, Consumer<WorkerPoolModel> remove,
                      ResourceBundle bundle, Runnable onRebuilt) {
        this.grid = grid;
        this.pools = pools;
        this.remove = remove;
        this.bundle = bundle;
        this.onRebuilt = onRebuilt;
        setUpColumns();
        pools.addListener((ListChangeListener<WorkerPoolModel>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved() || change.wasPermutated()) {
                    rebuild();
                    return;
                }
            }
        });
        rebuild();
    }

    /** Inputs by config path, e.g. {@code spec.workerPools[0].count}. */
    Map<String, Control> controls() {
        return controls;
    }

    /** The tested cloud's flavors and images as choices in every row (any other name can still be typed). */
    void offer(CloudDiscovery discovery) {
        offered = discovery;
        flavorBoxes.forEach(this::offerFlavors);
        imageBoxes.forEach(box -> box.getItems().setAll(offered.imageNames()));
    }

    private void offerFlavors(ComboBox<String> box) {
        box.getItems().setAll(offered.flavorNames());
        EditableCombos.describeItems(box, offered::describeFlavor);
    }

    /** Writes each row's problems (row-level and per cell, with the column named) under the row. */
    void showProblems(FindingRouter.RoutedFindings routed) {
        for (int i = 0; i < rowProblems.size(); i++) {
            List<String> lines = new ArrayList<>();
            boolean error = false;
            for (String path : ClusterFields.poolRow(i)) {
                for (Finding f : routed.at(path)) {
                    lines.add(FindingText.atField(f, bundle));
                    error |= f.isError();
                }
            }
            Label label = rowProblems.get(i);
            label.setText(String.join("\n", lines));
            label.getStyleClass().setAll("label", error ? "field-error" : "field-warning");
            label.setVisible(!lines.isEmpty());
            label.setManaged(!lines.isEmpty());
        }
    }

    private void setUpColumns() {
        grid.getColumnConstraints().setAll(
                column(200, Priority.SOMETIMES), column(100, Priority.NEVER), column(170, Priority.SOMETIMES),
                column(170, Priority.SOMETIMES), column(120, Priority.NEVER), column(90, Priority.NEVER));
        grid.setHgap(10);
        grid.setVgap(4);
    }

    private static ColumnConstraints column(double width, Priority grow) {
        ColumnConstraints c = new ColumnConstraints(width * 0.7, width, Double.MAX_VALUE);
        c.setHgrow(grow);
        c.setFillWidth(true);
        return c;
    }

    private void rebuild() {
        unbinds.forEach(Runnable::run);
        unbinds.clear();
        controls.clear();
        rowProblems.clear();
        flavorBoxes.clear();
        imageBoxes.clear();
        grid.getChildren().clear();
        String[] headers = {"pools.name", "pools.count", "pools.flavor", "pools.image", "pools.volume"};
        for (int c = 0; c < headers.length; c++) {
            Label header = new Label(bundle.getString(headers[c]));
            header.getStyleClass().add("form-field-label");
            grid.add(header, c, 0);
        }
        for (int i = 0; i < pools.size(); i++) {
            addRow(i, pools.get(i));
        }
        onRebuilt.run();
    }

    private void addRow(int index, WorkerPoolModel pool) {
        int row = 1 + index * 2;
        grid.add(text(index, POOL_NAME, pool.nameProperty(), "pools.name.help"), 0, row);
        grid.add(number(index, POOL_COUNT, pool.countProperty(), 0, 100, "pools.count.help"), 1, row);
        grid.add(picker(index, POOL_FLAVOR, pool.flavorProperty(), "pools.flavor.help", flavorBoxes), 2, row);
        grid.add(picker(index, POOL_IMAGE, pool.imageProperty(), "pools.image.help", imageBoxes), 3, row);
        grid.add(number(index, POOL_VOLUME, pool.volumeSizeGbProperty(), 0, 16384, "pools.volume.help"), 4, row);
        Button removeButton = new Button(bundle.getString("pools.remove"));
        removeButton.setId("pool-" + index + "-remove");
        removeButton.setTooltip(new Tooltip(bundle.getString("pools.remove.help")));
        removeButton.setOnAction(e -> remove.accept(pool));
        GridPane.setHalignment(removeButton, HPos.LEFT);
        grid.add(removeButton, 5, row);
        Label problems = new Label();
        problems.setId("pool-" + index + "-problem");
        problems.setWrapText(true);
        problems.setVisible(false);
        problems.setManaged(false);
        rowProblems.add(problems);
        grid.add(problems, 0, row + 1, 6, 1);
    }

    private TextField text(int index, ConfigField column, javafx.beans.property.StringProperty value, String helpKey) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(value);
        unbinds.add(() -> field.textProperty().unbindBidirectional(value));
        return register(field, index, column, helpKey);
    }

    private ComboBox<String> picker(int index, ConfigField column, javafx.beans.property.StringProperty value,
                                    String helpKey, List<ComboBox<String>> group) {
        ComboBox<String> box = new ComboBox<>();
        box.setMaxWidth(Double.MAX_VALUE);
        unbinds.add(EditableCombos.bind(box, value));
        group.add(box);
        if (group == flavorBoxes) {
            offerFlavors(box);
        } else {
            box.getItems().setAll(offered.imageNames());
        }
        return register(box, index, column, helpKey);
    }

    private Spinner<Integer> number(int index, ConfigField column, javafx.beans.property.ObjectProperty<Integer> value,
                                    int min, int max, String helpKey) {
        Spinner<Integer> spinner = new Spinner<>();
        unbinds.add(IntegerSpinners.bind(spinner, value, min, max));
        spinner.setMaxWidth(Double.MAX_VALUE);
        return register(spinner, index, column, helpKey);
    }

    private <C extends Control> C register(C control, int index, ConfigField column, String helpKey) {
        control.setId("pool-" + index + "-" + column.key());
        control.setTooltip(new Tooltip(bundle.getString(helpKey)));
        controls.put(column.at(index), control);
        return control;
    }
}
