package com.onecodepass.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR exactly as the build produced it, optionally with a test WAR for in-container tests. */
final class Deployments {

  private Deployments() {}

  static EnterpriseArchive productionEar() {
    return ShrinkWrap.create(ZipImporter.class, "one-code-pass.ear")
        .importFrom(new File(System.getProperty("ear.file")))
        .as(EnterpriseArchive.class);
  }

  /** The EAR plus a WAR holding this package's test classes, which Arquillian runs inside. */
  static EnterpriseArchive earWithTests() {
    WebArchive tests =
        ShrinkWrap.create(WebArchive.class, "ocp-it.war")
            .addPackages(true, Deployments.class.getPackage())
            // AssertJ, for in-container tests that use it (the server does not provide it).
            .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class))
            // Hibernate's statistics API, for the tests that count SQL statements.
            .addAsManifestResource(new StringAsset("Dependencies: org.hibernate\n"), "MANIFEST.MF");
    EnterpriseArchive ear = productionEar().addAsModule(Testable.archiveToTest(tests));
    // The built application.xml lists its modules; a module it does not list is not deployed.
    String applicationXml = read(ear.get("META-INF/application.xml").getAsset());
    ear.delete("META-INF/application.xml");
    return ear.setApplicationXML(
        new StringAsset(
            applicationXml.replace(
                "</application>",
                "<module><web><web-uri>ocp-it.war</web-uri><context-root>/ocp-it</context-root>"
                    + "</web></module></application>")));
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Asset asset) {
    try (InputStream in = asset.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
