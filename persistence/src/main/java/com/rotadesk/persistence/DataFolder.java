package com.rotadesk.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where RotaDesk keeps its data: outside the install folder, so upgrades and uninstalls keep it. */
public final class DataFolder {
    /** Overrides the data folder (after {@code --data-dir}). */
    public static final String ENVIRONMENT_VARIABLE = "ROTADESK_DATA_DIR";

    private DataFolder() {
    }

    /**
     * The folder to use: {@code --data-dir} if given, else {@value #ENVIRONMENT_VARIABLE}, else the platform's
     * per-user data folder (Windows {@code %APPDATA%\RotaDesk}, macOS {@code ~/Library/Application Support/RotaDesk},
     * Linux {@code $XDG_DATA_HOME/rotadesk} or {@code ~/.local/share/rotadesk}).
     */
    public static Path resolve(String dataDirOption, Map<String, String> env, String osName, String userHome) {
        if (dataDirOption != null && !dataDirOption.isBlank()) {
            return Path.of(dataDirOption).toAbsolutePath();
        }
        String fromEnv = env.get(ENVIRONMENT_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "RotaDesk") : Path.of(userHome, "AppData", "Roaming", "RotaDesk");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "RotaDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "rotadesk") : Path.of(userHome, ".local", "share", "rotadesk");
    }

    /** {@link #resolve} with this machine's environment. */
    public static Path resolve(String dataDirOption) {
        return resolve(dataDirOption, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    /**
     * Where the log goes: the platform's per-user log folder, outside the data folder (so reading commands change
     * nothing there): {@code %LOCALAPPDATA%\RotaDesk\logs}, {@code ~/Library/Logs/RotaDesk}, or
     * {@code $XDG_STATE_HOME/rotadesk} ({@code ~/.local/state/rotadesk}).
     */
    public static Path logFolder() {
        return perUser("logs", "Logs", "XDG_STATE_HOME", Path.of(".local", "state"));
    }

    /**
     * A per-user folder of the platform's: {@code %LOCALAPPDATA%\RotaDesk\windows}, {@code ~/Library/mac/RotaDesk},
     * or {@code $xdgVariable/rotadesk} (without it {@code ~/xdgDefault/rotadesk}).
     */
    private static Path perUser(String windows, String mac, String xdgVariable, Path xdgDefault) {
        Map<String, String> env = System.getenv();
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null ? Path.of(local) : Path.of(home, "AppData", "Local")).resolve("RotaDesk")
                    .resolve(windows);
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", mac, "RotaDesk");
        }
        String xdg = env.get(xdgVariable);
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "rotadesk") : Path.of(home).resolve(xdgDefault)
                .resolve("rotadesk");
    }

    /**
     * Where RotaDesk keeps what it can make again (the fonts taken out of the program): {@code
     * %LOCALAPPDATA%\RotaDesk\cache}, {@code ~/Library/Caches/RotaDesk}, or {@code $XDG_CACHE_HOME/rotadesk}
     * ({@code ~/.cache/rotadesk}), or {@code -Drotadesk.cache.dir}. Deleting it loses nothing.
     */
    public static Path cacheFolder() {
        String given = System.getProperty("rotadesk.cache.dir");
        if (given != null && !given.isBlank()) {
            // the tests' and the cache training's own, so neither writes into the user's folders
            return Path.of(given);
        }
        return perUser("cache", "Caches", "XDG_CACHE_HOME", Path.of(".cache"));
    }
}
