package com.onecodepass.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.citizen.CitizenRegistration;
import com.onecodepass.codeissue.api.citizen.Registration;
import com.onecodepass.codeissue.api.code.CodeCard;
import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.rules.HealthRecords;
import com.onecodepass.codeissue.api.testing.ImportStatus;
import com.onecodepass.codeissue.api.testing.ImportView;
import com.onecodepass.codeissue.api.testing.ResultImports;
import com.onecodepass.codeissue.api.testing.Sampling;
import com.onecodepass.codeissue.api.testing.TestOutcome;
import com.onecodepass.platform.api.CityClock;
import com.onecodepass.platform.api.StaffScope;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The result import job end to end: a 100k-row file with known bad rows, and stop/restart. */
@ExtendWith(ArquillianExtension.class)
class TestResultImportIT {

  private static final DateTimeFormatter CITY_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CityClock.ZONE);
  private static final String DISTRICT = "610113";
  private static final StaffScope OFFICER =
      new StaffScope("import-it", StaffScope.Role.DISTRICT_STAFF, DISTRICT);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests();
  }

  @EJB ResultImports imports;
  @EJB CitizenRegistration registration;
  @EJB HealthRecords records;
  @EJB CodeCard codeCard;
  @EJB Sampling sampling;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  private final Map<Long, String> residentIds = new java.util.HashMap<>();

  @Test
  void aHundredThousandRowsWithBadRowsAreCountedReportedAndRecoloured() throws Exception {
    List<Long> people = people(200);
    long positive = citizen(DISTRICT);
    long overdue = citizen(DISTRICT);
    long elsewhere = citizen("610102");
    staleMedic(overdue);
    String tube = "IT" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    sampling.openTube(tube, "import-it site", "checker");
    List<Long> members = List.of(citizen(DISTRICT), citizen(DISTRICT), citizen(DISTRICT));
    for (long m : members) {
      sampling.addToTube(tube, residentIds.get(m), "checker");
    }

    // A green person whose code is cached (viewed before the import) and who gets only negatives:
    // not re-evaluated, but the cached code must learn the newest negative.
    long cachedGreen = people.get(1);
    assertNull(codeCard.show(cachedGreen).latestNegativeTestAt());
    Instant newestOfCachedGreen = null;

    Instant base = Instant.now().minus(Duration.ofDays(20)).truncatedTo(ChronoUnit.MINUTES);
    String lab = "IT lab " + ThreadLocalRandom.current().nextInt(1_000_000);
    List<String> lines = new ArrayList<>();
    int bulk = 100_000 - 10;
    for (int i = 0; i < bulk; i++) {
      long p = people.get(i % people.size());
      Instant sampled = base.plus(Duration.ofMinutes(i / people.size()));
      if (p == cachedGreen) {
        newestOfCachedGreen = sampled;
      }
      lines.add(row(lab, residentIds.get(p), "", sampled, i % 97 == 0 ? "阴性" : "NEGATIVE"));
    }
    Instant recent = Instant.now().minus(Duration.ofHours(1));
    lines.add(row(lab, residentIds.get(positive), "", recent, "POSITIVE"));
    lines.add(row(lab, residentIds.get(overdue), "", recent, "NEGATIVE"));
    lines.add(row(lab, "", tube, recent, "NEGATIVE"));
    // bad rows at known places: reason by line number (the header is line 1)
    Map<Long, String> bad = new TreeMap<>();
    String validId = residentIds.get(people.get(0));
    String badChecksum = validId.substring(0, 17) + (validId.charAt(17) == '1' ? '2' : '1');
    insert(lines, bad, 10, row(lab, badChecksum, "", recent, "NEGATIVE"), "invalid-resident-id");
    insert(
        lines,
        bad,
        20_000,
        row(lab, TestPeople.residentId(), "", recent, "NEGATIVE"),
        "unknown-resident");
    insert(lines, bad, 40_000, row(lab, validId, "", recent, "MAYBE"), "invalid-outcome");
    insert(lines, bad, 60_000, lab + "," + validId + ",,2026-13-45 10:00,NEGATIVE", "invalid-time");
    insert(lines, bad, 70_000, lines.get(5), "duplicate");
    insert(lines, bad, 80_000, lab + "," + validId + ",NEGATIVE", "field-count");
    insert(
        lines,
        bad,
        90_000,
        row(lab, residentIds.get(elsewhere), "", recent, "NEGATIVE"),
        "not-permitted");
    assertEquals(100_000 - 10 + 3 + 7, lines.size());

    ImportView done =
        runToEnd(imports.start(OFFICER, "it-100k.csv", csv(lines, true), "127.0.0.1"));

    assertEquals(ImportStatus.COMPLETED, done.status());
    assertEquals(lines.size(), done.rowsRead());
    assertEquals(bulk + 3, done.rowsWritten());
    assertEquals(bad.size(), done.rowsSkipped());
    assertEquals(bulk + 2 + members.size(), done.resultsStored());
    assertEquals(people.size() + 2 + members.size(), done.peopleAffected());
    assertEquals(done.peopleAffected(), done.peopleRecoloured());
    assertEquals(bad, errorReport(done.id()));
    // The bar's measure (RowWeight): every line once, a person's as 5, the tube's as 10.
    assertEquals((lines.size() - 1) * 3 + 10, done.workTotal());
    assertEquals(done.workTotal(), done.workDone());

    assertEquals(CodeColour.RED, codeCard.status(positive).colour(), "a positive turns red");
    assertEquals(CodeColour.GREEN, codeCard.status(overdue).colour(), "a fresh negative");
    assertEquals(CodeColour.GREEN, codeCard.status(elsewhere).colour(), "not imported");
    assertEquals(newestOfCachedGreen, codeCard.show(cachedGreen).latestNegativeTestAt());
    for (long m : members) {
      assertEquals(tube, records.testResults(m).get(0).tubeBarcode());
      assertEquals(TestOutcome.NEGATIVE, records.testResults(m).get(0).result());
    }
    // person 0 has the rows i = 0, 200, 400, ... below bulk
    assertEquals((bulk + people.size() - 1) / people.size(), results(people.get(0), lab));
  }

  @Test
  void aStoppedImportResumesWithoutDuplicatesAndAReuploadStoresNothing() throws Exception {
    List<Long> people = people(50);
    Instant base = Instant.now().minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.MINUTES);
    String lab = "IT restart lab " + ThreadLocalRandom.current().nextInt(1_000_000);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 60_000; i++) {
      lines.add(
          row(
              lab,
              residentIds.get(people.get(i % people.size())),
              "",
              base.plus(Duration.ofMinutes(i / people.size())),
              "NEGATIVE"));
    }
    ImportView started = imports.start(OFFICER, "it-restart.csv", csv(lines, false), "127.0.0.1");
    ImportView partial = started;
    long until = System.currentTimeMillis() + 60_000;
    while (partial.rowsRead() == 0 && System.currentTimeMillis() < until) {
      Thread.sleep(20);
      partial = imports.get(OFFICER, started.id());
    }
    imports.stop(OFFICER, started.id(), "127.0.0.1");
    ImportView stopped = waitWhileRunning(started.id());
    assertEquals(ImportStatus.STOPPED, stopped.status());
    assertTrue(stopped.rowsRead() < lines.size(), "stopped mid-way: " + stopped.rowsRead());

    ImportView done = runToEnd(imports.restart(OFFICER, started.id(), "127.0.0.1"));
    assertEquals(ImportStatus.COMPLETED, done.status());
    assertEquals(lines.size(), done.rowsRead());
    assertEquals(lines.size(), done.rowsWritten());
    assertEquals(0, done.rowsSkipped());
    assertEquals(lines.size() * 3, done.workTotal());
    assertEquals(
        lines.size() * 3, done.workDone(), "the bar counts each line once across the restart");
    for (long p : people) {
      assertEquals(lines.size() / people.size(), results(p, lab), "no duplicates");
    }

    ImportView again =
        runToEnd(imports.start(OFFICER, "it-again.csv", csv(lines, false), "127.0.0.1"));
    assertEquals(0, again.rowsWritten());
    assertEquals(lines.size(), again.rowsSkipped());
    assertEquals(lines.size() / people.size(), results(people.get(0), lab));
  }

  @Test
  void aWrongFileOrAnotherDistrictIsRefused() throws Exception {
    assertEquals(
        "import.header",
        refusal(() -> imports.start(OFFICER, "x.csv", bytes("name,id\r\nx,y\r\n"), "127.0.0.1")));
    assertEquals(
        "import.empty", refusal(() -> imports.start(OFFICER, "x.csv", bytes(""), "127.0.0.1")));
    StaffScope checker = new StaffScope("import-it-checker", StaffScope.Role.CHECKER, DISTRICT);
    assertEquals(
        "import.notPermitted",
        refusal(() -> imports.start(checker, "x.csv", csv(List.of(), false), "127.0.0.1")));
    ImportView mine = runToEnd(imports.start(OFFICER, "empty.csv", csv(List.of(), false), "x"));
    assertEquals(ImportStatus.COMPLETED, mine.status());
    StaffScope other = new StaffScope("import-it-2", StaffScope.Role.DISTRICT_STAFF, "610102");
    assertEquals(
        refusal(() -> imports.get(other, Long.MAX_VALUE)),
        refusal(() -> imports.get(other, mine.id())),
        "another district's import answers as a missing one");
    assertEquals("import.unknown", refusal(() -> imports.get(other, mine.id())));
    assertTrue(imports.recent(other).stream().noneMatch(v -> v.id() == mine.id()));
  }

  private static String refusal(org.junit.jupiter.api.function.Executable call) {
    return org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class, call)
        .messageKey();
  }

  private ImportView runToEnd(ImportView started) throws InterruptedException {
    ImportView v = waitWhileRunning(started.id());
    assertTrue(!v.running(), "import did not finish: " + v);
    return v;
  }

  private ImportView waitWhileRunning(long id) throws InterruptedException {
    long until = System.currentTimeMillis() + 300_000;
    ImportView v = imports.get(OFFICER, id);
    while (v.running() && System.currentTimeMillis() < until) {
      Thread.sleep(200);
      v = imports.get(OFFICER, id);
    }
    return v;
  }

  private Map<Long, String> errorReport(long id) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    imports.writeErrorReport(OFFICER, id, out, "127.0.0.1");
    String text = out.toString(StandardCharsets.UTF_8).replace("\ufeff", "");
    assertTrue(!text.contains(residentIdsSample()), "IDs are masked in the report");
    return text.lines()
        .skip(1)
        .map(l -> l.split(",", 3))
        .collect(Collectors.toMap(f -> Long.parseLong(f[0]), f -> f[1], (a, b) -> a, TreeMap::new));
  }

  private String residentIdsSample() {
    return residentIds.values().iterator().next();
  }

  private static void insert(
      List<String> lines, Map<Long, String> bad, int index, String line, String reason) {
    lines.add(index, line);
    // lines after it move down by one: re-number the ones already noted
    Map<Long, String> moved = new TreeMap<>();
    bad.forEach((at, r) -> moved.put(at >= index + 2 ? at + 1 : at, r));
    bad.clear();
    bad.putAll(moved);
    bad.put((long) index + 2, reason);
  }

  private static String row(String lab, String residentId, String tube, Instant t, String result) {
    return lab + "," + residentId + "," + tube + "," + CITY_TIME.format(t) + "," + result;
  }

  private static ByteArrayInputStream csv(List<String> lines, boolean bomAndCrlf) {
    String nl = bomAndCrlf ? "\r\n" : "\n";
    StringBuilder s = new StringBuilder(lines.size() * 64);
    if (bomAndCrlf) {
      s.append('\ufeff');
    }
    s.append("lab,resident_id,tube,sample_time,result").append(nl);
    lines.forEach(l -> s.append(l).append(nl));
    return bytes(s.toString());
  }

  private static ByteArrayInputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  private long results(long citizenId, String lab) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT COUNT(*) FROM test_result WHERE citizen_id = ? AND lab = ?")) {
      s.setLong(1, citizenId);
      s.setString(2, lab);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** A medic (tested every 48 h) with no test: yellow, overdue. */
  private void staleMedic(long id) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("UPDATE citizen SET test_group = 'MEDICAL' WHERE id = ?")) {
      s.setLong(1, id);
      s.executeUpdate();
    }
    records.reevaluate(List.of(id));
    assertEquals(CodeColour.YELLOW, codeCard.status(id).colour());
  }

  private List<Long> people(int n) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(citizen(DISTRICT));
    }
    return ids;
  }

  private long citizen(String district) {
    String residentId = TestPeople.residentId();
    long id =
        registration
            .register(new Registration("导入者", residentId, TestPeople.mobile(), district))
            .citizenId();
    residentIds.put(id, residentId);
    return id;
  }
}
