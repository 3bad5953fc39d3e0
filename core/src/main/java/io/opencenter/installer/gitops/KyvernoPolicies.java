package io.opencenter.installer.gitops;

import static io.opencenter.installer.gitops.Yaml.map;
import static io.opencenter.installer.gitops.Yaml.object;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.opencenter.installer.platform.ServiceDef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Pod Security Standards as Kyverno ClusterPolicies, one per check the catalog names ({@code kyverno.policies}),
 * written here from the standard's text (kubernetes.io/docs/concepts/security/pod-security-standards).
 *
 * <p>Every rule runs in <b>Audit</b> mode ({@code failureAction: Audit}): a new cluster's own platform charts
 * (the CSI node plugin, MetalLB's speakers, Promtail, node exporters) need host access the standard forbids, and an
 * Enforce policy would stop them from starting before anyone could grant an exception. Audit records each violation
 * in a PolicyReport instead, which the operator reviews before switching a policy to Enforce.
 */
final class KyvernoPolicies {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String CONTAINERS = "request.object.spec.[ephemeralContainers, initContainers, containers][]";

    /** One check: its level, what it requires, and its rules' {@code validate} bodies (YAML). */
    private record Check(String level, String title, String description, Map<String, String> rules) {}

    private static final Map<String, Check> CHECKS = new LinkedHashMap<>();

    static {
        baseline("disallow-capabilities", "Only the baseline capabilities may be added",
                "Containers may add only the capabilities the baseline level allows (AUDIT_WRITE, CHOWN, ...).",
                "adding-capabilities", """
                        message: Adding a capability outside the baseline set is not allowed.
                        deny:
                          conditions:
                            all:
                              - key: "{{ %s.securityContext.capabilities.add[] }}"
                                operator: AnyNotIn
                                value: [AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD,
                                        NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT]
                        """.formatted(CONTAINERS));
        baseline("disallow-host-namespaces", "No host namespaces",
                "Pods must not share the node's network, PID or IPC namespace.", "host-namespaces", """
                        message: hostNetwork, hostIPC and hostPID must be unset or false.
                        pattern:
                          spec:
                            =(hostNetwork): false
                            =(hostIPC): false
                            =(hostPID): false
                        """);
        baseline("disallow-host-path", "No hostPath volumes",
                "Pods must not mount folders of the node.", "host-path", """
                        message: hostPath volumes are not allowed.
                        pattern:
                          spec:
                            =(volumes):
                              - X(hostPath): "null"
                        """);
        baseline("disallow-host-ports", "No host ports",
                "Containers must not bind ports of the node.", "host-ports", """
                        message: hostPort must be unset or 0.
                        pattern:
                          spec:
                            =(ephemeralContainers):
                              - =(ports):
                                  - =(hostPort): 0
                            =(initContainers):
                              - =(ports):
                                  - =(hostPort): 0
                            containers:
                              - =(ports):
                                  - =(hostPort): 0
                        """);
        baseline("disallow-host-process", "No Windows HostProcess containers",
                "Pods must not run as Windows HostProcess containers (full access to the node).", "host-process", """
                        message: windowsOptions.hostProcess must be unset or false.
                        pattern:
                          spec:
                            =(securityContext):
                              =(windowsOptions):
                                =(hostProcess): false
                            =(ephemeralContainers):
                              - =(securityContext):
                                  =(windowsOptions):
                                    =(hostProcess): false
                            =(initContainers):
                              - =(securityContext):
                                  =(windowsOptions):
                                    =(hostProcess): false
                            containers:
                              - =(securityContext):
                                  =(windowsOptions):
                                    =(hostProcess): false
                        """);
        baseline("disallow-privileged-containers", "No privileged containers",
                "Containers must not run privileged.", "privileged-containers",
                containerPattern("Privileged containers are not allowed.", "=(privileged): false"));
        baseline("disallow-proc-mount", "Default /proc mount only",
                "Containers must keep the default masked /proc.", "proc-mount",
                containerPattern("procMount must be unset or Default.", "=(procMount): Default"));
        baseline("disallow-selinux", "No custom SELinux options",
                "Pods may set only the container SELinux types and never a user or role.", "selinux-type", """
                        message: The SELinux type must be container_t, container_init_t or container_kvm_t.
                        deny:
                          conditions:
                            any:
                              - key: "{{ [request.object.spec.securityContext.seLinuxOptions.type, %s.securityContext.seLinuxOptions.type][] }}"
                                operator: AnyNotIn
                                value: [container_t, container_init_t, container_kvm_t]
                        """.formatted(CONTAINERS));
        CHECKS.get("disallow-selinux").rules().put("selinux-user-role", """
                message: SELinux user and role must not be set.
                deny:
                  conditions:
                    any:
                      - key: "{{ length([request.object.spec.securityContext.seLinuxOptions.[user, role], %s.securityContext.seLinuxOptions.[user, role]][][] || `[]`) }}"
                        operator: GreaterThan
                        value: 0
                """.formatted(CONTAINERS));
        baseline("restrict-apparmor-profiles", "Default or local AppArmor profiles only",
                "The AppArmor profile may only be the runtime default or one loaded on the node.", "apparmor", """
                        message: The AppArmor profile must be RuntimeDefault or Localhost.
                        deny:
                          conditions:
                            any:
                              - key: "{{ [request.object.spec.securityContext.appArmorProfile.type, %s.securityContext.appArmorProfile.type][] }}"
                                operator: AnyNotIn
                                value: [RuntimeDefault, Localhost]
                        """.formatted(CONTAINERS));
        baseline("restrict-seccomp", "No Unconfined seccomp",
                "When set, the seccomp profile may only be the runtime default or one on the node.", "seccomp", """
                        message: The seccomp profile type must be RuntimeDefault or Localhost when set.
                        deny:
                          conditions:
                            any:
                              - key: "{{ [request.object.spec.securityContext.seccompProfile.type, %s.securityContext.seccompProfile.type][] }}"
                                operator: AnyNotIn
                                value: [RuntimeDefault, Localhost]
                        """.formatted(CONTAINERS));
        baseline("restrict-sysctls", "Safe sysctls only",
                "Pods may set only the namespaced sysctls the standard lists as safe.", "sysctls", """
                        message: Only the safe sysctls may be set.
                        deny:
                          conditions:
                            any:
                              - key: "{{ request.object.spec.securityContext.sysctls[].name }}"
                                operator: AnyNotIn
                                value: [kernel.shm_rmid_forced, net.ipv4.ip_local_port_range,
                                        net.ipv4.ip_unprivileged_port_start, net.ipv4.tcp_syncookies,
                                        net.ipv4.ping_group_range, net.ipv4.ip_local_reserved_ports,
                                        net.ipv4.tcp_keepalive_time, net.ipv4.tcp_fin_timeout,
                                        net.ipv4.tcp_keepalive_intvl, net.ipv4.tcp_keepalive_probes]
                        """);
        restricted("disallow-capabilities-strict", "Drop all capabilities",
                "Containers must drop ALL capabilities and may add back only NET_BIND_SERVICE.", "drop-all", """
                        message: Every container must drop ALL capabilities.
                        foreach:
                          - list: "request.object.spec.[ephemeralContainers, initContainers, containers][]"
                            deny:
                              conditions:
                                all:
                                  - key: ALL
                                    operator: AnyNotIn
                                    value: "{{ element.securityContext.capabilities.drop[] || `[]` }}"
                        """);
        CHECKS.get("disallow-capabilities-strict").rules().put("add-only-net-bind-service", """
                message: Only NET_BIND_SERVICE may be added.
                deny:
                  conditions:
                    all:
                      - key: "{{ %s.securityContext.capabilities.add[] }}"
                        operator: AnyNotIn
                        value: [NET_BIND_SERVICE]
                """.formatted(CONTAINERS));
        restricted("disallow-privilege-escalation", "No privilege escalation",
                "Containers must set allowPrivilegeEscalation to false.", "privilege-escalation", """
                        message: allowPrivilegeEscalation must be false.
                        pattern:
                          spec:
                            =(ephemeralContainers):
                              - securityContext:
                                  allowPrivilegeEscalation: false
                            =(initContainers):
                              - securityContext:
                                  allowPrivilegeEscalation: false
                            containers:
                              - securityContext:
                                  allowPrivilegeEscalation: false
                        """);
        restricted("require-run-as-non-root-user", "No user id 0",
                "runAsUser, where set, must not be 0 (root).", "run-as-non-root-user", """
                        message: runAsUser must be unset or greater than 0.
                        pattern:
                          spec:
                            =(securityContext):
                              =(runAsUser): ">0"
                            =(ephemeralContainers):
                              - =(securityContext):
                                  =(runAsUser): ">0"
                            =(initContainers):
                              - =(securityContext):
                                  =(runAsUser): ">0"
                            containers:
                              - =(securityContext):
                                  =(runAsUser): ">0"
                        """);
        restricted("require-run-as-nonroot", "Run as non-root",
                "runAsNonRoot must be true for the pod, or for every container.", "run-as-non-root", """
                        message: runAsNonRoot must be true for the pod or for each container.
                        anyPattern:
                          - spec:
                              securityContext:
                                runAsNonRoot: true
                              =(ephemeralContainers):
                                - =(securityContext):
                                    =(runAsNonRoot): true
                              =(initContainers):
                                - =(securityContext):
                                    =(runAsNonRoot): true
                              containers:
                                - =(securityContext):
                                    =(runAsNonRoot): true
                          - spec:
                              =(ephemeralContainers):
                                - securityContext:
                                    runAsNonRoot: true
                              =(initContainers):
                                - securityContext:
                                    runAsNonRoot: true
                              containers:
                                - securityContext:
                                    runAsNonRoot: true
                        """);
        restricted("restrict-seccomp-strict", "Seccomp required",
                "A RuntimeDefault or Localhost seccomp profile must be set for the pod or every container.",
                "seccomp-required", """
                        message: Set seccompProfile.type to RuntimeDefault or Localhost.
                        anyPattern:
                          - spec:
                              securityContext:
                                seccompProfile:
                                  type: RuntimeDefault | Localhost
                          - spec:
                              =(ephemeralContainers):
                                - securityContext:
                                    seccompProfile:
                                      type: RuntimeDefault | Localhost
                              =(initContainers):
                                - securityContext:
                                    seccompProfile:
                                      type: RuntimeDefault | Localhost
                              containers:
                                - securityContext:
                                    seccompProfile:
                                      type: RuntimeDefault | Localhost
                        """);
        restricted("restrict-volume-types", "Restricted volume types",
                "Pods may use only volumes that give no access to the node.", "volume-types", """
                        message: "Only configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected and secret volumes are allowed."
                        deny:
                          conditions:
                            all:
                              - key: "{{ request.object.spec.volumes[].keys(@)[] || `[]` }}"
                                operator: AnyNotIn
                                value: [name, configMap, csi, downwardAPI, emptyDir, ephemeral,
                                        persistentVolumeClaim, projected, secret]
                        """);
    }

    private KyvernoPolicies() {}

    /** File name → ClusterPolicy, for exactly the policies {@code kyverno} names, in its order. */
    static Map<String, Map<String, Object>> of(ServiceDef kyverno) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (String name : kyverno.policies()) {
            Check check = CHECKS.get(name);
            if (check == null) {
                throw new IllegalStateException("the catalog names the Kyverno policy " + name
                        + ", which the repository generator does not write; known: " + CHECKS.keySet());
            }
            out.put(name + ".yaml", policy(name, check));
        }
        return out;
    }

    private static Map<String, Object> policy(String name, Check check) {
        Map<String, Object> policy = object("kyverno.io/v1", "ClusterPolicy", name, null, "spec", map(
                "background", true,
                "rules", check.rules().entrySet().stream().map(r -> rule(r.getKey(), r.getValue())).toList()));
        OwnManifests.addAnnotation(policy, "policies.kyverno.io/title", check.title());
        OwnManifests.addAnnotation(policy, "policies.kyverno.io/category", "Pod Security Standards ("
                + check.level() + ")");
        OwnManifests.addAnnotation(policy, "policies.kyverno.io/subject", "Pod");
        OwnManifests.addAnnotation(policy, "policies.kyverno.io/description", check.description());
        return policy;
    }

    private static Map<String, Object> rule(String name, String validateYaml) {
        Map<String, Object> validate = parse(validateYaml);
        validate.put("failureAction", "Audit");
        return map(
                "name", name,
                "match", map("any", List.of(map("resources", map("kinds", List.of("Pod"))))),
                // a deleted pod is not checked: its spec no longer matters
                "preconditions", map("all", List.of(map("key", "{{ request.operation || 'BACKGROUND' }}",
                        "operator", "NotEquals", "value", "DELETE"))),
                "validate", validate);
    }

    private static Map<String, Object> parse(String yaml) {
        try {
            return YAML.readValue(yaml, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String containerPattern(String message, String condition) {
        String each = "=(securityContext):\n" + "    " + condition;
        return "message: " + message + "\npattern:\n  spec:\n"
                + "    =(ephemeralContainers):\n      - " + each.replace("\n", "\n        ") + "\n"
                + "    =(initContainers):\n      - " + each.replace("\n", "\n        ") + "\n"
                + "    containers:\n      - " + each.replace("\n", "\n        ") + "\n";
    }

    private static void baseline(String name, String title, String description, String rule, String validate) {
        add(name, "Baseline", title, description, rule, validate);
    }

    private static void restricted(String name, String title, String description, String rule, String validate) {
        add(name, "Restricted", title, description, rule, validate);
    }

    private static void add(String name, String level, String title, String description, String rule,
                            String validate) {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put(rule, validate);
        CHECKS.put(name, new Check(level, title, description, rules));
    }
}
