package io.opencenter.installer.ui.wizard.cluster;

import io.opencenter.installer.spec.ConfigField;
import io.opencenter.installer.ui.controls.FormField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;

/**
 * Which config field each input of the Cluster page shows. A form field says it in wizard_cluster.fxml, as
 * {@code <FormField ClusterFields.field="API_VIP" …>}; the page then finds its inputs by field, and the paths
 * findings are routed to follow from the same list.
 */
public final class ClusterFields {
    private static final String KEY = ClusterFields.class.getName() + ".field";

    /**
     * Every value of the config, but apiVersion and kind (the wizard writes them), the services switched off (the
     * Platform page's), and the cells of the worker pools' table (one row per pool, see {@link #poolRow}).
     */
    static final Set<ConfigField> INPUTS = EnumSet.copyOf(Arrays.stream(ConfigField.values())
            .filter(f -> !f.isSection() && !f.inListElement())
            .filter(f -> !EnumSet.of(ConfigField.API_VERSION, ConfigField.KIND, ConfigField.DISABLED).contains(f))
            .toList());

    private ClusterFields() {}

    /** For FXML: the config field {@code node} shows. */
    public static void setField(Node node, ConfigField field) {
        node.getProperties().put(KEY, field);
    }

    public static ConfigField getField(Node node) {
        return (ConfigField) node.getProperties().get(KEY);
    }

    /**
     * The form fields under {@code root} by the config field each shows.
     *
     * @throws IllegalStateException unless there is exactly one for each of {@link #INPUTS}
     */
    static Map<ConfigField, FormField> formFields(Node root) {
        Map<ConfigField, FormField> found = new EnumMap<>(ConfigField.class);
        for (Node node : root.lookupAll(".form-field")) {
            ConfigField field = getField(node);
            if (field != null && found.put(field, (FormField) node) != null) {
                throw new IllegalStateException("two inputs for " + field.path());
            }
        }
        if (!found.keySet().equals(INPUTS)) {
            Set<ConfigField> missing = EnumSet.copyOf(INPUTS);
            missing.removeAll(found.keySet());
            throw new IllegalStateException("inputs missing for " + missing + ", or not config values: "
                    + found.keySet().stream().filter(f -> !INPUTS.contains(f)).toList());
        }
        return found;
    }

    /** Where findings are shown: each input's path, then each worker pool's row and cells. */
    static List<String> paths(int poolCount) {
        List<String> paths = new ArrayList<>(INPUTS.stream().map(ConfigField::path).toList());
        for (int i = 0; i < poolCount; i++) {
            paths.addAll(poolRow(i));
        }
        return paths;
    }

    /** Pool {@code index} as a whole ({@code spec.workerPools[i]}) and its cells ({@code …[i].count}, …). */
    static List<String> poolRow(int index) {
        List<String> paths = new ArrayList<>(List.of(ConfigField.WORKER_POOLS.at(index)));
        ConfigField.WORKER_POOLS.elementFields().forEach(column -> paths.add(column.at(index)));
        return paths;
    }
}
