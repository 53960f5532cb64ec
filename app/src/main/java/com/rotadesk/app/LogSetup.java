package com.rotadesk.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;

/**
 * The log, set up in code (found by logback as a service): the reasons a user reads go to the console at
 * {@code rotadesk.console.level} (INFO; OFF for the command line, whose user reads one line), the details to
 * {@code rotadesk.log.dir/rotadesk.log} (the platform's per-user log folder, which {@link Main} sets), three files of
 * 5 MB kept. In code rather than logback.xml: reading the XML costs the desk a tenth of a second on its way to the
 * first frame, and three times that without the ahead-of-time cache. A {@code logback-test.xml} on the class path
 * (the tests) or {@code -Dlogback.configurationFile} still wins.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    private final boolean xmlWins;

    /** As logback makes it: the XML of the tests, or one named on the command line, wins. */
    public LogSetup() {
        this(System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null);
    }

    /** {@code xmlWins}: leave the set-up to logback's XML. */
    LogSetup(boolean xmlWins) {
        this.xmlWins = xmlWins;
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (xmlWins) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDERR");
        console.setTarget("System.err");
        ThresholdFilter threshold = new ThresholdFilter();
        threshold.setLevel(System.getProperty("rotadesk.console.level", "INFO"));
        threshold.start();
        console.addFilter(threshold);
        console.setEncoder(encoder(context, "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n"));
        console.start();

        String dir = System.getProperty("rotadesk.log.dir", System.getProperty("java.io.tmpdir"));
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir + "/rotadesk.log");
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir + "/rotadesk.%i.log");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> size = new SizeBasedTriggeringPolicy<>();
        size.setContext(context);
        size.setMaxFileSize(FileSize.valueOf("5MB"));
        size.start();
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(size);
        file.setEncoder(encoder(context, "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level %logger{20} - %msg%n"));
        file.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console);
        root.addAppender(file);
        context.getLogger("com.rotadesk").setLevel(Level.INFO);
        // fontbox warns about a cmap format it does not need for every PDF it writes
        context.getLogger("org.apache.fontbox").setLevel(Level.ERROR);
        // Flyway warns on every start that H2 2.5 is newer than it was verified with: harmless (stack.md)
        context.getLogger("org.flywaydb.core.internal.database.base.Database").setLevel(Level.ERROR);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder e = new PatternLayoutEncoder();
        e.setContext(context);
        e.setPattern(pattern);
        e.start();
        return e;
    }
}
