package org.leasekeeper.dhcp.codec;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The codec is plain Java: no Spring, no other Leasekeeper feature, only the net value types. */
class CodecDependenciesTest {

    private final JavaClasses codec = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.leasekeeper.dhcp.codec");

    @Test
    void codecUsesNoSpring() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(codec);
    }

    @Test
    void codecUsesNoOtherLeasekeeperFeature() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.leasekeeper.lease..",
                "org.leasekeeper.subnet..", "org.leasekeeper.dhcp.server..", "org.leasekeeper.web..",
                "org.leasekeeper.config..").check(codec);
    }
}
