package com.rotadesk.app.desk;

import com.rotadesk.model.ActionRejectedException;
import com.rotadesk.model.Action;
import com.rotadesk.model.ConsultantStatus;
import com.rotadesk.model.PassReason;
import com.rotadesk.model.Refusal;
import com.rotadesk.model.Policy;
import com.rotadesk.model.VisitSource;
import com.rotadesk.model.VisitType;
import com.rotadesk.model.engine.OfficeEngine;
import com.rotadesk.persistence.StoreException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every word the desk shows exists in Chinese and in English, and neither bundle carries keys the other lacks. */
class DeskBundlesTest {
    private static final ResourceBundle.Control EXACT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private static Set<String> keys(Locale locale) {
        return Set.copyOf(ResourceBundle.getBundle("com.rotadesk.app.desk.desk", locale, EXACT).keySet());
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(keys(Locale.SIMPLIFIED_CHINESE)).containsExactlyInAnyOrderElementsOf(keys(Locale.ENGLISH));
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> used = new HashSet<>();
        Pattern literal = Pattern.compile("(?:t|texts)\\.get\\(\"([A-Za-z0-9.\\-]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/rotadesk/app/desk"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        for (ConsultantStatus s : ConsultantStatus.values()) {
            used.add("status." + s.code());
        }
        for (VisitType v : VisitType.values()) {
            used.add("type." + v.code());
        }
        for (VisitSource v : VisitSource.values()) {
            used.add("source." + v.code());
        }
        for (PassReason r : PassReason.values()) {
            used.add("pass." + r.code());
        }
        for (StoreException.Problem p : StoreException.Problem.values()) {
            used.add("error." + p.name());
        }
        for (Refusal r : Refusal.values()) {
            used.add(r.key());
        }
        Policy.KEYS.forEach(k -> used.add("policy." + k));
        com.rotadesk.model.PolicySetting.ALL.forEach(s -> s.choices().forEach(v -> used.add("value." + v)));
        used.add("value.true");
        used.add("value.false");

        assertThat(used).hasSizeGreaterThan(60);
        assertThat(keys(Locale.ENGLISH)).containsAll(used);
        assertThat(keys(Locale.SIMPLIFIED_CHINESE)).containsAll(used);
    }

    @Test
    void everyRefusalNamesInEachLanguageWhatTheEngineNames() {
        Object[] markers = {"⟨0⟩", "⟨1⟩", "⟨2⟩"};
        for (Refusal r : Refusal.values()) {
            String english = new ActionRejectedException(r, markers).getMessage();
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                String words = new Texts(locale).refusal(new ActionRejectedException(r, markers));
                for (Object marker : markers) {
                    assertThat(words.contains((String) marker))
                            .as("%s in %s mentions %s exactly when the engine's sentence does", r, locale, marker)
                            .isEqualTo(english.contains((String) marker));
                }
            }
        }
    }

    @Test
    void aRefusalFromTheEngineReadsInChinese() {
        OfficeEngine engine = new OfficeEngine(Policy.defaults());
        engine.apply(new Action.SetRoster(DAY.atTime(8, 0), List.of("张伟", "李娜")));
        engine.apply(new Action.StartDay(DAY));
        ActionRejectedException refused = catchThrowableOfType(ActionRejectedException.class,
                () -> engine.apply(new Action.SignOut(DAY.atTime(9, 0), "李娜")));

        assertThat(refused.refusal()).isEqualTo(Refusal.NOT_SIGNED_IN);
        assertThat(Feedback.describe(new Texts(Locale.SIMPLIFIED_CHINESE), refused, Path.of("data")))
                .isEqualTo("无法操作：李娜 尚未签到");

        // a visit is named by the visitor and their number, never by the desk's internal handle
        engine.apply(new Action.SignIn(DAY.atTime(9, 0), "张伟", null));
        engine.apply(new Action.CheckIn(DAY.atTime(9, 5), com.rotadesk.model.Channel.WALK_IN, "visit-1764566400123",
                new com.rotadesk.model.Registration("王先生", "13800000001", 1, com.rotadesk.model.VisitSource.WALK_IN),
                null, null, null, null, List.of()));
        engine.apply(new Action.EndVisit(DAY.atTime(9, 30), "visit-1764566400123"));
        ActionRejectedException left = catchThrowableOfType(ActionRejectedException.class,
                () -> engine.apply(new Action.EndVisit(DAY.atTime(9, 31), "visit-1764566400123")));
        assertThat(Feedback.describe(new Texts(Locale.SIMPLIFIED_CHINESE), left, Path.of("data")))
                .isEqualTo("无法操作：客户 王先生（1 号） 已经离开");
    }

    @Test
    void aFullDiskIsToldAsSuchWithNothingConfirmedLost() {
        StoreException full = new StoreException(StoreException.Problem.DISK_FULL, "could not save check-in: the disk is full",
                new java.io.IOException("No space left on device"));

        assertThat(Feedback.describe(new Texts(Locale.SIMPLIFIED_CHINESE), full, Path.of("data")))
                .isEqualTo("磁盘已满。已确认的操作都已保存；请清理空间后重试。");
    }
}
