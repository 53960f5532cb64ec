package com.rotadesk.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every migration this build ships reaches the databases: a script left outside the folders Flyway reads is never
 * applied, and nothing says so (V9's indexes went missing that way when the scripts moved into per-vendor folders).
 */
class MigrationsTest {
    private static final Pattern VERSION = Pattern.compile("V([0-9_]+)__.*\\.sql");
    /** The folders {@link Migrations} names, under db/migration. */
    private static final Set<String> READ = Set.of("common", "h2", "postgresql");

    @TempDir
    Path folder;

    @Test
    void givenTheShippedScripts_eachSitsInAFolderFlywayReads() throws IOException, URISyntaxException {
        Path root = scripts();
        try (Stream<Path> all = Files.walk(root)) {
            List<String> stray = all.filter(p -> p.toString().endsWith(".sql"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !READ.contains(p.contains("/") ? p.substring(0, p.indexOf('/')) : ""))
                    .toList();
            assertThat(stray).as("scripts no migration location reads").isEmpty();
        }
    }

    @Test
    void whenANewDataFolderOpens_everyCommonAndH2MigrationIsApplied() throws Exception {
        OfficeStore.open(folder).close();

        Set<String> shipped = new TreeSet<>();
        shipped.addAll(versionsIn(scripts().resolve("common")));
        shipped.addAll(versionsIn(scripts().resolve("h2")));
        assertThat(applied()).containsAll(shipped).hasSameSizeAs(shipped);
        // an open reads the history itself and asks Flyway only when this version is missing from it: it must be
        // the newest shipped, spelled as the history spells it
        String newest = shipped.stream().max(java.util.Comparator.comparing(
                org.flywaydb.core.api.MigrationVersion::fromVersion)).orElseThrow();
        assertThat(newest).isEqualTo(Migrations.NEWEST_H2);
    }

    @Test
    void givenAFolderAtTheNewestVersion_nothingIsPending_butAMissingOrFailedMigrationIs() throws Exception {
        OfficeStore.open(folder).close();
        String url = OfficeStore.url(folder);
        assertThat(StoreFiles.atNewest(url)).as("read from the history itself").isTrue();
        assertThat(StoreFiles.atNewest(StoreFiles.readOnlyUrl(StoreFiles.db(folder)))).as("read-only").isTrue();
        assertThat(StoreFiles.pending(url)).isFalse();

        execute(url, "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '"
                + Migrations.NEWEST_H2 + "'");
        assertThat(StoreFiles.atNewest(url)).isFalse();
        assertThat(StoreFiles.pending(url)).as("a failed migration").isTrue();

        execute(url, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '" + Migrations.NEWEST_H2 + "'");
        assertThat(StoreFiles.atNewest(url)).isFalse();
        assertThat(StoreFiles.pending(url)).as("the newest migration missing from the history").isTrue();
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private Set<String> applied() throws SQLException {
        Set<String> versions = new TreeSet<>();
        try (Connection c = DriverManager.getConnection(OfficeStore.url(folder), "sa", "");
                Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                        "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            while (r.next()) {
                versions.add(r.getString(1));
            }
        }
        return versions;
    }

    private static Set<String> versionsIn(Path dir) throws IOException {
        Set<String> versions = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(f -> {
                Matcher m = VERSION.matcher(f.getFileName().toString());
                if (m.matches()) {
                    versions.add(m.group(1).replace('_', '.'));
                }
            });
        }
        return versions;
    }

    /** The scripts as the build copied them (a folder on the test class path). */
    private static Path scripts() throws URISyntaxException {
        return Path.of(MigrationsTest.class.getClassLoader().getResource("db/migration/common").toURI()).getParent();
    }
}
