package com.rotadesk.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import java.util.Map;

/**
 * Where the schema's migrations are: the same scripts for H2 and PostgreSQL ({@code db/migration/common}), and one
 * folder per vendor only where the SQL must differ ({@code db/migration/h2}, {@code db/migration/postgresql}).
 */
final class Migrations {
    private static final String COMMON = "classpath:db/migration/common";
    /** The newest migration a data folder gets (common and h2); MigrationsTest fails when a newer one is added. */
    static final String NEWEST_H2 = "10";

    private Migrations() {
    }

    /** Migrations to apply, or a failed one that migrate() must refuse with Flyway's own message. */
    static boolean unfinished(org.flywaydb.core.api.MigrationInfoService info) {
        return info.pending().length > 0
                || java.util.Arrays.stream(info.all()).anyMatch(m -> m.getState().isFailed());
    }

    /** An embedded H2 database. */
    static FluentConfiguration h2(String url) {
        return Flyway.configure().dataSource(url, "sa", "").locations(COMMON, "classpath:db/migration/h2");
    }

    /** One office's schema on a PostgreSQL server (created when missing). */
    static FluentConfiguration office(ServerOffice server) {
        return server(server).locations(COMMON, "classpath:db/migration/postgresql")
                .schemas(server.schema()).defaultSchema(server.schema()).createSchemas(true);
    }

    /** The server's catalogue of offices and their erasure ledger (schema {@value ServerStream#CATALOGUE}). */
    static FluentConfiguration catalogue(ServerOffice server) {
        return server(server).locations("classpath:db/catalogue").schemas(ServerStream.CATALOGUE)
                .defaultSchema(ServerStream.CATALOGUE).createSchemas(true);
    }

    private static FluentConfiguration server(ServerOffice server) {
        return Flyway.configure().dataSource(server.url(), server.user(), server.password())
                .jdbcProperties(Map.of("connectTimeout", Integer.toString(ServerStream.CONNECT_SECONDS),
                        "ApplicationName", "RotaDesk"));
    }
}
