import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up benchmark's yardstick: a bare JavaFX window (one label), shown and rendered once the way the desk's
 * --smoke renders its board, then the time of that first frame printed and exit.
 */
public final class BareWindow {
    /**
     * Launches the window. The main class must not itself be an Application: from a class path, the JDK's launcher
     * refuses one ("JavaFX runtime components are missing"), as the desk's own DeskLauncher avoids too.
     */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("RotaDesk")), 1600, 900);
            stage.setScene(scene);
            stage.show();
            Platform.runLater(() -> {
                scene.snapshot(null);
                System.out.println("first frame at " + System.currentTimeMillis() + " ms since the epoch");
                Platform.exit();
                System.exit(0);
            });
        }
    }
}
