package io.opencenter.installer.preflight;

/**
 * One row of the quota table. {@code part} is {@link #INFRASTRUCTURE} (what the plan creates) or
 * {@link #ADDONS} (what the platform services claim once running). {@code limit} -1 means unlimited.
 * An add-on row is {@code ok} only when the infrastructure and the add-ons fit together.
 */
public record QuotaLine(String resource, String part, long needed, long inUse, long limit, boolean ok) {
    public static final String INFRASTRUCTURE = "infrastructure";
    public static final String ADDONS = "add-ons";

    public boolean unlimited() {
        return limit < 0;
    }
}
