package vn.lienthong.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Module dependencies stay one-way: conf <- certs, security <- routes <- launcher. */
@AnalyzeClasses(packages = "vn.lienthong", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule confDependsOnNoOtherModule = noClasses().that().resideInAPackage("vn.lienthong.conf..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.lienthong.certs..", "vn.lienthong.security..",
                    "vn.lienthong.routes..", "vn.lienthong.launcher..", "vn.lienthong.wsdl..");

    @ArchTest
    static final ArchRule certsIsTheAuthoritySideOnly = noClasses().that().resideInAPackage("vn.lienthong.certs..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.lienthong.security..", "vn.lienthong.routes..",
                    "vn.lienthong.launcher..");

    @ArchTest
    static final ArchRule securityKnowsNoRoutes = noClasses().that().resideInAPackage("vn.lienthong.security..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.lienthong.certs..", "vn.lienthong.routes..",
                    "vn.lienthong.launcher..");

    @ArchTest
    static final ArchRule routesKnowNoLauncherNorAuthority = noClasses().that().resideInAPackage("vn.lienthong.routes..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.lienthong.launcher..", "vn.lienthong.certs..");

    @ArchTest
    static final ArchRule proxiesAreIndependent = noClasses().that().resideInAPackage("vn.lienthong.routes.clientproxy..")
            .should().dependOnClassesThat().resideInAPackage("vn.lienthong.routes.serverproxy..");

    @ArchTest
    static final ArchRule serverProxyIsIndependentOfClientProxy = noClasses().that()
            .resideInAPackage("vn.lienthong.routes.serverproxy..")
            .should().dependOnClassesThat().resideInAPackage("vn.lienthong.routes.clientproxy..");

    @ArchTest
    static final ArchRule sampleSystemsDoNotReachIntoTheSecurityServer = noClasses().that()
            .resideInAPackage("vn.lienthong.routes.provider..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.lienthong.routes.clientproxy..",
                    "vn.lienthong.routes.serverproxy..", "vn.lienthong.routes.server..", "vn.lienthong.security..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("vn.lienthong.(*).(*)..").should().beFreeOfCycles();
}
