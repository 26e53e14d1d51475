package com.onecodepass.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.citizen.CitizenRegistration;
import com.onecodepass.codeissue.api.citizen.Registration;
import com.onecodepass.codeissue.api.code.CodeCard;
import com.onecodepass.codeissue.api.health.Vaccinations;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.LocalDate;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Recording a dose refreshes the cached code state: the next show reads no database. */
@ExtendWith(ArquillianExtension.class)
class VaccinationsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests();
  }

  @EJB CitizenRegistration registration;
  @EJB Vaccinations vaccinations;
  @EJB CodeCard codeCard;

  @PersistenceUnit(unitName = "code-issue")
  EntityManagerFactory codeIssue;

  private long register() {
    return registration
        .register(new Registration("周敏", TestPeople.residentId(), TestPeople.mobile(), "610113"))
        .citizenId();
  }

  @Test
  void aRecordedDoseShowsOnTheCodeWithoutADatabaseRead() {
    long id = register();
    assertEquals(0, codeCard.show(id).vaccinationDoses());
    LocalDate today = LocalDate.now();
    vaccinations.record(id, 1, today.minusDays(60), "灭活疫苗", "雁塔区社区卫生服务中心");
    vaccinations.record(id, 2, today.minusDays(30), "灭活疫苗", "雁塔区社区卫生服务中心");

    long before = statements();
    int doses = codeCard.show(id).vaccinationDoses();
    assertEquals(0, statements() - before, "SQL statements on show after recording a dose");
    assertEquals(2, doses);
    assertEquals(2, vaccinations.list(id).size());
    assertTrue(statements() > before, "the statistics see the list query");
  }

  @Test
  void refusesBadDosesAndChangesNothing() {
    long id = register();
    LocalDate today = LocalDate.now();
    vaccinations.record(id, 1, today.minusDays(10), "灭活疫苗", "接种点");

    assertEquals(
        "vaccination.duplicate", refusal(() -> vaccinations.record(id, 1, today, "灭活疫苗", "接种点")));
    assertEquals(
        "vaccination.dose", refusal(() -> vaccinations.record(id, 6, today, "灭活疫苗", "接种点")));
    assertEquals(
        "vaccination.date",
        refusal(() -> vaccinations.record(id, 2, today.plusDays(2), "灭活疫苗", "接种点")));
    assertEquals(
        "vaccination.vaccine", refusal(() -> vaccinations.record(id, 2, today, " ", "接种点")));
    assertEquals(1, vaccinations.list(id).size());
    assertEquals(1, codeCard.show(id).vaccinationDoses());
  }

  private static String refusal(Runnable r) {
    return assertThrows(InvalidInputException.class, r::run).messageKey();
  }

  private long statements() {
    Statistics statistics = codeIssue.unwrap(SessionFactory.class).getStatistics();
    assertTrue(statistics.isStatisticsEnabled(), "hibernate.generate_statistics must be on");
    return statistics.getPrepareStatementCount();
  }
}
