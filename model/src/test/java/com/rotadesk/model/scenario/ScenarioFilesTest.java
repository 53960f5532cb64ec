package com.rotadesk.model.scenario;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code .scenario} files as tests: the project's own (test resources {@code scenarios/}) always, and every
 * file of the directory named by the system property {@code scenarios} when it is set
 * ({@code ./mvnw -q -pl model test -Dscenarios=/abs/dir}).
 */
class ScenarioFilesTest {

    @TestFactory
    Stream<DynamicTest> projectScenarios() throws IOException, URISyntaxException {
        Path dir = Path.of(ScenarioFilesTest.class.getResource("/scenarios").toURI());
        List<Path> files = scenarioFiles(dir);
        assertThat(files).as("the project's own scenarios").isNotEmpty();
        return files.stream().map(ScenarioFilesTest::test);
    }

    @TestFactory
    Stream<DynamicTest> scenariosFromProperty() throws IOException {
        String dir = System.getProperty("scenarios", "").strip();
        if (dir.isEmpty()) {
            return Stream.empty();
        }
        Path path = Path.of(dir);
        assertThat(path).as("-Dscenarios must name a directory").isDirectory();
        List<Path> files = scenarioFiles(path);
        assertThat(files).as("no *.scenario files in " + path).isNotEmpty();
        return files.stream().map(ScenarioFilesTest::test);
    }

    static List<Path> scenarioFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".scenario")).sorted().toList();
        }
    }

    private static DynamicTest test(Path file) {
        return DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(),
                () -> ScenarioRunner.play(ScenarioParser.parse(file)));
    }
}
