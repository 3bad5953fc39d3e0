package io.opencenter.installer.cli;

import io.opencenter.installer.install.CloudListing;
import io.opencenter.installer.install.Clouds;
import io.opencenter.installer.openstack.CloudAuth;
import io.opencenter.installer.openstack.CloudProfile;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the clouds of clouds.yaml (merged with secure.yaml), the one from the OS_* variables, "
                + "and the built-in sandbox; says which files were read. Never prints a secret.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed (problems with entries are printed as warnings)", "1:failure"})
final class CloudListCommand implements Callable<Integer> {
    private static final String ROW = "%-2s%-24s %-26s %-12s %-10s %s%n";

    private final Clouds clouds;

    CloudListCommand(Clouds clouds) {
        this.clouds = clouds;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CloudListing listing = clouds.list();
        out.println("Clouds files: " + listing.files());
        out.printf(ROW, "", "NAME", "AUTH", "REGION", "INTERFACE", "SOURCE");
        for (CloudProfile p : listing.clouds()) {
            String mark = p.name().equals(listing.defaultCloud()) ? "*" : "";
            out.printf(ROW, mark, p.name(), auth(p.auth()), p.regionName() == null ? "-" : p.regionName(),
                    p.interfaceOrDefault(), p.source() + (p.insecure() ? "  (WARNING: TLS verification off)" : ""));
        }
        out.println("  " + listing.sandbox() + ": built in, no credentials needed "
                + "(spec.cloud.sandbox: true in a config, or 'cloud test --sandbox')");
        if (listing.defaultCloud() != null) {
            out.println("* default cloud (OS_CLOUD, the OS_* variables, or the only entry)");
        }
        listing.findings().forEach(f -> out.println(FindingsReport.line(f)));
        out.flush();
        return ExitCodes.OK;
    }

    private static String auth(CloudAuth auth) {
        if (auth instanceof CloudAuth.ApplicationCredential) {
            return "application credential";
        }
        if (auth instanceof CloudAuth.Password p) {
            return "password (" + p.username() + ")";
        }
        return "token";
    }
}
