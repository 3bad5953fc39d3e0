package io.opencenter.installer.topology;

import java.util.List;

/**
 * The title block: cluster name and profile, plus the cluster's key facts when the config gives them.
 *
 * @param controlPlaneCount null when unknown
 * @param workerCount       sum over the worker pools; null when unknown
 * @param apiVip            null when unknown
 * @param title             "{@code <cluster> — <profile> profile}", large and bold
 * @param facts             one line such as "3 control-plane · 5 workers · API VIP 10.20.0.10"; null when no facts
 */
public record DiagramHeader(String clusterName, String profile, Integer controlPlaneCount, Integer workerCount,
                            String apiVip, String kubernetesVersion, TextLabel title, TextLabel facts) {

    /** The facts, each as short text, in display order. */
    public static List<String> factsText(Integer controlPlaneCount, Integer workerCount, String apiVip,
                                         String kubernetesVersion) {
        List<String> parts = new java.util.ArrayList<>();
        if (kubernetesVersion != null) {
            parts.add("Kubernetes " + kubernetesVersion);
        }
        if (controlPlaneCount != null) {
            parts.add(controlPlaneCount + " control-plane");
        }
        if (workerCount != null) {
            parts.add(workerCount + (workerCount == 1 ? " worker" : " workers"));
        }
        if (apiVip != null) {
            parts.add("API VIP " + apiVip);
        }
        return parts;
    }
}
