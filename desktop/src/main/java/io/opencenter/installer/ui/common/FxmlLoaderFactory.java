package io.opencenter.installer.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * The one place FXML is loaded. Controllers come from {@code controllers}, so they get their collaborators through
 * constructors; an FXML naming a controller that has no factory fails loudly instead of being built reflectively.
 */
public final class FxmlLoaderFactory {
    private final ResourceBundle bundle;
    private final Map<Class<?>, Supplier<?>> controllers;

    public FxmlLoaderFactory(ResourceBundle bundle, Map<Class<?>, Supplier<?>> controllers) {
        this.bundle = bundle;
        this.controllers = Map.copyOf(controllers);
    }

    public <C> Loaded<C> load(FxmlFile file, Class<C> controllerType) {
        URL url = FxmlLoaderFactory.class.getResource(file.resource());
        if (url == null) {
            throw new IllegalStateException("missing FXML resource " + file.resource());
        }
        FXMLLoader loader = new FXMLLoader(url, bundle);
        loader.setControllerFactory(this::controllerFor);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + file.resource() + ": " + e.getMessage(), e);
        }
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    private Object controllerFor(Class<?> type) {
        Supplier<?> supplier = controllers.get(type);
        if (supplier == null) {
            throw new IllegalStateException("no controller factory registered for " + type.getName());
        }
        return supplier.get();
    }

    /** A loaded FXML tree and its controller. */
    public record Loaded<C>(Parent root, C controller) {}
}
