package org.leasekeeper;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of STYLE.md, checked on every build. */
@AnalyzeClasses(packages = "org.leasekeeper", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule codecIsPlainJava = noClasses().that().resideInAPackage("..dhcp.codec..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                    "org.leasekeeper.lease..", "org.leasekeeper.subnet..", "org.leasekeeper.dhcp.server..")
            .because("the codec is plain Java that knows nothing of leases or Spring");

    @ArchTest
    static final ArchRule networkValuesDependOnNothingOfOurs = noClasses().that().resideInAPackage("..leasekeeper.net..")
            .should().dependOnClassesThat().resideInAnyPackage("org.leasekeeper.lease..", "org.leasekeeper.subnet..",
                    "org.leasekeeper.dhcp..", "org.leasekeeper.web..", "org.leasekeeper.security..",
                    "org.leasekeeper.reclaim..", "org.springframework..");

    @ArchTest
    static final ArchRule subnetsKnowNothingOfLeases = noClasses().that().resideInAPackage("org.leasekeeper.subnet")
            .should().dependOnClassesThat().resideInAnyPackage("org.leasekeeper.lease..", "org.leasekeeper.dhcp..",
                    "org.leasekeeper.reclaim..");

    @ArchTest
    static final ArchRule leaseRulesDoNotDependOnAdapters = noClasses().that().resideInAPackage("org.leasekeeper.lease")
            .should().dependOnClassesThat().resideInAnyPackage("org.leasekeeper.dhcp..", "org.leasekeeper.reclaim..",
                    "..web..");

    @ArchTest
    static final ArchRule adaptersDoNotTouchRepositories = noClasses()
            .that().resideInAnyPackage("..web..", "..dhcp..", "..reclaim..")
            .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Store")
            .because("adapters call the feature's service, never its storage");

    @ArchTest
    static final ArchRule timeComesFromTheClock = noClasses()
            .that().resideOutsideOfPackage("org.leasekeeper.config")
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(Clock.class, "systemUTC")
            .because("domain code takes now from the injected Clock so that tests control time");
}
