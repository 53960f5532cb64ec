package com.rotadesk.app.desk;

import com.rotadesk.app.cli.CommandLine;
import com.rotadesk.model.review.ConsultantFigures;
import com.rotadesk.model.review.Difference;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manager at the desk (headless, by mouse and keys): Office → Month in review counts this month's hand-counted
 * days ({@code review/month.scenario}) and exports the files the command line writes; Office → What if… replays the
 * same days under other policies, and under the policies they ran with says it reproduces them exactly.
 */
class MonthInReviewAtTheDeskTest extends DeskRobot {
    private Path data;
    private Path cli;

    @BeforeEach
    void theHandCountedMonthAndTheCommandLinesReport() throws IOException {
        data = folder.resolve("data");
        cli = folder.resolve("cli");
        Path scenario = folder.resolve("month.scenario");
        try (InputStream in = MonthInReviewAtTheDeskTest.class.getResourceAsStream("/review/month.scenario")) {
            Files.copy(in, scenario);
        }
        CommandLine commands = new CommandLine();
        assertThat(commands.run("load-scenario", scenario.toString(), "--data-dir", data.toString()))
                .as(commands::err).isZero();
        // the command line first: the desk holds the folder's lock while it is open
        assertThat(commands.run("report", "--data-dir", data.toString(), "--from", "2026-11-01", "--to", "2026-11-30",
                "--format", "csv", "--out", cli.toString(), "--lang", "zh")).as(commands::err).isZero();
    }

    @Override
    Path dataFolder() {
        return data;
    }

    private String text(String query) {
        return lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> combo(String query) {
        return lookup(query).queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String query) {
        return lookup(query).queryAs(TableView.class);
    }

    @Test
    void theMonthInReviewShowsTheHandCountedFiguresAndExportsTheCommandLinesFiles() throws Exception {
        openDesk("2026-11-07T18:00:00");
        alt(KeyCode.O);
        menuItem("月度统计…");
        // this month at once
        TableView<ConsultantFigures> consultants = table(".review-consultants");
        waitUntil(() -> text(".review-summary").startsWith("2026-11-01 至 2026-11-30") && consultants.getItems().size() == 3
                && !text(".review-fairness").isEmpty());
        assertThat(text(".review-summary"))
                .isEqualTo("2026-11-01 至 2026-11-30：有记录 3 天 · 来访 27 组 · 来电 2 个 · 计轮次接待 21 · 成交 3");
        assertThat(consultants.getItems()).extracting(ConsultantFigures::consultant, ConsultantFigures::walkInTurns,
                ConsultantFigures::makeUpTurns, ConsultantFigures::violations, ConsultantFigures::deals)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("张伟", 9, 2, 1, 2),
                        org.assertj.core.groups.Tuple.tuple("李娜", 7, 2, 1, 1),
                        org.assertj.core.groups.Tuple.tuple("王芳", 3, 0, 2, 0));
        assertThat(text(".review-fairness")).contains("平均 2.0，最大 4");

        // last month has no records: said in words, nothing to export
        clickOn(".range-last-month");
        waitUntil(() -> text(".review-message").equals("2026年10月1日星期四 至 2026年10月31日星期六 没有任何记录。"));

        // back to this month, then export it: the very files of `rotadesk report`
        clickOn(".range-this-month");
        waitUntil(() -> text(".review-summary").contains("有记录 3 天") && text(".range-progress").isEmpty());
        Path desk = folder.resolve("desk");
        interact(() -> lookup(".report-folder").queryAs(TextField.class).setText(desk.toString()));
        clickOn(".report-export");
        waitUntil(() -> text(".report-message").startsWith("已写入 3 个文件"));
        String csv = "review-2026-11-01_2026-11-30.csv";
        assertThat(Files.readAllBytes(desk.resolve(csv))).isEqualTo(Files.readAllBytes(cli.resolve(csv)));
        assertThat(desk.resolve("review-2026-11-01_2026-11-30.pdf")).exists();
        assertThat(desk.resolve("review-2026-11-01_2026-11-30.xlsx")).exists();
    }

    @Test
    void whatIfReplaysTheMonthUnderOtherPoliciesAndUnderItsOwnReproducesIt() throws Exception {
        openDesk("2026-11-07T18:00:00");
        alt(KeyCode.O);
        menuItem("假如……（规则模拟）");
        waitUntil(() -> lookup(".whatif-tick-makeUpCap").tryQuery().isPresent());

        // nothing ticked: said in words
        clickOn(".range-go");
        waitUntil(() -> text(".review-message").equals("请至少勾选一条要修改的规则。"));

        clickOn(".whatif-tick-makeUpCap");
        interact(() -> lookup(".whatif-value-makeUpCap").queryAs(TextField.class).setText("2"));
        clickOn(".whatif-tick-busyPass");
        interact(() -> combo(".whatif-value-busyPass").setValue("forfeit"));
        clickOn(".range-go");
        TableView<Difference> differences = table(".whatif-differences");
        waitUntil(() -> text(".whatif-summary").contains("模拟 3 天") && differences.getItems().size() == 6);
        assertThat(text(".whatif-summary")).contains("重放 76 个操作，跳过 1 个，6 个接待分配不同，涉及 2 天");
        assertThat(differences.getItems().getFirst().first()).isTrue();

        // the rules the days ran with: the record, exactly
        clickOn(".whatif-tick-busyPass");
        interact(() -> lookup(".whatif-value-makeUpCap").queryAs(TextField.class).setText("1"));
        clickOn(".range-go");
        waitUntil(() -> text(".whatif-summary").contains("重放与原始记录完全一致") && differences.getItems().isEmpty());
        assertThat(text(".whatif-summary")).contains("跳过 0 个，0 个接待分配不同");

        // a number out of range is refused in words before anything runs
        interact(() -> lookup(".whatif-value-makeUpCap").queryAs(TextField.class).setText("200"));
        clickOn(".range-go");
        waitUntil(() -> text(".review-message").contains("200"));
    }
}
