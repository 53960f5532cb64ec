package com.rotadesk.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Which of an office's tables hold a text anywhere in a row (an erased phone must be in none). */
final class ServerTables {
    private static final List<String> TABLES = List.of("person", "journal", "journal_row", "visit", "consultant_day",
            "client", "client_version", "day_client", "day_opening", "setting");

    private ServerTables() {
    }

    static List<String> mentioning(StoreTarget target, String text) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = target.jdbc(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    rows:
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            String v = rs.getString(i);
                            if (v != null && v.contains(text)) {
                                found.add(table);
                                break rows;
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
