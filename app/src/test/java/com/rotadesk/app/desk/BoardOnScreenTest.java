package com.rotadesk.app.desk;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board takes the screen it opens on, not the small opening screen's place: where nothing maximizes the window
 * (an X server without a window manager, a kiosk), the board was left where the opening screen had been centred,
 * its right half off the screen.
 */
class BoardOnScreenTest extends DeskRobot {
    @Test
    void givenTheOpeningScreen_whenTheBoardReplacesIt_theWholeBoardIsOnTheScreenEvenNotMaximized() throws Exception {
        office(List.of("谢铁峰", "徐娅"));
        openDesk("2026-11-23T10:42:00");

        Stage window = (Stage) lookup(".next-banner").query().getScene().getWindow();
        // as where nothing maximizes it, or once the receptionist restores it: where the window itself stands
        interact(() -> window.setMaximized(false));
        WaitForAsyncUtils.waitForFxEvents();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(window.getX()).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(window.getY()).isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(window.getX() + window.getWidth()).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(window.getY() + window.getHeight()).isLessThanOrEqualTo(screen.getMaxY());
    }
}
