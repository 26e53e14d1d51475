package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.onecodepass.codeissue.api.citizen.CitizenRegistration;
import com.onecodepass.codeissue.api.citizen.Registration;
import com.onecodepass.codeissue.api.code.CodeCard;
import com.onecodepass.codeissue.api.rules.HealthRecords;
import com.onecodepass.it.Integrators.Client;
import com.onecodepass.it.soap.BatchReceipt;
import com.onecodepass.it.soap.Color;
import com.onecodepass.it.soap.ErrorCode;
import com.onecodepass.it.soap.GetCodeStatus;
import com.onecodepass.it.soap.GetCodeStatusResponse;
import com.onecodepass.it.soap.GetRiskAreas;
import com.onecodepass.it.soap.GetVerificationKeys;
import com.onecodepass.it.soap.HealthCodePort;
import com.onecodepass.it.soap.HealthCodeService;
import com.onecodepass.it.soap.IntegrationFault_Exception;
import com.onecodepass.it.soap.ItemReason;
import com.onecodepass.it.soap.ItemStatus;
import com.onecodepass.it.soap.SubmitTestResults;
import com.onecodepass.it.soap.SubmitTransitTrips;
import com.onecodepass.it.soap.SubmitVaccinations;
import com.onecodepass.it.soap.TestOutcome;
import com.onecodepass.it.soap.TestResult;
import com.onecodepass.it.soap.TokenError;
import com.onecodepass.it.soap.TransitTrip;
import com.onecodepass.it.soap.Vaccination;
import com.onecodepass.it.soap.VerifyToken;
import com.onecodepass.it.soap.VerifyTokenResponse;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.xml.ws.BindingProvider;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The SOAP integrator API through a standard JAX-WS client generated (wsimport) from the contract
 * WSDL and bound to the WSDL the server serves: every operation, typed faults, idempotent retry,
 * limits and hostile XML.
 */
@ExtendWith(ArquillianExtension.class)
class IntegratorSoapIT {

  private static final String WSDL_PATH = "/ws/HealthCodeService?wsdl";

  @Deployment
  static EnterpriseArchive deployment() {
    return Integrators.earWithTests();
  }

  @EJB CitizenRegistration registration;
  @EJB CodeCard codeCard;
  @EJB HealthRecords healthRecords;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  private record Person(long id, String residentId) {}

  private Person person() {
    String residentId = TestPeople.residentId();
    long id =
        registration
            .register(new Registration("李娜", residentId, TestPeople.mobile(), "610104"))
            .citizenId();
    return new Person(id, residentId);
  }

  private static HealthCodePort port(Client client) throws Exception {
    HealthCodePort port =
        new HealthCodeService(new URL(Integrators.base() + WSDL_PATH)).getHealthCodePort();
    var context = ((BindingProvider) port).getRequestContext();
    context.put(
        BindingProvider.ENDPOINT_ADDRESS_PROPERTY, Integrators.base() + "/ws/HealthCodeService");
    if (client != null) {
      context.put(BindingProvider.USERNAME_PROPERTY, client.id());
      context.put(BindingProvider.PASSWORD_PROPERTY, client.secret());
    }
    return port;
  }

  private static void assertFault(ErrorCode code, Executable call) {
    IntegrationFault_Exception fault = assertThrows(IntegrationFault_Exception.class, call);
    assertThat(fault.getFaultInfo().getCode()).isEqualTo(code);
  }

  private static XMLGregorianCalendar xml(Instant instant) throws Exception {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    calendar.setTimeInMillis(instant.toEpochMilli());
    return DatatypeFactory.newInstance().newXMLGregorianCalendar(calendar);
  }

  @Test
  void theServedWsdlCarriesTheTypedContract() throws Exception {
    String wsdl = Integrators.get(WSDL_PATH, null).body();
    assertThat(wsdl)
        .contains("\\d{17}[\\dX]")
        .contains("GREEN", "YELLOW", "RED", "NEGATIVE", "POSITIVE", "bad_signature")
        .contains(
            "GetVerificationKeys",
            "VerifyToken",
            "GetCodeStatus",
            "SubmitTestResults",
            "SubmitVaccinations",
            "SubmitTransitTrips",
            "GetRiskAreas",
            "IntegrationFault");
  }

