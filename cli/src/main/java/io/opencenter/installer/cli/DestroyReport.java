package io.opencenter.installer.cli;

import io.opencenter.installer.provision.CloudObject;
import io.opencenter.installer.provision.destroy.DestroyInventory;
import io.opencenter.installer.provision.destroy.DestroyResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** What destroy shows: the inventory by who made it, before asking, and afterwards what could not be removed. */
final class DestroyReport {
    private static final String ROW = "  %-20s %-40s %s%n";

    private DestroyReport() {}

    static void inventory(PrintWriter out, DestroyInventory inventory, String where) {
        out.println("Cluster " + inventory.cluster() + " on " + where + ": " + inventory.size()
                + " resource(s) to delete");
        group(out, "Created by the installer", inventory.installerCreated());
        group(out, "Created by the Cinder CSI driver (volumes of PersistentVolumeClaims)", inventory.csiCreated());
        group(out, "Created by the cloud controller manager (LoadBalancer Services)", inventory.ccmCreated());
        out.flush();
    }

    private static void group(PrintWriter out, String title, List<CloudObject> objects) {
        out.println();
        out.println(title + ": " + (objects.isEmpty() ? "none" : objects.size()));
        if (objects.isEmpty()) {
            return;
        }
        out.printf(ROW, "KIND", "NAME", "ID");
        for (CloudObject o : objects) {
            out.printf(ROW, kind(o), o.name().isEmpty() ? "-" : o.name(), o.id()
                    + (o.tagged() ? "" : "  (untagged leftover)"));
        }
    }

    /** @return whether nothing is left */
    static boolean result(PrintWriter out, PrintWriter err, DestroyResult result, String cluster) {
        if (result.leftovers().isEmpty() && !result.cancelled()) {
            out.println("destroyed: " + result.deleted().size() + " resource(s) of cluster " + cluster
                    + " removed; nothing is left");
            out.flush();
            return true;
        }
        if (!result.leftovers().isEmpty()) {
            err.println("could not remove " + result.leftovers().size() + " resource(s):");
            for (DestroyResult.Leftover l : result.leftovers()) {
                err.printf("  %-20s %-40s %s: %s%n", kind(l.object()), l.object().name(), l.object().id(), l.reason());
            }
        }
        if (result.cancelled()) {
            err.println("cancelled after removing " + result.deleted().size() + " resource(s)");
        }
        err.println("run destroy again to remove the rest (it is safe to repeat)");
        err.flush();
        return false;
    }

    static String kind(CloudObject o) {
        return o.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
