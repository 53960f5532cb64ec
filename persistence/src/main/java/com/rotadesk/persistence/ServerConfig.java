package com.rotadesk.persistence;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Which server office a desk or a command uses, and as whom (decision 0008). The address comes from {@code --db},
 * else {@value #URL_VARIABLE}, else {@code url=} in {@value #FILE} in the data folder; without one the office is the
 * data folder's own H2 database. The office from {@code --office}, {@value #OFFICE_VARIABLE} or {@code office=}
 * ({@value ServerOffice#DEFAULT_OFFICE} when none). The credentials from {@value #USER_VARIABLE} and
 * {@value #PASSWORD_VARIABLE}, else {@code user=} and {@code password=} in the file, else the URL itself: never
 * from the command line (where other users see it) and never into the journal or a log.
 */
public final class ServerConfig {
    /** The file beside the office's local files (the data folder) that may name the server. */
    public static final String FILE = "server.properties";
    /** The server's address, if not given with {@code --db}. */
    public static final String URL_VARIABLE = "ROTADESK_DB";
    /** The office, if not given with {@code --office}. */
    public static final String OFFICE_VARIABLE = "ROTADESK_OFFICE";
    /** The database role. */
    public static final String USER_VARIABLE = "ROTADESK_DB_USER";
    /** Its password. */
    public static final String PASSWORD_VARIABLE = "ROTADESK_DB_PASSWORD";

    private ServerConfig() {
    }

    /**
     * The server office named by the options, the environment and the data folder's {@value #FILE}; empty for
     * the data folder's own database.
     *
     * @throws IllegalArgumentException with a line for the user when the address or office is not valid
     */
    public static Optional<ServerOffice> resolve(String dbOption, String officeOption, boolean viewOnly,
            Path dataFolder, Map<String, String> env) {
        Properties file = read(dataFolder);
        String url = first(dbOption, env.get(URL_VARIABLE), file.getProperty("url"));
        if (url == null) {
            if (officeOption != null || viewOnly) {
                throw new IllegalArgumentException((officeOption != null ? "--office" : "--view-only")
                        + " needs a server: --db jdbc:postgresql://HOST/DATABASE");
            }
            return Optional.empty();
        }
        String office = first(officeOption, env.get(OFFICE_VARIABLE), file.getProperty("office"));
        String user = first(env.get(USER_VARIABLE), file.getProperty("user"), null);
        String password = first(env.get(PASSWORD_VARIABLE), file.getProperty("password"), null);
        boolean view = viewOnly || Boolean.parseBoolean(file.getProperty("view-only", "false"));
        return Optional.of(new ServerOffice(url.strip(), user, password, office, view));
    }

    /** {@link #resolve} with this machine's environment. */
    public static Optional<ServerOffice> resolve(String dbOption, String officeOption, boolean viewOnly,
            Path dataFolder) {
        return resolve(dbOption, officeOption, viewOnly, dataFolder, System.getenv());
    }

    private static String first(String a, String b, String c) {
        for (String s : new String[] {a, b, c}) {
            if (s != null && !s.isBlank()) {
                return s;
            }
        }
        return null;
    }

    /** The data folder's {@value #FILE}; empty when there is none. A file others may read is made the user's alone. */
    private static Properties read(Path dataFolder) {
        Properties p = new Properties();
        Path file = dataFolder == null ? null : dataFolder.resolve(FILE);
        if (file == null || !Files.isRegularFile(file)) {
            return p;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.stream().anyMatch(x -> x.name().startsWith("GROUP") || x.name().startsWith("OTHERS"))) {
                // it may hold a password: the user's alone, as the data folder is
                OwnerOnly.set(file);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not POSIX, or not ours: read it as it is
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            return p;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
