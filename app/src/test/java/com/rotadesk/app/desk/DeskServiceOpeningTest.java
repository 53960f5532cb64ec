package com.rotadesk.app.desk;

import com.rotadesk.persistence.OfficeStore;
import com.rotadesk.persistence.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The desk's service over a folder that is still opening: what is asked meanwhile is answered once it is open,
 * closing waits for it (so the folder is released), and a folder that failed to open closes without a fuss.
 */
class DeskServiceOpeningTest {
    @TempDir
    Path folder;

    @Test
    void askedWhileOpeningAnsweredOnceOpen() throws Exception {
        CompletableFuture<OfficeStore> opening = new CompletableFuture<>();
        DeskService service = new DeskService(opening, Clock.systemDefaultZone(), folder);

        CompletableFuture<Boolean> empty = service.isEmpty();
        assertThat(service.folder()).as("the folder being opened, without waiting").isEqualTo(folder);
        Thread.sleep(100);
        assertThat(empty).as("waits for the store").isNotDone();

        opening.complete(OfficeStore.open(folder));
        assertThat(empty.get(10, TimeUnit.SECONDS)).isTrue();
        service.close();
        try (OfficeStore again = OfficeStore.open(folder)) {
            assertThat(again.isEmpty()).as("the folder was released").isTrue();
        }
    }

    @Test
    void closedWhileOpeningWaitsAndReleasesTheFolder() throws Exception {
        CompletableFuture<OfficeStore> opening = CompletableFuture.supplyAsync(() -> OfficeStore.open(folder));
        DeskService service = new DeskService(opening, Clock.systemDefaultZone(), folder);

        service.close();

        assertThat(opening).isDone();
        try (OfficeStore again = OfficeStore.open(folder)) {
            assertThat(again.isEmpty()).isTrue();
        }
    }

    @Test
    void aFolderThatFailedToOpenClosesWithoutAFuss() {
        CompletableFuture<OfficeStore> opening = CompletableFuture.failedFuture(
                new StoreException(StoreException.Problem.LOCKED, "another desk has it"));
        DeskService service = new DeskService(opening, Clock.systemDefaultZone(), folder);

        assertThatCode(service::close).doesNotThrowAnyException();
    }
}
