package com.rotadesk.app.desk;

import com.rotadesk.app.sheets.SheetExportException;
import com.rotadesk.persistence.StoreException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/** What the receptionist reads when the sheets fail: the cause in words, wherever in the chain it sits. */
class SheetFailuresTest {
    private static final Texts ZH = new Texts(Locale.SIMPLIFIED_CHINESE);
    private static final Texts EN = new Texts(Locale.ENGLISH);
    private static final Path DATA = Path.of("/data");
    private static final Path OUT = Path.of("/out");

    private static Throwable asTheExportThrowsIt(Throwable cause) {
        return new CompletionException(new SheetExportException("Could not write 2026-11-23.xlsx to /out: "
                + cause.getMessage(), cause));
    }

    @Test
    void aFullDiskIsSaidSo() {
        Throwable e = asTheExportThrowsIt(new UncheckedIOException(new IOException("No space left on device")));
        assertThat(SheetFailures.describe(ZH, e, DATA, OUT)).startsWith("/out 所在的磁盘已满");
        assertThat(SheetFailures.describe(EN, e, DATA, OUT)).startsWith("The disk of /out is full");
    }

    @Test
    void aFolderThatRefusesWritingIsNamed() {
        Throwable e = asTheExportThrowsIt(new AccessDeniedException("/out/.2026-11-23.xlsx.tmp"));
        assertThat(SheetFailures.describe(ZH, e, DATA, OUT)).isEqualTo("文件夹 /out 无法写入（没有权限或为只读），请换一个文件夹。");
    }

    @Test
    void theStoresOwnProblemsAreTheDesksUsualWords() {
        Throwable e = new CompletionException(new StoreException(StoreException.Problem.DISK_FULL, "disk full"));
        assertThat(SheetFailures.describe(ZH, e, DATA, OUT)).isEqualTo(ZH.get("error.DISK_FULL", DATA));
    }

    @Test
    void anythingElseIsALocalisedSentenceWithTheTechnicalReasonLeftToTheLog() {
        Throwable e = asTheExportThrowsIt(new IllegalStateException("font missing"));
        assertThat(SheetFailures.describe(ZH, e, DATA, OUT))
                .isEqualTo("导出没有完成，已写好的文件都保留。详细原因已写入日志。");
        // the preview writes nothing: no folder to blame, and it is not an export
        assertThat(SheetFailures.describe(ZH, e, DATA, null)).startsWith("这张报表无法生成。");
        assertThat(SheetFailures.describe(ZH, new RuntimeException("bug"), DATA, null))
                .isEqualTo(ZH.get("error.unexpected"));
    }
}
