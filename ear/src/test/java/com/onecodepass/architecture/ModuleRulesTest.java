package com.onecodepass.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module graph as docs/ARCHITECTURE.md draws it: platform below both domains, trip-record above
 * code-issue (never the other way), the web module above all, and every module reachable from
 * another only through its API package. Maven keeps most of it already (each module compiles
 * against the others' API jars); these rules also hold inside the one class path of the EAR.
 */
class ModuleRulesTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importTheApplication() {
    classes = Application.classes();
  }

  @Test
  void theDomainsAndThePlatformDoNotKnowTheWebModule() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "com.onecodepass.platform..",
            "com.onecodepass.codeissue..",
            "com.onecodepass.triprecord..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.onecodepass.web..")
        .check(classes);
  }

  @Test
  void thePlatformKnowsNoDomain() {
    noClasses()
        .that()
        .resideInAPackage("com.onecodepass.platform..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.onecodepass.codeissue..", "com.onecodepass.triprecord..")
        .check(classes);
  }

  @Test
  void codeIssueDoesNotDependOnTripRecord() {
    noClasses()
        .that()
        .resideInAPackage("com.onecodepass.codeissue..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.onecodepass.triprecord..")
        .because("trips depend on codes, and code-issue asks for contacts through its own port")
        .check(classes);
  }

  @Test
  void anotherModuleIsReachedOnlyThroughItsApi() {
    for (String module : new String[] {"platform", "codeissue", "triprecord"}) {
      String inside = "com.onecodepass." + module + "..";
      noClasses()
          .that(not(resideInAPackage(inside)))
          .should()
          .dependOnClassesThat(
              resideInAPackage(inside)
                  .and(not(resideInAPackage("com.onecodepass." + module + ".api.."))))
          .because(module + "'s boundary, control and entity packages are its own")
          .check(classes);
    }
  }

  /**
   * The demo data interfaces sit in the API jars only because the EAR's demo seeder in the web
   * module calls them; no feature may, so they are not part of the API a feature programs against.
   */
  @Test
  void demoDataIsReachedOnlyByTheDemoSeeders() {
    noClasses()
        .that(not(resideInAPackage("..demo..")))
        .should()
        .dependOnClassesThat(resideInAPackage("com.onecodepass.*.api.demo.."))
        .because("demo data is seeded at start-up in demo mode, never used by a feature")
        .check(classes);
  }

  /** The whole application's main classes, without tests. */
  static final class Application {
    private static JavaClasses imported;

    static synchronized JavaClasses classes() {
      if (imported == null) {
        imported =
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/com/onecodepass/it/"))
                .importPackages("com.onecodepass");
      }
      return imported;
    }
  }
}
