package io.opencenter.installer.ui.wizard.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.opencenter.installer.install.CloudConnector;
import io.opencenter.installer.install.SharedSandbox;
import io.opencenter.installer.platform.Catalog;
import io.opencenter.installer.preflight.PreflightReport;
import io.opencenter.installer.preflight.QuotaLine;
import io.opencenter.installer.sandbox.SandboxCloudProvider;
import io.opencenter.installer.sandbox.SandboxOptions;
import io.opencenter.installer.spec.ClusterConfigs;
import io.opencenter.installer.spec.Finding;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pages' preflight against the real sandbox and client (no window). The connection test and discovery on the
 * sandbox are install's, tested in the sandbox module ({@code CloudsSandboxTest}).
 */
class RealPiecesTest {
    private final SharedSandbox sandbox = new SharedSandbox(new SandboxCloudProvider(
            SandboxOptions.builder().quota("instances", 4).build()));

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void preflightNamesTheShortQuotaInThePagesShape() {
        var connection = CloudConnector.standard().connect(sandbox.start(null).profile());
        CloudCheck check = PreflightRunners.of(Catalog::builtIn).run(ClusterConfigs.sandboxDefault(), connection);
        assertThat(check.hasErrors()).isTrue();
        assertThat(check.findings()).anyMatch(f -> f.isError() && f.message().startsWith("instances"));
        assertThat(check.quotas()).anyMatch(r -> r.resource().equals("instances") && !r.ok() && r.limit() == 4
                && r.needed() == 5);
    }

    @Test
    void quotaLinesKeepTheirPart() {
        CloudCheck check = PreflightRunners.toCheck(new PreflightReport(List.of(Finding.warning("x", "m", null)),
                List.of(new QuotaLine("volumes", QuotaLine.INFRASTRUCTURE, 5, 0, 10, true),
                        new QuotaLine("volumes", QuotaLine.ADDONS, 24, 0, 10, false))));
        assertThat(check.quotas()).extracting(CloudCheck.QuotaRow::part)
                .containsExactly(CloudCheck.QuotaRow.Part.INFRASTRUCTURE, CloudCheck.QuotaRow.Part.ADDONS);
        assertThat(check.hasErrors()).isFalse();
    }
}
