package io.opencenter.installer.kube;

/**
 * One entry of an object's {@code metadata.managedFields}: which manager owns fields of it, through which operation
 * ({@code Apply} for server-side apply, {@code Update} for everything else) and on which subresource ("" for the
 * object itself, "status" for its status).
 */
public record FieldOwner(String manager, String operation, String subresource) {

    public FieldOwner {
        subresource = subresource == null ? "" : subresource;
    }

    public boolean isApply() {
        return "Apply".equals(operation);
    }
}
