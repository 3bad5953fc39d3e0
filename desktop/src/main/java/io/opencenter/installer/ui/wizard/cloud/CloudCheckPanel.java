package io.opencenter.installer.ui.wizard.cloud;

import io.opencenter.installer.spec.Finding;
import io.opencenter.installer.ui.common.FindingText;
import io.opencenter.installer.ui.wizard.cloud.CloudCheck.QuotaRow;
import io.opencenter.installer.ui.wizard.cloud.CloudCheckViewModel.State;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Shows the cloud check in a box on the Cluster page: status with a spinner, its findings, and the quota table
 * (needed / in use / limit, infrastructure and add-ons, short rows in red).
 */
public final class CloudCheckPanel {
    private static final double ROW_HEIGHT = 28;

    private final VBox box;
    private final CloudCheckViewModel viewModel;
    private final ResourceBundle bundle;
    private final Label status = new Label();
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Button again;
    private final Button toCloud;
    private final VBox findings = new VBox(4);
    private final TableView<QuotaRow> quotas = new TableView<>();

    public CloudCheckPanel(VBox box, CloudCheckViewModel viewModel, Runnable toCloudPage, ResourceBundle bundle) {
        this.box = box;
        this.viewModel = viewModel;
        this.bundle = bundle;
        box.getStyleClass().add("cloud-check");
        box.setId("cloudCheck");
        Label intro = new Label(bundle.getString("check.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");
        status.setId("cloudCheckStatus");
        status.setWrapText(true);
        spinner.setPrefSize(20, 20);
        spinner.setMaxSize(20, 20);
        again = new Button(bundle.getString("check.again"));
        again.setId("cloudCheckAgain");
        again.setOnAction(e -> viewModel.recheck());
        toCloud = new Button(bundle.getString("check.noCloud.go"));
        toCloud.setId("toCloudPage");
        toCloud.setOnAction(e -> toCloudPage.run());
        Region grow = new Region();
        HBox.setHgrow(grow, javafx.scene.layout.Priority.ALWAYS);
        HBox statusRow = new HBox(10, spinner, status, grow, toCloud, again);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        findings.setId("cloudCheckFindings");
        setUpTable();
        box.getChildren().setAll(intro, statusRow, findings, quotas);
        viewModel.stateProperty().addListener((o, was, now) -> refresh());
        viewModel.checkProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    private void setUpTable() {
        quotas.setId("quotaTable");
        quotas.getStyleClass().add("quota-table");
        quotas.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        quotas.setFixedCellSize(ROW_HEIGHT);
        quotas.getColumns().setAll(List.of(
                column("check.quota.resource", r -> resourceName(r.resource()), 170),
                column("check.quota.part", r -> bundle.getString("check.quota.part." + r.part().name()), 120),
                column("check.quota.needed", r -> Long.toString(r.needed()), 90),
                column("check.quota.inUse", r -> Long.toString(r.inUse()), 90),
                column("check.quota.limit", r -> r.unlimited() ? bundle.getString("check.quota.unlimited")
                        : Long.toString(r.limit()), 90),
                column("check.quota.free", r -> freeAfter(r, quotas.getItems()), 120)));
        quotas.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(QuotaRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("quota-short");
                if (!empty && row != null && !row.ok()) {
                    getStyleClass().add("quota-short");
                }
            }
        });
    }

    /** What is left once this row is created; an add-on row comes on top of its infrastructure row. */
    private String freeAfter(QuotaRow r, List<QuotaRow> all) {
        if (r.unlimited()) {
            return bundle.getString("check.quota.unlimited");
        }
        long below = r.part() != QuotaRow.Part.ADDONS ? 0 : all.stream()
                .filter(o -> o.part() == QuotaRow.Part.INFRASTRUCTURE && o.resource().equals(r.resource()))
                .mapToLong(QuotaRow::needed).sum();
        long left = r.limit() - r.inUse() - below - r.needed();
        return left >= 0 && r.ok() ? Long.toString(left)
                : MessageFormat.format(bundle.getString("check.quota.short"), Math.max(1, -left));
    }

    /** "Floating IPs" for {@code floatingIps}; an id the bundle does not know is shown as it is. */
    private String resourceName(String id) {
        String key = "check.quota.resource." + id;
        return bundle.containsKey(key) ? bundle.getString(key) : id;
    }

    private TableColumn<QuotaRow, String> column(String key, Function<QuotaRow, String> value, double width) {
        TableColumn<QuotaRow, String> c = new TableColumn<>(bundle.getString(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private void refresh() {
        State state = viewModel.stateProperty().get();
        CloudCheck check = viewModel.checkProperty().get();
        spinner.setVisible(state == State.CHECKING);
        spinner.setManaged(state == State.CHECKING);
        toCloud.setVisible(state == State.NO_CLOUD);
        toCloud.setManaged(state == State.NO_CLOUD);
        again.setVisible(state == State.FAILED || state == State.ERROR || state == State.PASSED);
        again.setManaged(again.isVisible());
        long errors = check.findings().stream().filter(Finding::isError).count();
        status.setText(switch (state) {
            case NO_CLOUD -> bundle.getString("check.noCloud");
            case WAITING_FOR_VALID_CONFIG -> bundle.getString("check.waiting");
            case CHECKING -> bundle.getString("check.running");
            case PASSED -> bundle.getString("check.passed");
            case FAILED -> MessageFormat.format(bundle.getString("check.failed"), errors) + shortSummary(check);
            case ERROR -> MessageFormat.format(bundle.getString("check.error"), viewModel.errorProperty().get());
        });
        status.getStyleClass().removeAll("status-ok", "status-failed");
        box.getStyleClass().removeAll("check-passed", "check-failed");
        if (state == State.PASSED) {
            status.getStyleClass().add("status-ok");
            box.getStyleClass().add("check-passed");
        } else if (state == State.FAILED || state == State.ERROR) {
            status.getStyleClass().add("status-failed");
            box.getStyleClass().add("check-failed");
        }
        boolean current = state == State.PASSED || state == State.FAILED;
        showFindings(current ? check.findings() : List.of());
        // infrastructure first, then what the add-ons claim on top
        quotas.getItems().setAll(current ? check.quotas().stream()
                .sorted(java.util.Comparator.comparing(QuotaRow::part)).toList() : List.of());
        boolean table = !quotas.getItems().isEmpty();
        quotas.setVisible(table);
        quotas.setManaged(table);
        quotas.setPrefHeight(ROW_HEIGHT * (quotas.getItems().size() + 1.6));
        quotas.setMinHeight(quotas.getPrefHeight());
    }

    /** Names the short quotas in the status line, so the reason is readable without scrolling the table. */
    private String shortSummary(CloudCheck check) {
        List<String> names = check.quotas().stream().filter(r -> !r.ok()).map(r -> resourceName(r.resource()))
                .distinct().toList();
        return names.isEmpty() ? "" : " " + MessageFormat.format(bundle.getString("check.summary.short"),
                String.join(", ", names));
    }

    private void showFindings(List<Finding> list) {
        findings.getChildren().clear();
        if (!list.isEmpty()) {
            Label title = new Label(bundle.getString("check.findings"));
            title.getStyleClass().add("text-bold");
            findings.getChildren().add(title);
            for (Finding f : list) {
                Label line = new Label(FindingText.withPath(f, bundle));
                line.setWrapText(true);
                line.getStyleClass().add(f.isError() ? "finding-error" : "finding-warning");
                findings.getChildren().add(line);
            }
        }
        findings.setVisible(!list.isEmpty());
        findings.setManaged(!list.isEmpty());
    }
}
