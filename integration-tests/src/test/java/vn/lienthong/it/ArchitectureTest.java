package vn.lienthong.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.core.domain.JavaClasses;

/** Module dependencies stay one-way: conf <- certs, security <- routes <- launcher. */
@AnalyzeClasses(packages = "vn.lienthong", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static void confDependsOnNoOtherModule(JavaClasses classes) {
        noClasses().that().resideInAPackage("vn.lienthong.conf..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.lienthong.certs..", "vn.lienthong.security..",
                    "vn.lienthong.routes..", "vn.lienthong.launcher..", "vn.lienthong.wsdl..").check(classes);
    }

    @ArchTest
    static void certsIsTheAuthoritySideOnly(JavaClasses classes) {
        noClasses().that().resideInAPackage("vn.lienthong.certs..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.lienthong.security..", "vn.lienthong.routes..",
                    "vn.lienthong.launcher..").check(classes);
    }

    @ArchTest
    static void securityKnowsNoRoutes(JavaClasses classes) {
        noClasses().that().resideInAPackage("vn.lienthong.security..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.lienthong.certs..", "vn.lienthong.routes..",
                    "vn.lienthong.launcher..").check(classes);
    }

    @ArchTest
    static void routesKnowNoLauncherNorAuthority(JavaClasses classes) {
        noClasses().that().resideInAPackage("vn.lienthong.routes..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.lienthong.launcher..", "vn.lienthong.certs..").check(classes);
    }

    @ArchTest
    static void messageLogKnowsNoRoutes(JavaClasses classes) {
        noClasses().that().resideInAPackage("vn.lienthong.messagelog..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.lienthong.routes..", "vn.lienthong.launcher..",
                    "vn.lienthong.certs..").check(classes);
    }

    @ArchTest
    static void proxiesAreIndependent(JavaClasses classes) {
        noClasses().that().resideInAPackage("vn.lienthong.routes.clientproxy..")
            .should().dependOnClassesThat().resideInAPackage("vn.lienthong.routes.serverproxy..").check(classes);
    }

    @ArchTest
    static void serverProxyIsIndependentOfClientProxy(JavaClasses classes) {
        noClasses().that()
            .resideInAPackage("vn.lienthong.routes.serverproxy..")
            .should().dependOnClassesThat().resideInAPackage("vn.lienthong.routes.clientproxy..").check(classes);
    }

    @ArchTest
    static void sampleSystemsDoNotReachIntoTheSecurityServer(JavaClasses classes) {
        noClasses().that()
            .resideInAPackage("vn.lienthong.routes.provider..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.lienthong.routes.clientproxy..",
                    "vn.lienthong.routes.serverproxy..", "vn.lienthong.routes.server..", "vn.lienthong.security..").check(classes);
    }

    @ArchTest
    static void noPackageCycles(JavaClasses classes) {
        slices().matching("vn.lienthong.(*).(*)..").should().beFreeOfCycles().check(classes);
    }
}
