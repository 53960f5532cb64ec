package com.rotadesk.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where a desk's office is: the option, then the environment, then the data folder's server.properties. */
class ServerConfigTest {
    @TempDir
    Path folder;

    @Test
    void withoutAnAddressTheOfficeIsTheFoldersOwn() {
        assertThat(ServerConfig.resolve(null, null, false, folder, Map.of())).isEmpty();
    }

    @Test
    void anOfficeOrAViewOnlyBoardWithoutAServerIsAMistypedCommandLine() {
        assertThatThrownBy(() -> ServerConfig.resolve(null, "east", false, folder, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--office needs a server");
        assertThatThrownBy(() -> ServerConfig.resolve(null, null, true, folder, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--view-only needs a server");
    }

    @Test
    void theFileNamesTheServerAndTheRoleAndIsMadeTheUsersAlone() throws IOException {
        // given a server.properties others could read
        Path file = Files.writeString(folder.resolve(ServerConfig.FILE), """
                url=jdbc:postgresql://10.0.0.5/rotadesk
                office=East
                user=desk
                password=s3cret
                view-only=true
                """);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        ServerOffice o = ServerConfig.resolve(null, null, false, folder, Map.of()).orElseThrow();

        assertThat(o).extracting(ServerOffice::url, ServerOffice::office, ServerOffice::user, ServerOffice::password,
                ServerOffice::viewOnly).containsExactly("jdbc:postgresql://10.0.0.5/rotadesk", "east", "desk", "s3cret",
                true);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(o.toString()).doesNotContain("s3cret");
    }

    @Test
    void theOptionWinsOverTheEnvironmentAndTheEnvironmentOverTheFile() throws IOException {
        Files.writeString(folder.resolve(ServerConfig.FILE), "url=jdbc:postgresql://file/db\noffice=fromfile\n"
                + "user=fileuser\npassword=filepw\n");
        Map<String, String> env = Map.of(ServerConfig.URL_VARIABLE, "jdbc:postgresql://env/db",
                ServerConfig.OFFICE_VARIABLE, "fromenv", ServerConfig.PASSWORD_VARIABLE, "envpw");

        ServerOffice fromEnv = ServerConfig.resolve(null, null, false, folder, env).orElseThrow();
        ServerOffice fromOption = ServerConfig.resolve("jdbc:postgresql://option/db", "west", false, folder, env)
                .orElseThrow();

        assertThat(fromEnv).extracting(ServerOffice::url, ServerOffice::office, ServerOffice::user,
                ServerOffice::password).containsExactly("jdbc:postgresql://env/db", "fromenv", "fileuser", "envpw");
        assertThat(fromOption).extracting(ServerOffice::url, ServerOffice::office)
                .containsExactly("jdbc:postgresql://option/db", "west");
    }

    @Test
    void anAddressThatIsNotPostgreSqlIsRefusedWithoutShowingItsPassword() {
        assertThatThrownBy(() -> ServerConfig.resolve("jdbc:mysql://h/db?password=hunter2", null, false, folder,
                Map.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:postgresql://")
                .hasMessageNotContaining("hunter2");
    }
}
