package com.rotadesk.app.desk;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How the desk was started.
 *
 * @param dataDir    {@code --data-dir}, or null for the default folder
 * @param smoke      {@code --smoke}: open the folder, render one frame, exit
 * @param train      {@code --train}: as {@code --smoke}, then a scripted morning at the desk, then exit (the build
 *                   records the classes it loads into the ahead-of-time cache the desk starts with)
 * @param screenshot {@code --screenshot FILE.png}: render the main window to a PNG and exit
 * @param size       with {@code --screenshot}: the window's size, {@code --size 1366x768} (default 1600×900)
 * @param view       with {@code --screenshot}: {@code main}, {@code checkin}, {@code checkin-notes}, {@code correct},
 *                   {@code waiting}, {@code privacy}, {@code floor}, {@code settings}, {@code sheets}, {@code export},
 *                   {@code review}, {@code whatif}, {@code clients[:TEXT]}, {@code pool}, {@code transfer},
 *                   {@code timeline[:PHONE]} or {@code import:FILE}
 * @param locale     {@code --lang zh|en}, or the OS locale
 * @param langGiven  true when {@code --lang} was given (it then wins over the language remembered in the folder)
 * @param demo       {@code --demo}: a new data folder starts as the demo office without asking
 * @param clockStart {@code --clock 2026-11-23T10:42}: the desk's clock starts there (screenshots, tests), or null
 * @param db         {@code --db jdbc:postgresql://HOST/DB}: the office is on that server, shared with other desks
 *                   (else {@code ROTADESK_DB} or the data folder's server.properties may name one); null otherwise
 * @param office     {@code --office CODE}: which office on the server, or null
 * @param viewOnly   {@code --view-only}: a board that follows the office and changes nothing (manager's PC, lobby TV)
 */
public record DeskOptions(String dataDir, boolean smoke, boolean train, Path screenshot, String view, Locale locale,
        boolean langGiven, boolean demo, java.time.LocalDateTime clockStart, javafx.geometry.Dimension2D size,
        String db, String office, boolean viewOnly) {

    /** Parses the desk's arguments; unknown ones are reported. */
    public static DeskOptions parse(String[] args) {
        String dataDir = null;
        String db = null;
        String office = null;
        boolean viewOnly = false;
        // the installed smoke launcher sets this, since jpackage drops default arguments when others are given
        boolean smoke = Boolean.getBoolean("rotadesk.smoke");
        boolean demo = false;
        boolean train = false;
        java.time.LocalDateTime clockStart = null;
        Path screenshot = null;
        String view = "main";
        javafx.geometry.Dimension2D size = new javafx.geometry.Dimension2D(1600, 900);
        Locale locale = Locale.getDefault().getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        boolean langGiven = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = value(args, ++i, "--data-dir");
                case "--smoke" -> smoke = true;
                case "--train" -> train = true;
                case "--db" -> db = value(args, ++i, "--db");
                case "--office" -> office = value(args, ++i, "--office");
                case "--view-only" -> viewOnly = true;
                case "--demo" -> demo = true;
                case "--clock" -> clockStart = java.time.LocalDateTime.parse(value(args, ++i, "--clock"));
                case "--screenshot" -> screenshot = Path.of(value(args, ++i, "--screenshot"));
                case "--view" -> view = value(args, ++i, "--view");
                case "--size" -> size = size(value(args, ++i, "--size"));
                case "--lang" -> {
                    locale = switch (value(args, ++i, "--lang")) {
                        case "zh" -> Locale.SIMPLIFIED_CHINESE;
                        case "en" -> Locale.ENGLISH;
                        default -> throw new IllegalArgumentException("--lang is zh or en");
                    };
                    langGiven = true;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return new DeskOptions(dataDir, smoke, train, screenshot, view, locale, langGiven, demo, clockStart, size, db,
                office, viewOnly);
    }

    private static javafx.geometry.Dimension2D size(String text) {
        String[] wh = text.split("x");
        try {
            if (wh.length == 2) {
                return new javafx.geometry.Dimension2D(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
            }
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        throw new IllegalArgumentException("--size is WIDTHxHEIGHT, for example 1366x768");
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[i];
    }

    /** The desk's clock: the system's, or one that starts at {@code --clock} and runs on. */
    public java.time.Clock clock() {
        java.time.Clock system = java.time.Clock.systemDefaultZone();
        if (clockStart == null) {
            return system;
        }
        return java.time.Clock.offset(system, java.time.Duration.between(java.time.LocalDateTime.now(system), clockStart));
    }

    /** True when no window is shown to a person. */
    public boolean headless() {
        return smoke || train || screenshot != null;
    }
}
