package io.opencenter.installer.ui.wizard.install;

import io.opencenter.installer.rollout.ServiceState;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The Install page's table of platform services: name, namespace, state (styled per state, as the node and resource
 * rows are), elapsed time (counting on each second while some service progresses), the reason (whole in its
 * tooltip), and Retry on a degraded one.
 */
final class ServiceTable {
    private static final List<String> SERVICE_CLASSES = Arrays.stream(ServiceState.values())
            .map(s -> "service-" + s.name().toLowerCase(Locale.ROOT)).toList();

    /** The table width from which the namespace column shows. */
    private static final double NAMESPACE_FROM = 600;

    private ServiceTable() {}

    static void setUp(TableView<ServiceRow> table, Label count, InstallViewModel viewModel, ResourceBundle bundle) {
        ServiceBoard services = viewModel.board().services();
        BoardTable.bind(table, count, services.rows(), services.readyTextProperty(), services.activeProperty(),
                bundle.getString("install.services.none"));
        TableColumn<ServiceRow, String> reason = column(bundle, "install.col.reason", ServiceRow::reasonProperty);
        reason.setCellFactory(column -> new TooltipCell<>());
        TableColumn<ServiceRow, ServiceRow> action = new TableColumn<>("");
        action.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        action.setCellFactory(column -> new RetryCell(viewModel, bundle));
        action.setSortable(false);
        TableColumn<ServiceRow, String> service = column(bundle, "install.col.service",
                r -> Bindings.createStringBinding(r::displayName));
        service.setCellFactory(c -> new TooltipCell<>(r -> MessageFormat.format(bundle.getString(
                "install.service.tooltip"), r.displayName(), r.namespace())));
        TableColumn<ServiceRow, String> namespace = column(bundle, "install.col.namespace",
                r -> Bindings.createStringBinding(r::namespace));
        // a narrow table (the smallest window) drops the namespace column; the name's tooltip still says it
        namespace.visibleProperty().bind(table.widthProperty().greaterThanOrEqualTo(NAMESPACE_FROM));
        table.getColumns().setAll(List.of(service, namespace,
                column(bundle, "install.col.state", r -> Bindings.createStringBinding(() -> bundle.getString(
                        "install.service.state." + r.state().name()), r.stateProperty())),
                column(bundle, "install.col.elapsed", ServiceRow::elapsedProperty),
                reason));
        table.getColumns().add(action);
        // preferred, least: the least add up to what the smallest window leaves the table
        double[][] widths = {{180, 100}, {125, 80}, {95, 90}, {70, 68}, {220, 60}, {80, 72}};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i][0]);
            table.getColumns().get(i).setMinWidth(widths[i][1]);
        }
        table.setRowFactory(t -> new StyledRow<>(ServiceRow::stateProperty, SERVICE_CLASSES));
        // the elapsed time of a progressing service goes on between the engine's events
        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> services.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        Runnable run = () -> {
            if (viewModel.running().get() && services.activeProperty().get()) {
                ticker.play();
            } else {
                ticker.stop();
            }
        };
        viewModel.running().addListener((o, was, now) -> run.run());
        services.activeProperty().addListener((o, was, now) -> run.run());
    }

    private static TableColumn<ServiceRow, String> column(ResourceBundle bundle, String key,
                                                          Function<ServiceRow, ObservableValue<String>> value) {
        TableColumn<ServiceRow, String> c = new TableColumn<>(bundle.getString(key));
        c.setCellValueFactory(cell -> value.apply(cell.getValue()));
        c.setSortable(false);
        return c;
    }

    /** Retry, on a degraded service's row only; resting while the retry it asked for is on its way. */
    private static final class RetryCell extends TableCell<ServiceRow, ServiceRow> {
        private final Button button;

        RetryCell(InstallViewModel viewModel, ResourceBundle bundle) {
            button = new Button(bundle.getString("install.service.retry"));
            button.getStyleClass().add("small");
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setTooltip(new Tooltip(bundle.getString("install.service.retry.tooltip")));
            button.setOnAction(e -> {
                if (getItem() != null) {
                    viewModel.retry(getItem());
                }
            });
            setGraphic(null);
        }

        @Override
        protected void updateItem(ServiceRow row, boolean empty) {
            super.updateItem(row, empty);
            button.visibleProperty().unbind();
            button.disableProperty().unbind();
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            button.setId("retry-" + row.id());
            button.visibleProperty().bind(row.stateProperty().isEqualTo(ServiceState.DEGRADED));
            button.disableProperty().bind(row.retryingProperty());
            setGraphic(button);
        }
    }
}
