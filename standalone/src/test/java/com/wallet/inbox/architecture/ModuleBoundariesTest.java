package com.wallet.inbox.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of the contract: app and worker only meet through the schemas (the Kafka
 * event and the documents) and the platform (how both talk to MongoDB and Kafka), and only the standalone
 * process knows about the embedded broker and store.
 * The standalone module is where all the modules share a classpath, so the rules live here.
 */
class ModuleBoundariesTest {

    private static final String APP = "com.wallet.inbox.app..";
    private static final String WORKER = "com.wallet.inbox.worker..";
    private static final String SCHEMAS = "com.wallet.inbox.schemas..";
    private static final String PLATFORM = "com.wallet.inbox.platform..";

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.wallet.inbox");

    @Test
    void appNeverDependsOnWorker() {
        noClasses()
                .that()
                .resideInAPackage(APP)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(WORKER)
                .check(PRODUCTION);
    }

    @Test
    void workerNeverDependsOnApp() {
        noClasses()
                .that()
                .resideInAPackage(WORKER)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(APP)
                .check(PRODUCTION);
    }

    @Test
    void schemasDependOnNeitherService() {
        noClasses()
                .that()
                .resideInAPackage(SCHEMAS)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(APP, WORKER, "com.wallet.inbox.standalone..")
                .check(PRODUCTION);
    }

    @Test
    void platformDependsOnNoOtherModule() {
        noClasses()
                .that()
                .resideInAPackage(PLATFORM)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(APP, WORKER, SCHEMAS, "com.wallet.inbox.standalone..")
                .check(PRODUCTION);
    }

    @Test
    void appAndWorkerBothDependOnTheSchemas() {
        assertThat(dependsOnSchemas(APP)).as("app uses the schemas").isTrue();
        assertThat(dependsOnSchemas(WORKER)).as("worker uses the schemas").isTrue();
    }

    @Test
    void onlyTheStandaloneKnowsTheEmbeddedBrokerAndStore() {
        noClasses()
                .that()
                .resideOutsideOfPackage("com.wallet.inbox.standalone..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "de.bwaldvogel..",
                        "kafka.server..",
                        "org.apache.kafka.metadata.storage..",
                        "org.springframework.kafka.test..")
                .check(PRODUCTION);
    }

    private static boolean dependsOnSchemas(String packages) {
        return PRODUCTION.that(JavaClass.Predicates.resideInAPackage(packages)).stream()
                .flatMap(javaClass -> javaClass.getDirectDependenciesFromSelf().stream())
                .anyMatch(dependency ->
                        dependency.getTargetClass().getPackageName().startsWith("com.wallet.inbox.schemas"));
    }
}
