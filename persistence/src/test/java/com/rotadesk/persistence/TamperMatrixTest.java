package com.rotadesk.persistence;

import com.rotadesk.model.Action;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tamper matrix: each way of changing the record outside RotaDesk, and what {@code verify} says. Every row is
 * detected by an anchor in the folder, except a re-chain that also rewrote every anchor in the folder: only the
 * anchor printed on a signed sheet tells that one (and a read-table edit, which is no change of the record: the
 * store rebuilds it from the journal).
 */
class TamperMatrixTest {
    @TempDir
    Path folder;
    private ChainHead printed;
    @RegisterExtension
    final TestOffice target = new TestOffice(() -> folder);

    @BeforeEach
    void aWeekOfTheOfficeWithASignedSheetAndABackup() {
        List<Action> journal = CrashWriter.journal().subList(0, 300);
        try (OfficeStore store = target.open()) {
            journal.subList(0, 200).forEach(store::submit);
            if (target.h2()) {
                store.backup();
            }
            // the sheet the manager signed at the end of a day names this anchor
            printed = store.head();
            journal.subList(200, 300).forEach(store::submit);
        }
        assertThat(target.verify(List.of(printed)).findings()).isEmpty();
    }

    private void sql(String... statements) throws Exception {
        target.sql(statements);
    }

    private VerifyReport verify() {
        return target.verify(List.of());
    }

    @Test
    void editingAPastEntryIsNamed() throws Exception {
        sql("UPDATE journal SET payload = REPLACE(payload, 'party=1', 'party=5') WHERE seq = "
                + "(SELECT MIN(seq) FROM journal WHERE payload LIKE '%party=1%' AND seq > 50)");
        VerifyReport r = verify();
        assertThat(r.intact()).isFalse();
        assertThat(r.reason()).contains("was changed after it was written");
    }

    @Test
    void deletingAnEntryInTheMiddleIsNamed() throws Exception {
        sql("DELETE FROM journal WHERE seq = 120");
        assertThat(verify().reason()).isEqualTo("entry 120 is missing");
    }

    @Test
    void swappingTwoEntriesIsNamed() throws Exception {
        sql("UPDATE journal SET payload = CASE seq WHEN 60 THEN (SELECT payload FROM journal WHERE seq = 61)"
                + " ELSE (SELECT payload FROM journal WHERE seq = 60) END WHERE seq IN (60, 61)");
        assertThat(verify().firstBroken()).isEqualTo(60);
    }

    @Test
    void deletingTheNewestEntriesIsTruncation() throws Exception {
        sql("DELETE FROM journal WHERE seq > 297");
        VerifyReport r = verify();
        assertThat(r.intact()).isFalse();
        assertThat(r.reason()).contains("the journal ends at entry 297 but " + target.headAnchor() + " recorded entry 300")
                .contains("entries were deleted");
        if (target.h2()) {
            assertThat(r.anchors()).as("the backup before it still matches").anyMatch(a -> a.contains("matches"));
        }
    }

    @Test
    void aRechainedJournalDoesNotMatchTheFolderAnchors() throws Exception {
        rechainAfterEditing(150);
        VerifyReport r = verify();
        assertThat(r.intact()).as("the chain itself is consistent again; the head record is not").isFalse();
        assertThat(r.findings()).extracting(VerifyReport.Finding::reason)
                .anyMatch(f -> f.contains(target.headAnchor()) && f.contains("rewritten"));
        if (target.h2()) {
            assertThat(r.findings()).extracting(VerifyReport.Finding::reason)
                    .anyMatch(f -> f.contains("backup rotadesk-") && f.contains("rewritten"));
        }
    }

