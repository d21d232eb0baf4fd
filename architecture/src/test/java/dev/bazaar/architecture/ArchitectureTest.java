package dev.bazaar.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The boundaries of Bazaar's bounded contexts (docs/adr/0011), checked on the compiled classes of
 * the EJB module and the web modules. A context is a package {@code dev.bazaar.<context>} with the
 * layers {@code domain}, {@code application} and {@code infrastructure}; {@code kernel} is shared.
 */
class ArchitectureTest {

    /** The web modules' packages: they reach the EJB module through application services only. */
    private static final String[] WEB = {"dev.bazaar.storefront..", "dev.bazaar.admin..", "dev.bazaar.api..", "dev.bazaar.web.."};

    /**
     * The one deliberate exception to "a context uses another only through its application package":
     * message-driven beans read their JMS text bodies through the platform's one helper (JMS is
     * infrastructure on both sides).
     */
    private static final String MDB_TEXT_HELPER = "dev.bazaar.platform.infrastructure.TextMessages";

    private static JavaClasses core;
    private static JavaClasses everything;

    @BeforeAll
    static void importCompiledClasses() {
        Path root = Path.of(System.getProperty("bazaar.root", ".."));
        Path[] modules = Stream.of("ejb-module", "web-common", "web-storefront", "web-admin", "rest-api")
                .map(module -> root.resolve(module).resolve("target/classes"))
                .filter(Files::isDirectory)
                .toArray(Path[]::new);
        ClassFileImporter importer = new ClassFileImporter();
        core = importer.importPath(root.resolve("ejb-module/target/classes"));
        everything = importer.importPaths(modules);
        // a rule over nothing passes: make sure every module was found and read
        for (String pkg : Set.of("dev.bazaar.ordering.domain", "dev.bazaar.storefront", "dev.bazaar.admin", "dev.bazaar.api.v1")) {
            assertTrue(everything.containPackage(pkg), "no compiled classes of " + pkg + " under " + root.toAbsolutePath());
        }
    }

    @Test
    void theDomainDependsOnNeitherApplicationNorInfrastructure() {
        noClasses().that().resideInAPackage("dev.bazaar.*.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.bazaar.*.application..", "dev.bazaar.*.infrastructure..")
                .because("the model must not know the services that use it or the adapters around it")
                .check(core);
    }

    @Test
    void aContextUsesAnotherOnlyThroughItsApplicationPackage() {
        classes().that().resideInAPackage("dev.bazaar..")
                .should(reachOtherContextsOnlyThroughTheirApplicationPackage())
                .because("another context's entities, repositories and adapters are its own business")
                .check(core);
    }

    @Test
    void theWebModulesNeverTouchEntitiesRepositoriesOrAdapters() {
        noClasses().that().resideInAnyPackage(WEB)
                .should().dependOnClassesThat(entitiesRepositoriesOrAdapters())
                .because("web modules call application services and get records (DESIGN.md)")
                .check(everything);
    }

    @Test
    void theWebModulesUseTheDomainOnlyForValues() {
        noClasses().that().resideInAnyPackage(WEB)
                .should().dependOnClassesThat(domainClassesThatAreNotValues())
                .because("what crosses to a page or an API answer is a record or an enum, never behaviour with state")
                .check(everything);
    }

    @Test
    void contextsDependOnEachOtherWithoutCycles() {
        slices().matching("dev.bazaar.(*)..").should().beFreeOfCycles()
                .because("a cycle makes two contexts one in all but name")
                .check(core);
    }

    @Test
    void facesCodeLivesInTheWebModulesNotTheEjbJar() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..")
                .because("the EJB module serves every client; shared Faces helpers live in web-common")
                .check(core);
    }

    private static ArchCondition<JavaClass> reachOtherContextsOnlyThroughTheirApplicationPackage() {
        return new ArchCondition<>("reach other contexts only through their application package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = context(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    String to = context(target);
                    if (to == null || to.equals(from) || to.equals("kernel") || layer(target).equals("application")) {
                        continue;
                    }
                    boolean mdbReadingItsMessage = outermost(origin).isAnnotatedWith("jakarta.ejb.MessageDriven")
                            && outermost(target).getName().equals(MDB_TEXT_HELPER);
                    if (!mdbReadingItsMessage) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + ": " + from + " reaches into " + to + "." + layer(target)));
                    }
                }
            }
        };
    }

    private static DescribedPredicate<JavaClass> entitiesRepositoriesOrAdapters() {
        return DescribedPredicate.describe("entities, repositories, JPA or infrastructure", target ->
                target.getPackageName().startsWith("jakarta.persistence")
                        || target.isAnnotatedWith("jakarta.persistence.Entity")
                        || target.isAnnotatedWith("jakarta.persistence.MappedSuperclass")
                        || (context(target) != null && layer(target).equals("domain") && target.getAllFields().stream()
                                .anyMatch(f -> f.getRawType().isEquivalentTo(jakarta.persistence.EntityManager.class)))
                        || (context(target) != null && layer(target).equals("infrastructure")));
    }

    private static DescribedPredicate<JavaClass> domainClassesThatAreNotValues() {
        return DescribedPredicate.describe("domain classes other than records, enums and constants", target -> {
            JavaClass type = target.getBaseComponentType();
            return context(type) != null && layer(type).equals("domain")
                    && !type.isEnum() && !type.isRecord() && !(type.getEnclosingClass().map(JavaClass::isEnum).orElse(false))
                    && !type.getModifiers().contains(JavaModifier.SYNTHETIC);
        });
    }

    /** The context of a class in dev.bazaar.<context>..., or null for a class outside the EJB module's contexts. */
    private static String context(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith("dev.bazaar.")) {
            return null;
        }
        String first = name.substring("dev.bazaar.".length()).split("\\.")[0];
        return Set.of("storefront", "admin", "api", "web", "architecture", "it").contains(first) ? null : first;
    }

    /** domain, application, infrastructure, or "" for a class at a context's root (its package-info). */
    private static String layer(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length > 3 ? parts[3] : "";
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
