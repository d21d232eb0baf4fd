package dev.bazaar.it.incontainer;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds the test EAR Arquillian deploys beside the running application: the real EJB module and
 * EAR libraries as packaged by the build, plus a WAR with the test classes. It uses the same
 * PostgreSQL, Artemis and server resources as bazaar.ear.
 */
final class TestDeployment {

    private TestDeployment() {
    }

    static EnterpriseArchive with(Class<?>... testClasses) {
        JavaArchive ejbModule = ShrinkWrap.create(ZipImporter.class, "ejb-module.jar")
                .importFrom(new File(System.getProperty("bazaar.ejb-module")))
                .as(JavaArchive.class);
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "bazaar-it-tests.war")
                .addClasses(testClasses)
                .addClasses(TestDeployment.class, Rows.class)
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" "
                        + "version=\"4.0\" bean-discovery-mode=\"annotated\"/>"), "beans.xml");
        EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, "bazaar-it.ear")
                .addAsModule(ejbModule)
                .addAsModule(tests);
        File[] libraries = new File(System.getProperty("bazaar.ear-lib")).listFiles();
        if (libraries == null) {
            throw new IllegalStateException("No EAR libraries at " + System.getProperty("bazaar.ear-lib") + "; build ear/ first");
        }
        for (File library : libraries) {
            ear.addAsLibrary(library);
        }
        return ear;
    }
}