  @Test
  void keysAndTokenVerificationArePublic() throws Exception {
    HealthCodePort port = port(null);
    assertThat(port.getVerificationKeys(new GetVerificationKeys()).getJwks()).contains("\"keys\"");
    VerifyToken request = new VerifyToken();
    request.setToken(codeCard.show(person().id).token());
    VerifyTokenResponse valid = port.verifyToken(request);
    assertThat(valid.isValid()).isTrue();
    assertThat(valid.getColor()).isEqualTo(Color.GREEN);
    assertThat(valid.getMaskedName()).isEqualTo("李*");
    request.setToken("not-a-token");
    VerifyTokenResponse garbled = port.verifyToken(request);
    assertThat(garbled.isValid()).isFalse();
    assertThat(garbled.getError()).isEqualTo(TokenError.MALFORMED);
  }

  @Test
  void codeStatusWithItsFaults() throws Exception {
    Person p = person();
    Client reader = Integrators.client(dataSource, "code:read", 100);
    GetCodeStatus request = new GetCodeStatus();
    request.setResidentId(p.residentId);
    GetCodeStatusResponse status = port(reader).getCodeStatus(request);
    assertThat(status.getColor()).isEqualTo(Color.GREEN);
    assertThat(status.getMaskedResidentId()).startsWith(p.residentId.substring(0, 4) + "*");

    Client writer = Integrators.client(dataSource, "results:write", 100);
    assertFault(ErrorCode.INSUFFICIENT_SCOPE, () -> port(writer).getCodeStatus(request));
    assertFault(
        ErrorCode.UNAUTHORIZED,
        () -> port(new Client(reader.id(), "wrong")).getCodeStatus(request));
    assertFault(ErrorCode.UNAUTHORIZED, () -> port(null).getCodeStatus(request));
    GetCodeStatus bad = new GetCodeStatus();
    bad.setResidentId(p.residentId.substring(0, 17) + (p.residentId.endsWith("1") ? "2" : "1"));
    assertFault(ErrorCode.INVALID_RESIDENT_ID, () -> port(reader).getCodeStatus(bad));
    GetCodeStatus unknown = new GetCodeStatus();
    unknown.setResidentId(TestPeople.residentId());
    assertFault(ErrorCode.UNKNOWN_RESIDENT, () -> port(reader).getCodeStatus(unknown));
  }

  @Test
  void testResultsAreIdempotent() throws Exception {
    Person p = person();
    Client lab = Integrators.client(dataSource, "results:write", 100);
    int before = healthRecords.testResults(p.id).size();
    SubmitTestResults request = new SubmitTestResults();
    request.setIdempotencyKey(Integrators.key());
    TestResult result = new TestResult();
    result.setResidentId(p.residentId);
    result.setOutcome(TestOutcome.NEGATIVE);
    result.setResultTime(xml(Instant.now().minusSeconds(60)));
    result.setLab("SOAP lab");
    TestResult unknownTube = new TestResult();
    unknownTube.setTubeBarcode("NO-SUCH-TUBE-2");
    unknownTube.setOutcome(TestOutcome.NEGATIVE);
    unknownTube.setResultTime(xml(Instant.now().minusSeconds(60)));
    unknownTube.setLab("SOAP lab");
    request.getResult().addAll(List.of(result, unknownTube));

    BatchReceipt first = port(lab).submitTestResults(request).getReceipt();
    assertThat(first.getAccepted()).isEqualTo(1);
    assertThat(first.getItem().get(1).getStatus()).isEqualTo(ItemStatus.REJECTED);
    assertThat(first.getItem().get(1).getReason()).isEqualTo(ItemReason.UNKNOWN_TUBE);
    BatchReceipt retry = port(lab).submitTestResults(request).getReceipt();
    assertThat(retry.getAccepted()).isEqualTo(1);
    assertThat(retry.getRejected()).isEqualTo(1);
    assertThat(healthRecords.testResults(p.id)).hasSize(before + 1);

    result.setLab("Another lab");
    assertFault(ErrorCode.IDEMPOTENCY_CONFLICT, () -> port(lab).submitTestResults(request));
    request.setIdempotencyKey("short");
    IntegrationFault_Exception badKey =
        assertThrows(IntegrationFault_Exception.class, () -> port(lab).submitTestResults(request));
    assertThat(badKey.getFaultInfo().getCode()).isEqualTo(ErrorCode.MALFORMED_REQUEST);
    assertThat(badKey.getFaultInfo().getField()).isEqualTo("idempotencyKey");
    request.setIdempotencyKey(Integrators.key());
    assertFault(
        ErrorCode.INSUFFICIENT_SCOPE,
        () -> port(Integrators.client(dataSource, "code:read", 100)).submitTestResults(request));
    assertFault(
        ErrorCode.UNAUTHORIZED,
        () -> port(new Client(lab.id(), "wrong")).submitTestResults(request));
  }

