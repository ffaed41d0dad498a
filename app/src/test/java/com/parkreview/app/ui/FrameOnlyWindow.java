package com.parkreview.app.ui;

import com.parkreview.app.ui.common.UiText;
import com.parkreview.app.ui.common.ViewLoader;
import com.parkreview.app.ui.shell.MainWindowView;
import com.parkreview.app.ui.start.StartPageView;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The least a ParkReview start can do, timed as ParkReview's start is (JVM start to the first
 * frame of the shown window): its frame with the menus and its start page, loaded from their FXML
 * by the same loader, in the same theme, but with no database, no settings, no log, no classes
 * preloaded and nothing bound to the page. {@code StartupBenchmark} compares it with a bare window
 * to show what the views the client is built of cost by themselves.
 */
public final class FrameOnlyWindow {

    private FrameOnlyWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Map<Class<?>, Supplier<Object>> makers = Map.of(
                    MainWindowView.class, () -> new MainWindowView(doingNothing(MainWindowView.Actions.class)),
                    StartPageView.class, () -> new StartPageView(doingNothing(StartPageView.Actions.class)));
            ViewLoader loader = new ViewLoader(makers, UiText::bundle);
            Theme.install();
            ViewLoader.Loaded<MainWindowView> frame = loader.load(MainWindowView.class);
            stage.setScene(Theme.scene(frame.root()));
            frame.controller().show(loader.load(StartPageView.class).root());
            stage.setTitle(UiText.text("app.title"));
            FirstFrame.showAndReport(stage);
        }

        private static <T> T doingNothing(Class<T> actions) {
            return actions.cast(Proxy.newProxyInstance(actions.getClassLoader(), new Class<?>[] {actions},
                    (proxy, method, arguments) -> null));
        }
    }
}