    @Test
    void aRechainWithEveryFolderAnchorRewrittenNeedsThePaperAnchor() throws Exception {
        rechainAfterEditing(150);
        // the attacker also rewrites the head record (or head row) and deletes the backups
        long seq;
        String hash;
        try (Connection c = target.jdbc();
                ResultSet rs = c.createStatement().executeQuery("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1")) {
            rs.next();
            seq = rs.getLong(1);
            hash = rs.getString(2);
        }
        if (target.h2()) {
            HeadRecord old = HeadRecord.read(folder).orElseThrow();
            new HeadRecord(old.office(), new ChainHead(seq, hash)).write(folder);
            for (Path b : Backups.list(folder)) {
                Files.delete(b);
            }
        } else {
            sql("UPDATE office_head SET seq = " + seq + ", hash = '" + hash + "'");
        }
        assertThat(verify().intact()).as("nothing left in the folder to tell").isTrue();

        VerifyReport withPaper = target.verify(List.of(new ChainHead(printed.seq(), printed.shortHash())));
        assertThat(withPaper.intact()).isFalse();
        assertThat(withPaper.reason()).contains("the anchor given").contains("rewritten");
    }

    @Test
    void editingAVisitorsNameOrPhoneIsNamed() throws Exception {
        sql("UPDATE person SET name = '张伟' WHERE id = (SELECT MIN(id) FROM person WHERE name IS NOT NULL)");
        VerifyReport r = verify();
        assertThat(r.intact()).isFalse();
        assertThat(r.reason()).contains("name or phone").contains("changed");
    }

    @Test
    void markingAVisitorErasedToHideAnEditIsNamed() throws Exception {
        sql("UPDATE person SET name = '张伟', salt = NULL, erased_at = CURRENT_TIMESTAMP WHERE id = 1");
        assertThat(verify().reason()).contains("marked erased but holds a name or phone");
    }

    @Test
    void aDamagedReadTableIsRebuiltNotBlamedOnTheJournal() throws Exception {
        sql("UPDATE day_opening SET payload = 'garbage' WHERE seq = (SELECT MAX(seq) FROM day_opening)",
                "UPDATE visit SET party = 9 WHERE visit_no = 2");
        assertThat(verify().intact()).as("the journal is intact: verify reads it alone").isTrue();
        try (OfficeStore store = target.open()) {
            // opening replayed the journal alone and rebuilt the read tables
            assertThat(store.rebuild().consistent()).isTrue();
            assertThat(store.journalSize()).isEqualTo(300);
        }
    }

    /** Edits entry {@code seq} and recomputes every hash from it on, as a 30-line program would. */
    private void rechainAfterEditing(long seq) throws Exception {
        try (Connection c = target.jdbc()) {
            c.createStatement().execute("UPDATE journal SET action_at = action_at + INTERVAL '1' SECOND WHERE seq = " + seq);
            String previous;
            try (ResultSet rs = c.createStatement().executeQuery("SELECT hash FROM journal WHERE seq = " + (seq - 1))) {
                rs.next();
                previous = rs.getString(1);
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT seq, action_at, kind, payload, person_id,"
                    + " scheme, person_digest, events_version, events_digest FROM journal WHERE seq >= " + seq
                    + " ORDER BY seq");
                    var update = c.prepareStatement("UPDATE journal SET prev_hash = ?, hash = ? WHERE seq = ?")) {
                while (rs.next()) {
                    Long person = rs.getObject(5) == null ? null : rs.getLong(5);
                    String hash = HashChain.hash(rs.getInt(6), new HashChain.Input(previous, rs.getLong(1),
                            rs.getTimestamp(2).toLocalDateTime(), rs.getString(3), rs.getString(4), person,
                            rs.getString(7), rs.getObject(8) == null ? null : rs.getInt(8), rs.getString(9)));
                    update.setString(1, previous);
                    update.setString(2, hash);
                    update.setLong(3, rs.getLong(1));
                    update.executeUpdate();
                    previous = hash;
                }
            }
        }
        assertThat(target.verify(List.of()).findings()).as("only the anchors can tell")
                .allMatch(f -> f.reason().contains("rewritten"));
    }
}
