package com.rotadesk.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The log as the desk and the command line set it up: the details in the log folder, the reasons on the console. */
class LogSetupTest {
    @TempDir
    Path logs;

    private final LoggerContext context = new LoggerContext();

    LogSetupTest() {
        // as logback's own initialisation gives the context it configures
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
    }

    @AfterEach
    void stop() {
        context.stop();
        System.clearProperty("rotadesk.log.dir");
        System.clearProperty("rotadesk.console.level");
    }

    @Test
    void detailsGoToTheLogFolderAndTheLevelsAreTheDesks() throws IOException {
        System.setProperty("rotadesk.log.dir", logs.toString());
        LogSetup setup = new LogSetup(false);
        setup.setContext(context);

        assertThat(setup.configure(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        context.getLogger("com.rotadesk.app.Something").info("opened the office");
        context.getLogger("org.h2.Whatever").info("chatter");
        context.getLogger("org.apache.fontbox.Cmap").warn("a cmap it does not need");

        String log = Files.readString(logs.resolve("rotadesk.log"));
        assertThat(log).contains("INFO  c.r.app.Something - opened the office").doesNotContain("chatter")
                .doesNotContain("cmap");
        assertThat(context.getLogger("ROOT").getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("ROOT").getAppender("STDERR")).isNotNull();
    }

    @Test
    void theTestsXmlOrOneNamedOnTheCommandLineWins() {
        LogSetup setup = new LogSetup(true);
        setup.setContext(context);

        assertThat(setup.configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger("ROOT").getAppender("FILE")).isNull();
    }
}
