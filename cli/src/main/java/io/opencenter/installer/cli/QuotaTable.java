package io.opencenter.installer.cli;

import io.opencenter.installer.preflight.QuotaLine;
import java.io.PrintWriter;
import java.util.List;

/** The preflight quota table as aligned text: needed / in use / limit per quota, infrastructure and add-ons. */
final class QuotaTable {
    private static final String ROW = "%-20s %-15s %8s %8s %10s  %s";

    private QuotaTable() {}

    static void print(PrintWriter out, List<QuotaLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.println();
        out.println(String.format(ROW, "QUOTA", "PART", "NEEDED", "IN USE", "LIMIT", "").stripTrailing());
        for (QuotaLine l : lines) {
            out.println(String.format(ROW, l.resource(), l.part(), l.needed(), l.inUse(),
                    l.unlimited() ? "unlimited" : l.limit(), l.ok() ? "ok" : "SHORT"));
        }
        out.flush();
    }
}
