package io.opencenter.installer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opencenter.installer.preflight.PreflightReport;
import io.opencenter.installer.provision.PlannedResource;
import io.opencenter.installer.provision.ProvisioningPlan;
import io.opencenter.installer.provision.ResourceKind;
import io.opencenter.installer.provision.apply.CriticalPath;
import io.opencenter.installer.spec.Finding;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@code plan} prints: the resource table (kind, name, what it depends on), counts per kind, the findings
 * and quota table of preflight, and the estimated duration, as text or as preflight's JSON plus
 * {@code resources}, {@code counts} and {@code estimate}.
 */
record PlanReport(ProvisioningPlan plan, List<Finding> findings, PreflightReport preflight, CriticalPath estimate,
                  boolean serialized, int parallelism) {
    private static final String ROW = "%-20s %-32s %s%n";

    boolean valid() {
        return findings.stream().noneMatch(Finding::isError);
    }

    void printText(PrintWriter out) {
        out.println("Plan for cluster " + plan.cluster() + ": " + plan.resources().size() + " resources");
        out.println();
        out.printf(ROW, "KIND", "NAME", "DEPENDS ON");
        for (PlannedResource r : plan.resources()) {
            String deps = r.dependsOn().isEmpty() ? "-" : r.dependsOn().stream().map(this::describe)
                    .collect(Collectors.joining(", "));
            out.printf(ROW, kind(r.kind()), r.name(), deps);
        }
        out.println();
        out.println("Resources: " + counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ")));
        FindingsReport.print(out, FindingsReport.Format.TEXT, valid(), findings);
        QuotaTable.print(out, preflight.quotaTable());
        out.println();
        out.println("Estimated duration: about " + Durations.format(estimate.length()) + " (longest chain: "
                + estimate.chain().size() + " steps, " + (serialized ? "Neutron calls one at a time" : "Neutron calls in parallel")
                + ", parallelism " + parallelism + ")");
        out.flush();
    }

    String json() {
        ObjectMapper mapper = new ObjectMapper();
        try {
            ObjectNode doc = (ObjectNode) mapper.readTree(PreflightCommand.json(valid(), findings, preflight.quotaTable()));
            ArrayNode resources = doc.putArray("resources");
            for (PlannedResource r : plan.resources()) {
                ObjectNode n = resources.addObject();
                n.put("key", r.key());
                n.put("kind", kind(r.kind()));
                n.put("name", r.name());
                r.dependsOn().forEach(n.putArray("dependsOn")::add);
                if (r.dependsOn().isEmpty()) {
                    n.putArray("dependsOn");
                }
            }
            ObjectNode counts = doc.putObject("counts");
            counts().forEach(counts::put);
            ObjectNode est = doc.putObject("estimate");
            est.put("seconds", estimate.length().toSeconds());
            estimate.chain().forEach(est.putArray("criticalPath")::add);
            est.put("serializeApiCalls", serialized);
            est.put("parallelism", parallelism);
            return mapper.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the plan as JSON", e);
        }
    }

    /** Kinds the plan has, in the order resources are created. */
    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        List<ResourceKind> order = new ArrayList<>();
        plan.resources().forEach(r -> {
            if (!order.contains(r.kind())) {
                order.add(r.kind());
            }
        });
        order.forEach(k -> counts.put(kind(k), plan.count(k)));
        return counts;
    }

    private String describe(String key) {
        return plan.resource(key).map(r -> kind(r.kind()) + " " + r.name()).orElse(key);
    }

    static String kind(ResourceKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
