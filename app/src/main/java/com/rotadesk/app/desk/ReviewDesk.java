package com.rotadesk.app.desk;

import javafx.application.Platform;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The manager's reports at the desk: Office → Month in review and Office → What if…, one window of each at a time
 * (a second call brings it to the front), sharing one thread for the work.
 */
final class ReviewDesk {
    private final Texts t;
    private final Window owner;
    private final DeskService service;
    private final ReviewWork work;
    private final Path folder;
    private MonthReviewWindow review;
    private WhatIfWindow whatIf;

    ReviewDesk(Texts t, Window owner, DeskService service) {
        this.t = t;
        this.owner = owner;
        this.service = service;
        this.work = new ReviewWork(service);
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        this.folder = Files.isDirectory(documents) ? documents : home;
    }

    /** The reports' own styles, beside the desk's theme. */
    static String stylesheet() {
        return ReviewDesk.class.getResource("review.css").toExternalForm();
    }

    /** The month in review on this month. */
    MonthReviewWindow review() {
        if (review != null && review.stage().isShowing()) {
            review.stage().toFront();
            return review;
        }
        review = new MonthReviewWindow(owner, t, service, work, folder).show();
        return review;
    }

    /** The simulator, its policies starting from today's; {@code ready} is told the window once it is shown. */
    void whatIf(java.util.function.Consumer<WhatIfWindow> ready) {
        if (whatIf != null && whatIf.stage().isShowing()) {
            whatIf.stage().toFront();
            ready.accept(whatIf);
            return;
        }
        service.policy().thenAccept(policy -> Platform.runLater(() -> {
            whatIf = new WhatIfWindow(owner, t, service, work, policy, folder).show();
            ready.accept(whatIf);
        }));
    }
}