  @Test
  void vaccinationsAndTripsAreIdempotent() throws Exception {
    Person p = person();
    Client client = Integrators.client(dataSource, "vaccinations:write trips:write", 100);
    SubmitVaccinations doses = new SubmitVaccinations();
    doses.setIdempotencyKey(Integrators.key());
    Vaccination dose = new Vaccination();
    dose.setResidentId(p.residentId);
    dose.setVaccine("CoronaVac");
    dose.setDose(2);
    dose.setAdministeredAt(xml(Instant.now().minusSeconds(3600)));
    dose.setSite("莲湖区接种点");
    doses.getVaccination().add(dose);
    assertThat(port(client).submitVaccinations(doses).getReceipt().getAccepted()).isEqualTo(1);
    assertThat(port(client).submitVaccinations(doses).getReceipt().getAccepted()).isEqualTo(1);

    SubmitTransitTrips trips = new SubmitTransitTrips();
    trips.setIdempotencyKey(Integrators.key());
    TransitTrip trip = new TransitTrip();
    trip.setResidentId(p.residentId);
    trip.setLine("Bus 600");
    trip.setBoardedAt(xml(Instant.now().minusSeconds(1800)));
    trip.setBoardingStop("metro-610113");
    trips.getTrip().add(trip);
    assertThat(port(client).submitTransitTrips(trips).getReceipt().getAccepted()).isEqualTo(1);
    assertThat(port(client).submitTransitTrips(trips).getReceipt().getAccepted()).isEqualTo(1);

    Client reader = Integrators.client(dataSource, "code:read", 100);
    assertFault(ErrorCode.INSUFFICIENT_SCOPE, () -> port(reader).submitVaccinations(doses));
    assertFault(ErrorCode.INSUFFICIENT_SCOPE, () -> port(reader).submitTransitTrips(trips));
    assertFault(ErrorCode.UNAUTHORIZED, () -> port(null).submitTransitTrips(trips));
    dose.setResidentId("12345");
    doses.setIdempotencyKey(Integrators.key());
    BatchReceipt rejected = port(client).submitVaccinations(doses).getReceipt();
    assertThat(rejected.getItem().get(0).getReason()).isEqualTo(ItemReason.INVALID_RESIDENT_ID);
  }

