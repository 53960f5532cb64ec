package com.rotadesk.app.desk;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a printer (none installed, or no print system at all) printing ends in words, not in an exception. */
class SheetPrinterTest {

    @Test
    void noPrinterInstalledIsAnOutcome() throws Exception {
        SheetPrinter printer = new SheetPrinter(() -> null, Runnable::run);
        assertThat(printer.print(List.of(), null, (page, pages) -> { }).get()).isEqualTo(SheetPrinter.Outcome.NO_PRINTER);
    }

    @Test
    void aPlatformWithoutPrintingIsNoPrinterToo() throws Exception {
        SheetPrinter printer = new SheetPrinter(() -> {
            throw new UnsupportedOperationException("no print pipeline");
        }, Runnable::run);
        assertThat(printer.print(List.of(), null, (page, pages) -> { }).get()).isEqualTo(SheetPrinter.Outcome.NO_PRINTER);
    }
}
