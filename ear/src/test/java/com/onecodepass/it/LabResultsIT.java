package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onecodepass.codeissue.api.citizen.CitizenRegistration;
import com.onecodepass.codeissue.api.citizen.Registration;
import com.onecodepass.codeissue.api.rules.HealthRecords;
import com.onecodepass.codeissue.api.testing.ImportView;
import com.onecodepass.codeissue.api.testing.LabResults;
import com.onecodepass.codeissue.api.testing.ResultCsv;
import com.onecodepass.codeissue.api.testing.ResultImports;
import com.onecodepass.codeissue.api.testing.Sampling;
import com.onecodepass.codeissue.api.testing.TestOutcome;
import com.onecodepass.platform.api.CityClock;
import com.onecodepass.platform.api.NotPermittedException;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.platform.api.StaffScope.Role;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The lab-results page's rule is the import's: district staff record results for their own
 * district's residents only, and a row the import skips as {@code not-permitted} is refused on the
 * page too, audited, with nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
class LabResultsIT {

  private static final String YANTA = "610113";
  private static final String XINCHENG = "610102";
  private static final String IP = "192.0.2.88";
  private static final DateTimeFormatter CITY_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CityClock.ZONE);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests();
  }

  @EJB LabResults labResults;
  @EJB ResultImports imports;
  @EJB Sampling sampling;
  @EJB CitizenRegistration registration;
  @EJB HealthRecords records;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @Test
  void districtStaffRecordForTheirResidentsOnlyAsTheImportDoes() throws Exception {
    StaffScope yanta = officer(YANTA);
    String ownId = TestPeople.residentId();
    long own = register(ownId, YANTA);
    String foreignId = TestPeople.residentId();
    long foreign = register(foreignId, XINCHENG);
    Instant sampled = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);

    labResults.recordIndividual(yanta, IP, ownId, TestOutcome.NEGATIVE, sampled, "lab-it");
    assertThat(records.testResults(own)).hasSize(1);

    assertThatThrownBy(
            () ->
                labResults.recordIndividual(
                    yanta, IP, foreignId, TestOutcome.NEGATIVE, sampled, "lab-it"))
        .isInstanceOf(NotPermittedException.class)
        .extracting(e -> ((NotPermittedException) e).messageKey())
        .isEqualTo("lab.notPermitted");
    assertThat(records.testResults(foreign)).as("nothing stored").isEmpty();
    assertThatThrownBy(
            () ->
                labResults.recordIndividual(
                    yanta, IP, TestPeople.residentId(), TestOutcome.NEGATIVE, sampled, "lab-it"))
        .as("an ID nobody has answers the same")
        .isInstanceOf(NotPermittedException.class)
        .extracting(e -> ((NotPermittedException) e).messageKey())
        .isEqualTo("lab.notPermitted");
    assertThat(actions(yanta.username()))
        .containsExactly(
            "lab.result.individual",
            "lab.result.individual.denied",
            "lab.result.individual.denied");

    // The same row through the import is skipped as not-permitted: the two doors agree.
    String row = "lab-it," + foreignId + ",," + CITY_TIME.format(sampled) + ",NEGATIVE";
    ImportView started =
        imports.start(
            yanta,
            "lab-it.csv",
            new ByteArrayInputStream(
                (ResultCsv.HEADER + "\r\n" + row + "\r\n").getBytes(StandardCharsets.UTF_8)),
            IP);
    ImportView done = imports.get(yanta, started.id());
    long until = System.currentTimeMillis() + 120_000;
    while (done.running() && System.currentTimeMillis() < until) {
      Thread.sleep(200);
      done = imports.get(yanta, started.id());
    }
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    imports.writeErrorReport(yanta, started.id(), report, IP);
    assertThat(report.toString(StandardCharsets.UTF_8)).contains("2,not-permitted,");
    assertThat(records.testResults(foreign)).isEmpty();

    // A city admin records for everyone.
    StaffScope admin = new StaffScope("lab-admin-" + suffix(), Role.CITY_ADMIN, null);
    labResults.recordIndividual(admin, IP, foreignId, TestOutcome.NEGATIVE, sampled, "lab-it");
    assertThat(records.testResults(foreign)).hasSize(1);
  }

  @Test
  void aPooledTubeHoldingAnotherDistrictsPersonIsRefusedAndStaysOpen() {
    StaffScope yanta = officer(YANTA);
    String ownId = TestPeople.residentId();
    register(ownId, YANTA);
    String foreignId = TestPeople.residentId();
    register(foreignId, XINCHENG);
    String tube = "LB" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    sampling.openTube(tube, "lab-it site", "checker");
    sampling.addToTube(tube, ownId, "checker");
    sampling.addToTube(tube, foreignId, "checker");

    assertThatThrownBy(() -> labResults.recordTube(yanta, IP, tube, TestOutcome.NEGATIVE, "lab-it"))
        .isInstanceOf(NotPermittedException.class);
    assertThat(sampling.tube(tube).result()).as("the tube keeps no result").isNull();

    StaffScope xincheng = officer(XINCHENG);
    assertThatThrownBy(
            () -> labResults.recordTube(xincheng, IP, tube, TestOutcome.NEGATIVE, "lab-it"))
        .isInstanceOf(NotPermittedException.class);
    StaffScope admin = new StaffScope("lab-admin-" + suffix(), Role.CITY_ADMIN, null);
    assertThat(labResults.recordTube(admin, IP, tube, TestOutcome.NEGATIVE, "lab-it").result())
        .isEqualTo(TestOutcome.NEGATIVE);
  }

  private long register(String residentId, String district) {
    return registration
        .register(new Registration("郑检", residentId, TestPeople.mobile(), district))
        .citizenId();
  }

  private static StaffScope officer(String district) {
    return new StaffScope("lab-" + suffix(), Role.DISTRICT_STAFF, district);
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private List<String> actions(String actor) throws Exception {
    try (Connection c = dataSource.getConnection()) {
      return AuditTrail.actions(c, actor, "lab.");
    }
  }
}