  /** A time as the caller wrote it, e.g. with the city's offset +08:00. */
  private static XMLGregorianCalendar written(OffsetDateTime time) throws Exception {
    return DatatypeFactory.newInstance()
        .newXMLGregorianCalendar(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
  }

  @Test
  void timesKeepTheirOffsetAndTheSameBatchOverRestThenSoapIsOneBatch() throws Exception {
    Person p = person();
    Client lab = Integrators.client(dataSource, "results:write", 100);
    OffsetDateTime sampled =
        OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(2).truncatedTo(ChronoUnit.SECONDS);
    OffsetDateTime resulted = sampled.plusHours(1);
    String key = Integrators.key();
    HttpResponse<String> rest =
        Integrators.post(
            "/api/v1/test-results",
            lab,
            "{\"results\":[{\"residentId\":\""
                + p.residentId
                + "\",\"outcome\":\"NEGATIVE\",\"sampleTime\":\""
                + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(sampled)
                + "\",\"resultTime\":\""
                + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(resulted)
                + "\",\"lab\":\"Both ways lab\"}]}",
            "Idempotency-Key",
            key);
    assertThat(rest.statusCode()).as(rest.body()).isEqualTo(200);

    SubmitTestResults request = new SubmitTestResults();
    request.setIdempotencyKey(key);
    TestResult result = new TestResult();
    result.setResidentId(p.residentId);
    result.setOutcome(TestOutcome.NEGATIVE);
    result.setSampleTime(written(sampled));
    result.setResultTime(written(resulted));
    result.setLab("Both ways lab");
    request.getResult().add(result);
    BatchReceipt replay = port(lab).submitTestResults(request).getReceipt();
    assertThat(replay.getAccepted()).isEqualTo(1);
    assertThat(healthRecords.testResults(p.id))
        .filteredOn(r -> "Both ways lab".equals(r.lab()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.sampleTime()).isEqualTo(sampled.toInstant());
              assertThat(r.resultTime()).isEqualTo(resulted.toInstant());
            });

    // A recent result sent over SOAP alone, in city time, is stored at the instant it names.
    request.setIdempotencyKey(Integrators.key());
    OffsetDateTime recent = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(10);
    result.setSampleTime(written(recent.minusMinutes(20).truncatedTo(ChronoUnit.SECONDS)));
    result.setResultTime(written(recent.truncatedTo(ChronoUnit.SECONDS)));
    result.setLab("SOAP city time");
    assertThat(port(lab).submitTestResults(request).getReceipt().getAccepted()).isEqualTo(1);
    assertThat(healthRecords.testResults(p.id))
        .filteredOn(r -> "SOAP city time".equals(r.lab()))
        .singleElement()
        .extracting(r -> r.resultTime())
        .isEqualTo(recent.truncatedTo(ChronoUnit.SECONDS).toInstant());

    // Without an offset it is refused, as over REST.
    request.setIdempotencyKey(Integrators.key());
    XMLGregorianCalendar noOffset = written(recent.truncatedTo(ChronoUnit.SECONDS));
    noOffset.setTimezone(DatatypeConstants.FIELD_UNDEFINED);
    result.setSampleTime(null);
    result.setResultTime(noOffset);
    BatchReceipt refused = port(lab).submitTestResults(request).getReceipt();
    assertThat(refused.getItem().get(0).getReason()).isEqualTo(ItemReason.INVALID_TIME);
  }

  @Test
  void anUnknownBoardingStopIsRejectedPerItemWithAReceipt() throws Exception {
    Person p = person();
    Client gate = Integrators.client(dataSource, "trips:write", 100);
    SubmitTransitTrips trips = new SubmitTransitTrips();
    trips.setIdempotencyKey(Integrators.key());
    for (String stop : List.of("metro-610113", "no-such-gate")) {
      TransitTrip trip = new TransitTrip();
      trip.setResidentId(p.residentId);
      trip.setLine("Metro 2");
      trip.setBoardedAt(xml(Instant.now().minusSeconds(stop.length() * 60L)));
      trip.setBoardingStop(stop);
      trips.getTrip().add(trip);
    }
    BatchReceipt receipt = port(gate).submitTransitTrips(trips).getReceipt();
    assertThat(receipt.getAccepted()).isEqualTo(1);
    assertThat(receipt.getItem().get(1).getReason()).isEqualTo(ItemReason.TRANSIT_UNKNOWNGATE);
    assertThat(port(gate).submitTransitTrips(trips).getReceipt().getAccepted()).isEqualTo(1);
  }

