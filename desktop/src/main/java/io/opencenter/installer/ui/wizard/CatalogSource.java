package io.opencenter.installer.ui.wizard;

import io.opencenter.installer.platform.Catalog;
import java.util.function.Supplier;

/**
 * The platform catalog, read on first use (not at start-up: the Welcome page does not need it). Thread-safe:
 * pages ask for it from background tasks.
 */
public final class CatalogSource implements Supplier<Catalog> {
    private final Supplier<Catalog> loader;
    private volatile Catalog catalog;

    public CatalogSource(Supplier<Catalog> loader) {
        this.loader = loader;
    }

    @Override
    public Catalog get() {
        Catalog c = catalog;
        if (c == null) {
            synchronized (this) {
                c = catalog;
                if (c == null) {
                    c = loader.get();
                    catalog = c;
                }
            }
        }
        return c;
    }
}
