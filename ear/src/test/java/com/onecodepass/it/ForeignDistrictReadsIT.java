package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.appeal.AppealDesk;
import com.onecodepass.codeissue.api.appeal.AppealReason;
import com.onecodepass.codeissue.api.appeal.Appeals;
import com.onecodepass.codeissue.api.appeal.CodeOverrides;
import com.onecodepass.codeissue.api.cases.CaseSource;
import com.onecodepass.codeissue.api.cases.Cases;
import com.onecodepass.codeissue.api.cases.ContactKind;
import com.onecodepass.codeissue.api.citizen.CitizenRecords;
import com.onecodepass.codeissue.api.citizen.CitizenRegistration;
import com.onecodepass.codeissue.api.citizen.Registration;
import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.contacts.ContactFinding;
import com.onecodepass.codeissue.api.testing.LabResults;
import com.onecodepass.codeissue.api.testing.ResultCsv;
import com.onecodepass.codeissue.api.testing.ResultImports;
import com.onecodepass.codeissue.api.testing.Sampling;
import com.onecodepass.codeissue.api.testing.TestOutcome;
import com.onecodepass.platform.api.CitizenId;
import com.onecodepass.platform.api.NotPermittedException;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.platform.api.StaffScope.Role;
import com.onecodepass.triprecord.api.checkin.StaffTrips;
import com.onecodepass.triprecord.api.riskarea.RiskAreaDraft;
import com.onecodepass.triprecord.api.riskarea.RiskAreaKind;
import com.onecodepass.triprecord.api.riskarea.RiskAreaLevel;
import com.onecodepass.triprecord.api.riskarea.RiskAreaNotPermitted;
import com.onecodepass.triprecord.api.riskarea.RiskAreas;
import com.onecodepass.triprecord.api.tracing.TraceRequest;
import com.onecodepass.triprecord.api.tracing.Tracing;
import com.onecodepass.triprecord.api.venue.VenueCategory;
import com.onecodepass.triprecord.api.venue.VenueException;
import com.onecodepass.triprecord.api.venue.VenueFilter;
import com.onecodepass.triprecord.api.venue.VenueRegistration;
import com.onecodepass.triprecord.api.venue.Venues;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every staff call of the modules' APIs (a method of a {@code @Local} interface taking a {@link
 * StaffScope}) x another district's object, as district staff, called straight on the EJB with no
 * page in between. The registry {@link #PROBES} holds one probe per method: a call naming an object
 * of 新城区 must be refused (or, for a look-up, find nothing) and leave an audit entry; a list must
 * hold nothing of 新城区. {@link #everyStaffCallOfTheApisHasAProbe} reads the API jars, so a new staff
 * method without a probe fails the build.
 */
@ExtendWith(ArquillianExtension.class)
class ForeignDistrictReadsIT {

  private static final String YANTA = "610113";
  private static final String XINCHENG = "610102";
  private static final String IP = "192.0.2.77";

  /** Staff calls that need no probe here, and why. */
  static final Map<String, String> EXEMPT =
      Map.of(
          "Venues.register", "a venue operator registers in their own district; VenueCheckInIT",
          "RuleSettings.publish", "city admins only, a city-wide setting; RuleSettingsIT",
          "ResultImports.start",
              "rows of other districts are skipped by the job; TestResultImportIT");

  /** Calls where an unknown id may be answered differently from a foreign one, and why. */
  static final Map<String, String> MAY_SAY_UNKNOWN =
      Map.of(
          "LabResults.recordTube", "a tube barcode is a label in the officer's hand, not personal",
          "RiskAreas.define", "venues are public places with posters; their ids are no secret",
          "RiskAreas.pickableVenues", "district codes are public");

  /** What the probes aim at: objects of 新城区, made by its own officer. */
  record Foreign(
      long citizen,
      String residentId,
      long caseId,
      long runId,
      long appealId,
      long overrideId,
      long importId,
      long venueId,
      long areaId,
      String tube) {}

  /** One staff call with another district's object; returns what the call answered. */
  @FunctionalInterface
  interface Probe {
    Object call(ForeignDistrictReadsIT it, StaffScope officer, Foreign f) throws Exception;
  }

  /**
   * How a probe must end: refused (an exception of the refusal kinds), or, for look-ups and lists,
   * nothing of the other district in the answer.
   */
  enum Expect {
    REFUSED,
    NOTHING_FOUND,
    NONE_OF_THEIRS
  }

  record Entry(Expect expect, boolean audited, Probe probe) {}

  static final Map<String, Entry> PROBES = new TreeMap<>();

  static {
    // code-issue: cases
    refused("Cases.mark", (t, o, f) -> t.cases.mark(o, IP, f.citizen, CaseSource.SCREENING, null));
    refused(
        "Cases.markByResidentId",
        (t, o, f) -> t.cases.markByResidentId(o, IP, f.residentId, CaseSource.SCREENING, null));
    refused("Cases.find", (t, o, f) -> t.cases.find(o, IP, f.caseId));
    refused("Cases.trace", (t, o, f) -> t.cases.trace(o, IP, f.caseId, 14, 30));
    refused(
        "Cases.traceSecondary",
        (t, o, f) -> t.cases.traceSecondary(o, IP, f.caseId, List.of(), 14, 30));
    refused("Cases.latestRun", (t, o, f) -> t.cases.latestRun(o, IP, f.caseId, ContactKind.CLOSE));
    refused("Cases.confirm", (t, o, f) -> t.cases.confirm(o, IP, f.caseId, f.runId, List.of(1L)));
    noneOfTheirs("Cases.list", (t, o, f) -> t.cases.list(o, IP, 500));
    noneOfTheirs("Cases.pendingPositives", (t, o, f) -> t.cases.pendingPositives(o, IP));
    // code-issue: citizens
    PROBES.put(
        "CitizenRecords.lookUp",
        new Entry(Expect.NOTHING_FOUND, true, (t, o, f) -> t.records.lookUp(o, f.residentId, IP)));
    PROBES.put(
        "CitizenRecords.card",
        new Entry(Expect.NOTHING_FOUND, true, (t, o, f) -> t.records.card(o, f.citizen, IP)));
    refused("CitizenRecords.unmask", (t, o, f) -> t.records.unmask(o, f.citizen, "probe", IP));
    refused("CitizenRecords.history", (t, o, f) -> t.records.history(o, f.citizen, null, IP));
    refused(
        "CitizenRecords.authorise",
        (t, o, f) -> {
          t.records.authorise(o, CitizenId.of(f.citizen), "probe.read", null, IP);
          return "admitted";
        });
    refused(
        "CitizenRecords.authoriseTrace",
        (t, o, f) -> {
          t.records.authoriseTrace(o, List.of(CitizenId.of(f.citizen)), "probe.trace", IP);
          return "admitted";
        });
    refused("StaffTrips.recentTrips", (t, o, f) -> t.trips.recentTrips(o, f.citizen, null, IP));
    // code-issue: appeals and overrides
    refused("AppealDesk.detail", (t, o, f) -> t.appealDesk.detail(o, f.appealId, IP));
    refused(
        "AppealDesk.decide", (t, o, f) -> t.appealDesk.decide(o, f.appealId, false, "probe", IP));
    noneOfTheirs("AppealDesk.queue", (t, o, f) -> t.appealDesk.queue(o, IP));
    refused(
        "CodeOverrides.request",
        (t, o, f) -> t.overrides.request(o, f.residentId, CodeColour.GREEN, "probe", IP));
    refused("CodeOverrides.approve", (t, o, f) -> t.overrides.approve(o, f.overrideId, IP));
    refused("CodeOverrides.reject", (t, o, f) -> t.overrides.reject(o, f.overrideId, "no", IP));
    noneOfTheirs("CodeOverrides.pending", (t, o, f) -> t.overrides.pending(o, IP));
    // code-issue: results
    refused("ResultImports.get", (t, o, f) -> t.imports.get(o, f.importId));
    refused("ResultImports.restart", (t, o, f) -> t.imports.restart(o, f.importId, IP));
    refused("ResultImports.stop", (t, o, f) -> t.imports.stop(o, f.importId, IP));
    refused(
        "ResultImports.writeErrorReport",
        (t, o, f) -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          t.imports.writeErrorReport(o, f.importId, out, IP);
          return out.toString(StandardCharsets.UTF_8);
        });
    noneOfTheirs("ResultImports.recent", (t, o, f) -> t.imports.recent(o));
    refused(
        "LabResults.recordIndividual",
        (t, o, f) -> {
          t.labResults.recordIndividual(
              o, IP, f.residentId, TestOutcome.NEGATIVE, Instant.now(), "probe-lab");
          return "recorded";
        });
    refused(
        "LabResults.recordTube",
        (t, o, f) -> t.labResults.recordTube(o, IP, f.tube, TestOutcome.NEGATIVE, "probe-lab"));
    // trip-record: tracing
    refused(
        "Tracing.companions",
        (t, o, f) -> t.tracing.companions(o, IP, f.citizen, Duration.ofDays(14), null));
    refused(
        "Tracing.secondaryContacts",
        (t, o, f) -> t.tracing.secondaryContacts(o, IP, List.of(f.citizen), Set.of(), null, null));
    refused(
        "Tracing.trace",
        (t, o, f) ->
            t.tracing.trace(o, IP, new TraceRequest(String.valueOf(f.citizen), null, null, null)));
    // code-issue's contact port, implemented by trip-record
    refused(
        "ContactFinding.closeContacts",
        (t, o, f) ->
            t.contacts.closeContacts(
                o, IP, CitizenId.of(f.citizen), Duration.ofDays(14), Duration.ofMinutes(30)));
    refused(
        "ContactFinding.secondaryContacts",
        (t, o, f) ->
            t.contacts.secondaryContacts(
                o,
                IP,
                List.of(CitizenId.of(f.citizen)),
                Set.of(),
                Duration.ofDays(14),
                Duration.ofMinutes(30)));
    refused(
        "Tracing.venueExposure",
        (t, o, f) ->
            t.tracing.venueExposure(
                o, IP, f.venueId, Instant.now().minus(Duration.ofDays(1)), Instant.now()));
    // trip-record: venues
    PROBES.put(
        "Venues.find", new Entry(Expect.REFUSED, true, (t, o, f) -> t.venues.find(o, f.venueId)));
    PROBES.put(
        "Venues.approve",
        new Entry(Expect.REFUSED, true, (t, o, f) -> t.venues.approve(o, f.venueId)));
    PROBES.put(
        "Venues.suspend",
        new Entry(Expect.REFUSED, true, (t, o, f) -> t.venues.suspend(o, f.venueId)));
    PROBES.put(
        "Venues.posterToken",
        new Entry(Expect.REFUSED, true, (t, o, f) -> t.venues.posterToken(o, f.venueId)));
    PROBES.put(
        "Venues.visitLog",
        new Entry(Expect.REFUSED, true, (t, o, f) -> t.venues.visitLog(o, f.venueId, 100)));
    noneOfTheirs(
        "Venues.visibleTo",
        (t, o, f) -> t.venues.visibleTo(o, VenueFilter.newest(VenueFilter.MAX_LIMIT)).venues());
    // trip-record: risk areas
    refused("RiskAreas.find", (t, o, f) -> t.areas.find(o, f.areaId));
    refused("RiskAreas.preview", (t, o, f) -> t.areas.preview(o, IP, f.areaId));
    refused("RiskAreas.publish", (t, o, f) -> t.areas.publish(o, IP, f.areaId));
    refused("RiskAreas.withdraw", (t, o, f) -> t.areas.withdraw(o, IP, f.areaId));
    refused("RiskAreas.pickableVenues", (t, o, f) -> t.areas.pickableVenues(o, XINCHENG, 10));
    refused(
        "RiskAreas.define",
        (t, o, f) -> t.areas.define(o, IP, venuesDraft(YANTA, List.of(f.venueId))));
    noneOfTheirs("RiskAreas.visibleTo", (t, o, f) -> t.areas.visibleTo(o, 500));
  }

  private static void refused(String method, Probe probe) {
    PROBES.put(method, new Entry(Expect.REFUSED, true, probe));
  }

  private static void noneOfTheirs(String method, Probe probe) {
    PROBES.put(method, new Entry(Expect.NONE_OF_THEIRS, false, probe));
  }

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests();
  }

  @EJB Cases cases;
  @EJB CitizenRecords records;
  @EJB CitizenRegistration registration;
  @EJB StaffTrips trips;
  @EJB Appeals appeals;
  @EJB AppealDesk appealDesk;
  @EJB CodeOverrides overrides;
  @EJB ResultImports imports;
  @EJB LabResults labResults;
  @EJB Sampling sampling;
  @EJB Tracing tracing;
  @EJB ContactFinding contacts;
  @EJB Venues venues;
  @EJB RiskAreas areas;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @Test
  void everyStaffCallNamingAnotherDistrictsObjectIsRefusedAndAudited() throws Exception {
    Foreign f = foreign();
    // collected rather than soft-asserted: AssertJ's soft assertions need ByteBuddy in the server
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Entry> e : PROBES.entrySet()) {
      String method = e.getKey();
      Entry entry = e.getValue();
      StaffScope officer =
          new StaffScope(
              "fd-" + UUID.randomUUID().toString().substring(0, 8), Role.DISTRICT_STAFF, YANTA);
      Object answer;
      try {
        answer = entry.probe().call(this, officer, f);
      } catch (Exception thrown) {
        if (entry.expect() != Expect.REFUSED || !isRefusal(thrown)) {
          problems.add(method + " threw " + thrown);
        } else if (entry.audited() && auditEntries(officer.username()) == 0) {
          problems.add(method + " refused without an audit entry");
        }
        continue;
      }
      switch (entry.expect()) {
        case REFUSED -> problems.add(method + " answered another district's object: " + answer);
        case NOTHING_FOUND -> {
          if (!isEmpty(answer)) {
            problems.add(method + " found " + answer);
          } else if (auditEntries(officer.username()) == 0) {
            problems.add(method + " left no audit entry");
          }
        }
        case NONE_OF_THEIRS -> {
          if (districtsIn(answer).contains(XINCHENG)) {
            problems.add(method + " listed " + XINCHENG + "'s: " + answer);
          }
        }
      }
    }
    assertThat(problems).as("staff calls on another district's objects").isEmpty();
  }

  @Test
  void anIdThatNamesNothingIsAnsweredAsAnotherDistrictsIs() throws Exception {
    Foreign f = foreign();
    long none = Long.MAX_VALUE - 11;
    Foreign nowhere =
        new Foreign(
            none,
            TestPeople.residentId(),
            none,
            none,
            none,
            none,
            none,
            none,
            none,
            "FDX" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
    List<String> differ = new ArrayList<>();
    for (Map.Entry<String, Entry> e : PROBES.entrySet()) {
      if (e.getValue().expect() == Expect.NONE_OF_THEIRS
          || MAY_SAY_UNKNOWN.containsKey(e.getKey())) {
        continue;
      }
      String unknown = outcome(e.getValue().probe(), nowhere);
      String foreign = outcome(e.getValue().probe(), f);
      if (!unknown.equals(foreign)) {
        differ.add(e.getKey() + ": unknown -> " + unknown + ", another district's -> " + foreign);
      }
    }
    assertThat(differ).as("answers that tell an unknown id from another district's").isEmpty();
  }

  /** What a call answered, as far as the officer can tell: the refusal's kind and key, or empty. */
  private String outcome(Probe probe, Foreign f) {
    StaffScope officer =
        new StaffScope(
            "fd-" + UUID.randomUUID().toString().substring(0, 8), Role.DISTRICT_STAFF, YANTA);
    try {
      Object answer = probe.call(this, officer, f);
      return isEmpty(answer) ? "nothing" : "answered";
    } catch (Exception thrown) {
      String key;
      try {
        key = String.valueOf(thrown.getClass().getMethod("messageKey").invoke(thrown));
      } catch (ReflectiveOperationException noKey) {
        key = "";
      }
      return thrown.getClass().getSimpleName() + " " + key;
    }
  }

  /**
   * The registry is complete: every method of a {@code @Local} interface in the modules' API jars
   * that takes a {@link StaffScope} has a probe or a reason in {@link #EXEMPT}.
   */
  @Test
  @RunAsClient
  void everyStaffCallOfTheApisHasAProbe() throws Exception {
    Set<String> staffCalls = new TreeSet<>();
    for (Class<?> api : List.of(Cases.class, Venues.class)) {
      for (Class<?> type : localInterfacesBeside(api)) {
        for (Method m : type.getMethods()) {
          if (Arrays.asList(m.getParameterTypes()).contains(StaffScope.class)) {
            staffCalls.add(type.getSimpleName() + "." + m.getName());
          }
        }
      }
    }
    assertThat(staffCalls).as("staff calls found in the API jars").hasSizeGreaterThan(30);
    Set<String> accounted = new TreeSet<>(PROBES.keySet());
    accounted.addAll(EXEMPT.keySet());
    assertThat(accounted)
        .as("a probe in ForeignDistrictReadsIT.PROBES (or a reason in EXEMPT) for every staff call")
        .containsAll(staffCalls);
    assertThat(staffCalls).as("probes of methods that no longer exist").containsAll(accounted);
  }

  /**
   * The {@code @Local} interfaces in the jar (or class folder) of {@code api}, in its API package
   * and the feature packages under it ({@code …api.cases}, {@code …api.venue}, …).
   */
  private static List<Class<?>> localInterfacesBeside(Class<?> api) throws Exception {
    Path where = Path.of(api.getProtectionDomain().getCodeSource().getLocation().toURI());
    String pkg = api.getPackageName();
    String prefix =
        pkg.substring(0, pkg.indexOf(".api.") + ".api".length()).replace('.', '/') + "/";
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(where)) {
      try (Stream<Path> files = Files.walk(where.resolve(prefix))) {
        files
            .map(p -> where.relativize(p).toString().replace(File.separatorChar, '/'))
            .forEach(names::add);
      }
    } else {
      try (JarFile jar = new JarFile(where.toFile())) {
        jar.stream().map(java.util.jar.JarEntry::getName).forEach(names::add);
      }
    }
    List<Class<?>> found = new ArrayList<>();
    for (String name : names) {
      if (name.startsWith(prefix) && name.endsWith(".class") && !name.contains("$")) {
        Class<?> type = Class.forName(name.replace('/', '.').replace(".class", ""));
        if (type.isInterface() && type.isAnnotationPresent(Local.class)) {
          found.add(type);
        }
      }
    }
    return found;
  }

  private static boolean isRefusal(Throwable thrown) {
    Throwable t = thrown;
    while (t != null) {
      if (t instanceof NotPermittedException
          || t instanceof RiskAreaNotPermitted
          || (t instanceof VenueException v && "venue.notFound".equals(v.messageKey()))
          || (t instanceof InvalidInputException i
              && Set.of("import.unknown", "import.notPermitted").contains(i.messageKey()))) {
        return true;
      }
      t = t.getCause();
    }
    return false;
  }

  /** The {@code districtCode} of each listed record, or of the record it wraps. */
  private static List<String> districtsIn(Object answer) throws Exception {
    List<String> districts = new ArrayList<>();
    for (Object item : (Collection<?>) answer) {
      Object district = component(item, "districtCode");
      if (district == null) {
        for (var c : item.getClass().getRecordComponents()) {
          Object inner = c.getAccessor().invoke(item);
          if (inner != null && inner.getClass().isRecord()) {
            district = component(inner, "districtCode");
          }
        }
      }
      assertThat(district).as("a district in %s", item).isNotNull();
      districts.add(String.valueOf(district));
    }
    return districts;
  }

  private static Object component(Object record, String name) throws Exception {
    for (var c : record.getClass().getRecordComponents()) {
      if (c.getName().equals(name)) {
        return c.getAccessor().invoke(record);
      }
    }
    return null;
  }

  private static boolean isEmpty(Object answer) {
    return (answer instanceof Optional<?> o && o.isEmpty())
        || (answer instanceof Collection<?> c && c.isEmpty());
  }

  private static RiskAreaDraft venuesDraft(String district, List<Long> venueIds) {
    return new RiskAreaDraft(
        "探针区域 " + ThreadLocalRandom.current().nextInt(1_000_000),
        RiskAreaLevel.LOW,
        venueIds.isEmpty() ? RiskAreaKind.DISTRICT : RiskAreaKind.VENUES,
        district,
        null,
        venueIds,
        Instant.now().minus(Duration.ofHours(1)),
        null);
  }

  private static Foreign made;

  /** Objects of 新城区, made the way its own officer makes them (once per run). */
  private synchronized Foreign foreign() throws Exception {
    if (made == null) {
      made = make();
    }
    return made;
  }

  private Foreign make() throws Exception {
    StaffScope them = new StaffScope("fd-xincheng", Role.DISTRICT_STAFF, XINCHENG);
    String residentId = TestPeople.residentId();
    long citizen =
        registration
            .register(new Registration("钱多", residentId, TestPeople.mobile(), XINCHENG))
            .citizenId();
    long caseId = cases.mark(them, IP, citizen, CaseSource.SCREENING, null).id();
    long runId = cases.trace(them, IP, caseId, 14, 30).id();
    long appealId = appeals.file(citizen, AppealReason.DATA_ERROR, "探针").appealId();
    String otherId = TestPeople.residentId();
    registration.register(new Registration("孙少", otherId, TestPeople.mobile(), XINCHENG));
    long overrideId =
        overrides.request(them, otherId, CodeColour.YELLOW, "探针：待复核", IP).overrideId();
    long importId =
        imports
            .start(
                them,
                "probe.csv",
                new ByteArrayInputStream(
                    (ResultCsv.HEADER + "\r\n").getBytes(StandardCharsets.UTF_8)),
                IP)
            .id();
    StaffScope operator = new StaffScope("fd-venue", Role.VENUE_OPERATOR, XINCHENG);
    long venueId =
        venues
            .register(
                operator,
                new VenueRegistration(
                    "探针场所 " + ThreadLocalRandom.current().nextInt(1_000_000),
                    VenueCategory.SUPERMARKET,
                    "新城区探针路1号",
                    XINCHENG,
                    null,
                    null))
            .id();
    venues.approve(them, venueId);
    long areaId = areas.define(them, IP, venuesDraft(XINCHENG, List.of())).id();
    String tube = "FD" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    sampling.openTube(tube, "探针采样点", "fd-checker");
    sampling.addToTube(tube, otherId, "fd-checker");
    return new Foreign(
        citizen, residentId, caseId, runId, appealId, overrideId, importId, venueId, areaId, tube);
  }

  private long auditEntries(String actor) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE actor = ?")) {
      s.setString(1, actor);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
