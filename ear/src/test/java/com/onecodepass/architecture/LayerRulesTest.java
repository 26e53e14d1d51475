package com.onecodepass.architecture;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Layers inside the modules: the web edge translates and delegates, queries live below the
 * boundaries, in the stores and controls of each feature. (The query rule came in frozen with 58
 * boundaries that held queries; all of them have moved, so it is a plain rule now.)
 */
class LayerRulesTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importTheApplication() {
    classes = ModuleRulesTest.Application.classes();
  }

  @Test
  void pagesResourcesAndEndpointsDoNotTouchTheDatabase() {
    // In the web module: Jakarta Batch artifacts in the domains are @Named too, and are stores.
    noClasses()
        .that()
        .resideInAPackage("com.onecodepass.web..")
        .and(
            annotatedWith("jakarta.inject.Named")
                .or(annotatedWith("jakarta.ws.rs.Path"))
                .or(annotatedWith("jakarta.jws.WebService")))
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("jakarta.persistence.EntityManager")
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "javax.sql..")
        .because("JSF beans, REST resources and SOAP endpoints only translate and delegate")
        .check(classes);
  }

  @Test
  void boundariesHoldNoQueries() {
    noClasses()
        .that()
        .resideInAPackage("..boundary..")
        .should()
        .callCodeUnitWhere(QUERIES)
        .because("queries belong to the stores and controls below a boundary")
        .check(classes);
  }

  /**
   * Besides a feature's {@code control} and {@code entity} packages, queries are at home in three
   * places that are stores by nature: a Jakarta Batch job's readers and writers ({@code batch}),
   * the demo data seeders ({@code demo}, never on a production node's request path) and the
   * platform's audit log ({@code platform.audit}, one small store of its own), plus {@code
   * RollupLedger}, the JDBC ledger both domains' rollups share from the platform API.
   */
  @Test
  void queriesLiveInStoresAndControls() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "..control..",
            "..entity..",
            "..batch..",
            "..demo..",
            "com.onecodepass.platform.audit..")
        .and()
        .doNotHaveFullyQualifiedName("com.onecodepass.platform.api.RollupLedger")
        .should()
        .callCodeUnitWhere(QUERIES)
        .because("a query belongs to its feature's store or control, next to the entities it reads")
        .check(classes);
  }

  private static final DescribedPredicate<JavaCall<?>> QUERIES =
      new DescribedPredicate<>("build a JPQL or SQL query") {
        @Override
        public boolean test(JavaCall<?> call) {
          String owner = call.getTargetOwner().getName();
          String name = call.getName();
          return ("jakarta.persistence.EntityManager".equals(owner)
                  && name.matches("create(Native|Named)?Query"))
              || ("java.sql.Connection".equals(owner)
                  && name.matches("prepareStatement|createStatement|prepareCall"));
        }
      };
}
