package com.parkreview.app.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view: its FXML beside its controller class ({@code XxxView.fxml} next to
 * {@code XxxView}), the UI strings of the current language, and the controller made by the
 * composition root. A controller it was not given a maker for is an error at once, not a
 * half-wired screen.
 */
public final class ViewLoader {

    private final Map<Class<?>, Supplier<Object>> controllers;
    private final Supplier<ResourceBundle> strings;

    public ViewLoader(Map<Class<?>, Supplier<Object>> controllers, Supplier<ResourceBundle> strings) {
        this.controllers = Map.copyOf(controllers);
        this.strings = strings;
    }

    /** The view's root node; its controller is {@code view}'s. */
    public <C> Loaded<C> load(Class<C> view) {
        return load(view, null);
    }

    /** Loads a view whose controller is made here, for this one screen (nested views' come from the makers). */
    public <C> Loaded<C> load(Class<C> view, Supplier<C> controller) {
        URL fxml = view.getResource(view.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("no " + view.getSimpleName() + ".fxml beside " + view.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, strings.get());
        loader.setControllerFactory(type -> {
            if (controller != null && type == view) {
                return controller.get();
            }
            Supplier<Object> maker = controllers.get(type);
            if (maker == null) {
                throw new IllegalStateException("no controller maker for " + type.getName());
            }
            return maker.get();
        });
        try {
            Parent root = loader.load();
            return new Loaded<>(root, view.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }

    /** A loaded view: its node and its controller. */
    public record Loaded<C>(Parent root, C controller) {
    }
}
