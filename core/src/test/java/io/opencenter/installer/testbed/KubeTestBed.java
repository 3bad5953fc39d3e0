package io.opencenter.installer.testbed;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The Kubernetes test bed's environment (testbed/kube/up.sh exports it) for the tests that run against it. */
public final class KubeTestBed {
    private KubeTestBed() {}

    /** The test bed's variable, or a skip naming it; under CI=true the test bed must be there, so it fails. */
    public static String required(String variable) {
        String value = System.getenv(variable);
        boolean present = value != null && !value.isBlank();
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(variable + " is not set: the Kubernetes test bed must be up under CI (testbed/kube/up.sh)");
        }
        assumeTrue(present, "Kubernetes test bed not up: " + variable + " is not set (run testbed/kube/up.sh)");
        return value;
    }
}
