package io.opencenter.installer.topology;

import io.opencenter.installer.platform.ServiceDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts namespaces into layers by how deep their services sit in the dependency graph (what everything else needs
 * goes on top, e.g. flux-system), then orders each layer so that connected namespaces sit above each other, which
 * keeps edges short and crossings few.
 */
final class NamespaceLayers {

    private static final int ORDERING_SWEEPS = 3;

    private final List<String> ids = new ArrayList<>();
    private final Map<String, Set<String>> dependsOn = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> weights = new HashMap<>();

    NamespaceLayers(TopologyGraph graph) {
        Map<String, String> namespaceOfService = new HashMap<>();
        for (TopologyGraph.Group g : graph.namespaces()) {
            ids.add(g.id());
            dependsOn.put(g.id(), new LinkedHashSet<>());
            g.services().forEach(s -> namespaceOfService.put(s.id(), g.id()));
        }
        for (TopologyGraph.Group g : graph.namespaces()) {
            for (ServiceDef s : g.services()) {
                for (String dep : graph.dependenciesOf(s.id())) {
                    String depNs = namespaceOfService.get(dep);
                    if (depNs != null && !depNs.equals(g.id())) {
                        dependsOn.get(g.id()).add(depNs);
                        connect(g.id(), depNs);
                    }
                }
            }
        }
        for (TopologyGraph.Flow f : graph.flows()) {
            for (TopologyGraph.Step step : f.steps()) {
                String a = namespaceOfService.get(step.from());
                String b = namespaceOfService.get(step.to());
                if (a != null && b != null && !a.equals(b)) {
                    connect(a, b);
                }
            }
        }
    }

    private void connect(String a, String b) {
        weights.computeIfAbsent(a, k -> new HashMap<>()).merge(b, 1, Integer::sum);
        weights.computeIfAbsent(b, k -> new HashMap<>()).merge(a, 1, Integer::sum);
    }

    /** Layer of every namespace: 0 when it depends on no other namespace, else one below its deepest dependency. */
    Map<String, Integer> layers() {
        Map<String, Integer> layer = new LinkedHashMap<>();
        for (String id : ids) {
            depth(id, layer, new HashSet<>());
        }
        return layer;
    }

    private int depth(String id, Map<String, Integer> done, Set<String> onPath) {
        Integer known = done.get(id);
        if (known != null) {
            return known;
        }
        onPath.add(id);
        int d = 0;
        for (String dep : dependsOn.get(id)) {
            // a dependency cycle between namespaces: ignore the edge that closes it
            if (!onPath.contains(dep)) {
                d = Math.max(d, depth(dep, done, onPath) + 1);
            }
        }
        onPath.remove(id);
        done.put(id, d);
        return d;
    }

    /** The namespaces of each layer, top layer first, each layer ordered left to right. */
    List<List<String>> orderedLayers() {
        Map<String, Integer> layer = layers();
        int count = layer.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<List<String>> layers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            layers.add(new ArrayList<>());
        }
        ids.forEach(id -> layers.get(layer.get(id)).add(id));
        for (int sweep = 0; sweep < ORDERING_SWEEPS; sweep++) {
            for (int i = 0; i < layers.size(); i++) {
                reorder(layers, i);
            }
        }
        return layers;
    }

    /** Sorts one layer by the weighted mean relative position of the namespaces it connects to in other layers. */
    private void reorder(List<List<String>> layers, int index) {
        Map<String, Double> position = new HashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            if (i == index) {
                continue;
            }
            List<String> l = layers.get(i);
            for (int j = 0; j < l.size(); j++) {
                position.put(l.get(j), (j + 0.5) / l.size());
            }
        }
        List<String> current = layers.get(index);
        Map<String, Double> key = new HashMap<>();
        for (int j = 0; j < current.size(); j++) {
            String id = current.get(j);
            double sum = 0;
            double total = 0;
            for (Map.Entry<String, Integer> w : weights.getOrDefault(id, Map.of()).entrySet()) {
                Double p = position.get(w.getKey());
                if (p != null) {
                    sum += p * w.getValue();
                    total += w.getValue();
                }
            }
            key.put(id, total > 0 ? sum / total : (j + 0.5) / current.size());
        }
        List<String> sorted = new ArrayList<>(current);
        sorted.sort(Comparator.comparingDouble((String id) -> key.get(id)).thenComparing(ids::indexOf));
        layers.set(index, sorted);
    }
}
