package io.opencenter.installer.platform;

/** Reads {@code platform/catalog.yaml}. (Implemented by the platform work item.) */
final class CatalogLoader {
    private CatalogLoader() {}

    static Catalog builtIn() {
        throw new UnsupportedOperationException("catalog loader not written yet");
    }
}
