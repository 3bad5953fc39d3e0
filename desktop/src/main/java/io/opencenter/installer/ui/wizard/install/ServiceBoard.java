package io.opencenter.installer.ui.wizard.install;

import io.opencenter.installer.install.ServiceRetry;
import io.opencenter.installer.rollout.ServiceProgress;
import io.opencenter.installer.rollout.ServiceState;
import io.opencenter.installer.workspace.LogRedactor;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The platform services of a run as the Install page shows them: a row per service from the rollout's first event
 * on (in the order the rollout names them, which is the catalog's dependency order), kept current by its events,
 * and a line "12 of 24 services ready". Names and namespaces are the catalog's. While the Rollout phase runs it
 * holds the engine's {@link ServiceRetry}; after the run it has none. Fed on the FX thread by {@link InstallBoard}.
 */
public final class ServiceBoard {
    /** A service as the catalog names it. */
    record Name(String displayName, String namespace) {}

    private final ResourceBundle bundle;
    private final Clock clock;
    private final Map<String, Name> names = new LinkedHashMap<>();
    private final ObservableList<ServiceRow> rows = FXCollections.observableArrayList();
    private final Map<String, ServiceRow> byId = new HashMap<>();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyIntegerWrapper ready = new ReadOnlyIntegerWrapper(this, "ready");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyStringWrapper readyText = new ReadOnlyStringWrapper(this, "readyText", "");
    private ServiceRetry retry;

    ServiceBoard(ResourceBundle bundle, Clock clock) {
        this.bundle = bundle;
        this.clock = clock;
    }

    void reset() {
        rows.clear();
        byId.clear();
        active.set(false);
        retry = null;
        count();
    }

    /** The catalog's names of every service: id → display name and namespace. */
    void names(Map<String, Name> catalogNames) {
        names.putAll(catalogNames);
    }

    /** Rollout started: the table shows from now on (its rows come with the rollout's first events). */
    void start() {
        active.set(true);
        count();
    }

    /** The running rollout's retry, until the run ends. */
    void rolloutStarted(ServiceRetry engineRetry) {
        start();
        retry = engineRetry;
    }

    /** The retry of the rollout that is running now; empty once the run ended. */
    Optional<ServiceRetry> retry() {
        return Optional.ofNullable(retry);
    }

    /** Applies one service event; returns its log line, or null when its state did not change or it waits. */
    String apply(ServiceProgress p) {
        start();
        ServiceRow row = row(p.serviceId());
        ServiceState before = row.state();
        String reason = LogRedactor.redact(p.reason());
        row.set(p.state(), p.elapsed(), reason, clock.instant());
        count();
        if (p.state() == ServiceState.WAITING || before == p.state()) {
            return null;
        }
        return MessageFormat.format(bundle.getString("install.log.service"), row.displayName(), row.namespace(),
                bundle.getString("install.service.state." + p.state().name()),
                reason == null || reason.isBlank() ? "" : ": " + reason, ready.get(), total.get());
    }

    /** A second passed: progressing rows count on. */
    void tick() {
        rows.forEach(r -> r.tick(clock.instant()));
    }

    /** The run ended: no retry through the engine any more (Retry runs the install again), the count stands. */
    void settle() {
        retry = null;
        rows.forEach(ServiceRow::settle);
        count();
    }

    /** "23 of 24 services ready · 1 degraded". */
    private void count() {
        ready.set((int) rows.stream().filter(r -> r.state() == ServiceState.READY).count());
        total.set(rows.size());
        long degraded = rows.stream().filter(r -> r.state() == ServiceState.DEGRADED).count();
        readyText.set(rows.isEmpty() ? "" : MessageFormat.format(bundle.getString("install.services.ready"),
                ready.get(), total.get(), degraded == 0 ? ""
                        : MessageFormat.format(bundle.getString("install.services.degraded"), degraded)));
    }

    private ServiceRow row(String id) {
        return byId.computeIfAbsent(id, i -> {
            Name name = names.getOrDefault(i, new Name(i, ""));
            ServiceRow added = new ServiceRow(i, name.displayName(), name.namespace());
            rows.add(added);
            return added;
        });
    }

    public ObservableList<ServiceRow> rows() { return rows; }
    /** True once Rollout started in this run: the page shows the services table from then on. */
    public ReadOnlyBooleanProperty activeProperty() { return active.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty readyProperty() { return ready.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty totalProperty() { return total.getReadOnlyProperty(); }
    /** "12 of 24 services ready", "23 of 24 services ready · 1 degraded". */
    public ReadOnlyStringProperty readyTextProperty() { return readyText.getReadOnlyProperty(); }
}
