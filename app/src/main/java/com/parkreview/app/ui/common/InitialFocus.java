package com.parkreview.app.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * The focus a screen gives when it appears. A node inside a scroll pane is not part of the scene
 * until the pane's skin is made at the next layout pass, and asking for the focus before that is
 * silently ignored; so the request waits until the node is in a scene.
 */
public final class InitialFocus {

    private InitialFocus() {
    }

    /** {@code node} gets the focus as soon as it is part of a scene (at once if it already is). */
    public static void give(Node node) {
        if (node.getScene() != null) {
            node.requestFocus();
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> scene, Scene before, Scene now) {
                if (now != null) {
                    scene.removeListener(this);
                    // Asked after the pass that attached it, so the rest of the screen is in place too.
                    Platform.runLater(node::requestFocus);
                }
            }
        });
    }
}
