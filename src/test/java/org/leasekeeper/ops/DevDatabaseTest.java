package org.leasekeeper.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class DevDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void refusesToStartAsRootNamingTheVariableToSet() {
        DevDatabaseProperties properties = new DevDatabaseProperties(true, dir.resolve("pg"), 0);

        assertThatThrownBy(() -> DevDatabase.start(properties, () -> 0))
                .isInstanceOf(EmbeddedDatabaseAsRoot.class)
                .hasMessageContaining("SPRING_DATASOURCE_URL");
        assertThat(dir.resolve("pg")).doesNotExist();
    }

    @Test
    void letsOtherUsersThrough() {
        DevDatabase.refuseRoot(1000);
        DevDatabase.refuseRoot(-1);
    }

    @Test
    void startupFailureNamesTheVariableInsteadOfAStackTrace() {
        Throwable failure = new BeanCreationException("devDatabase", "failed", new EmbeddedDatabaseAsRoot());

        FailureAnalysis analysis = new EmbeddedDatabaseAsRootFailureAnalyzer().analyze(failure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("cannot run as root").contains("SPRING_DATASOURCE_URL");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }
}
