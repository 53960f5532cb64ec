package com.rotadesk.persistence;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One office on a PostgreSQL server (shared mode, decision 0008): the server's JDBC URL, who logs in, which office,
 * and whether this client may write. Each office is one journal stream in a schema of its own ({@link #schema()}),
 * so one server holds every office of a company.
 *
 * @param url      {@code jdbc:postgresql://HOST[:PORT]/DB}
 * @param user     the database role, or null when the URL names it
 * @param password its password, or null; never written to a log or the journal
 * @param office   the office's code, {@code [a-z][a-z0-9_]*} (at most 24 characters)
 * @param viewOnly a board that follows the office and cannot change it (the manager's PC, the lobby TV)
 */
public record ServerOffice(String url, String user, String password, String office, boolean viewOnly) {
    /** The office a server's first office is given when none is named. */
    public static final String DEFAULT_OFFICE = "main";
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,23}");

    /** Checks the URL and the office's code. */
    public ServerOffice {
        Objects.requireNonNull(url, "url");
        if (!isServerUrl(url)) {
            throw new IllegalArgumentException("--db takes a PostgreSQL address, jdbc:postgresql://HOST/DATABASE (not '"
                    + shown(url) + "')");
        }
        office = office == null ? DEFAULT_OFFICE : office.strip().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(office).matches()) {
            throw new IllegalArgumentException("an office's code is a letter, then letters, digits or _ (at most 24): not '"
                    + office + "'");
        }
    }

    /** True for a JDBC URL of a PostgreSQL server. */
    public static boolean isServerUrl(String url) {
        return url != null && url.startsWith("jdbc:postgresql://") && url.length() > "jdbc:postgresql://".length();
    }

    /** The schema that holds this office's journal and read tables. */
    public String schema() {
        return "office_" + office;
    }

    /** The same office as seen by a board that cannot write. */
    public ServerOffice readOnly() {
        return new ServerOffice(url, user, password, office, true);
    }

    /** Another office on the same server, as the same role. */
    public ServerOffice office(String code) {
        return new ServerOffice(url, user, password, code, viewOnly);
    }

    /** The server and office as a person reads them: the URL without any password it carries. */
    public String describe() {
        return shown(url) + " office " + office + (viewOnly ? " (view only)" : "");
    }

    /** A URL with any {@code password=} parameter masked, for messages and logs. */
    public static String shown(String url) {
        return url == null ? null : url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "ServerOffice[" + describe() + (user == null ? "" : ", user " + user) + "]";
    }
}