  @Test
  void theCallersErrorsAreClientFaults() throws Exception {
    String envelope =
        "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
            + "<GetCodeStatus xmlns=\"https://onecodepass.example/ws/health-code/v1\">"
            + "<residentId>"
            + TestPeople.residentId()
            + "</residentId></GetCodeStatus></soap:Body></soap:Envelope>";
    Client reader = Integrators.client(dataSource, "code:read", 100);
    for (Client caller : java.util.Arrays.asList(null, reader)) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(Integrators.base() + "/ws/HealthCodeService"))
              .header("Content-Type", "text/xml; charset=UTF-8")
              .header("SOAPAction", "\"GetCodeStatus\"")
              .POST(HttpRequest.BodyPublishers.ofString(envelope));
      if (caller != null) {
        request.header("Authorization", caller.basic());
      }
      HttpResponse<String> response =
          Integrators.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.body()).contains(caller == null ? "unauthorized" : "unknown-resident");
      Matcher code =
          Pattern.compile("<faultcode[^>]*>([^<]+)</faultcode>").matcher(response.body());
      assertThat(code.find()).as(response.body()).isTrue();
      String prefix = code.group(1).substring(0, code.group(1).indexOf(':'));
      assertThat(code.group(1)).endsWith(":Client");
      assertThat(response.body())
          .contains("xmlns:" + prefix + "=\"http://schemas.xmlsoap.org/soap/envelope/\"");
    }
  }

  @Test
  void riskAreasAndTheRateLimit() throws Exception {
    assertThat(
            port(Integrators.client(dataSource, "areas:read", 100))
                .getRiskAreas(new GetRiskAreas())
                .getArea())
        .isNotNull();
    assertFault(
        ErrorCode.INSUFFICIENT_SCOPE,
        () ->
            port(Integrators.client(dataSource, "code:read", 100))
                .getRiskAreas(new GetRiskAreas()));
    HealthCodePort slow = port(Integrators.client(dataSource, "areas:read", 1));
    IntegrationFault_Exception limited = null;
    for (int i = 0; i < 20 && limited == null; i++) {
      try {
        slow.getRiskAreas(new GetRiskAreas());
      } catch (IntegrationFault_Exception e) {
        limited = e;
      }
    }
    assertThat(limited).isNotNull();
    assertThat(limited.getFaultInfo().getCode()).isEqualTo(ErrorCode.RATE_LIMITED);
    assertThat(limited.getFaultInfo().getStatus()).isEqualTo(429);
    assertThat(limited.getFaultInfo().getRetryAfterSeconds()).isPositive();
  }

  @Test
  void xxeAndBillionLaughsAreRejected() throws Exception {
    String open =
        "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
            + "<VerifyToken xmlns=\"https://onecodepass.example/ws/health-code/v1\"><token>";
    String close = "</token></VerifyToken></soap:Body></soap:Envelope>";
    for (String xml :
        List.of(Integrators.xxe(open, close), Integrators.billionLaughs(open, close))) {
      long started = System.nanoTime();
      HttpResponse<String> response =
          Integrators.HTTP.send(
              HttpRequest.newBuilder(URI.create(Integrators.base() + "/ws/HealthCodeService"))
                  .header("Content-Type", "text/xml; charset=UTF-8")
                  .header("SOAPAction", "\"VerifyToken\"")
                  .POST(HttpRequest.BodyPublishers.ofString(xml))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(500);
      assertThat(response.body())
          .contains("Fault")
          .doesNotContain("root:")
          .doesNotContain("lollol");
      assertThat(System.nanoTime() - started).isLessThan(5_000_000_000L);
    }
  }

  @Test
  void anOversizedEnvelopeIsRefusedBeforeItIsRead() throws Exception {
    assertThat(Integrators.announceHugeBody("/ws/HealthCodeService", "text/xml")).contains(" 413");
  }
}
