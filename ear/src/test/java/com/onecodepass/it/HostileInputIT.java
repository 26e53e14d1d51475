package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The standing adversarial suite: generated hostile input (a fixed seed, bounded tries) against
 * every REST operation, every SOAP operation and every citizen form of the production EAR, from
 * outside. A failure names the seed and the sample; {@link KnownDefects} lists what others fix.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.productionEar();
  }

  @ArquillianResource URL base;

  @BeforeEach
  void target() throws Exception {
    HostileTarget.prepareOnce(base.toString());
  }

  @Test
  void everyRestOperationIsAttacked() {
    HostileRest.everyDocumentedOperationIsAttacked();
  }

  @Test
  void restOperationsSurviveHostileRequests() {
    HostileRest.everyOperationSurvivesHostileInput(300);
  }

  @Test
  void everySoapOperationIsAttacked() throws Exception {
    HostileSoap.everyWsdlOperationIsAttacked();
  }

  @Test
  void soapOperationsSurviveHostileEnvelopes() {
    HostileSoap.everyOperationSurvivesHostileEnvelopes(150);
  }

  /** Found by the SOAP property: CXF failed in its transport and the container answered 500. */
  @Test
  void aBodyInACharsetTheServerCannotDecodeIsTheCallersError() {
    HostileTarget target = HostileTarget.current();
    HttpResponse<String> soap =
        target.send(
            HttpRequest.newBuilder(target.uri("/ws/HealthCodeService"))
                .header("Content-Type", "text/xml; charset=nonsense")
                .POST(HttpRequest.BodyPublishers.ofString("<a/>")));
    assertThat(soap.statusCode()).isEqualTo(415);
    assertThat(soap.body()).contains("<faultcode>soap:Client</faultcode>");
    HttpResponse<String> rest =
        target.send(
            HttpRequest.newBuilder(target.uri("/api/v1/tokens/verify"))
                .header("Content-Type", "application/json; charset=nonsense")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"x\"}")));
    assertThat(rest.statusCode()).isEqualTo(415);
    assertThat(rest.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  /**
   * Media-type headers RESTEasy cannot parse: refused before its pipeline (garbage) or inside it (a
   * q value that is not a number). Both reached integrators as text/html before.
   */
  @Test
  void unparsableMediaTypeHeadersAreRefusedAsProblemJson() {
    HostileTarget target = HostileTarget.current();
    for (String[] header :
        new String[][] {
          {"Accept", "garbage"}, {"Accept", "*/*;q=abc"}, {"Content-Type", "garbage"}
        }) {
      HttpResponse<String> answer =
          target.send(
              HttpRequest.newBuilder(target.uri("/api/v1/risk-areas"))
                  .header(header[0], header[1])
                  .GET());
      assertThat(answer.statusCode()).as(header[0] + ": " + header[1]).isBetween(400, 499);
      assertThat(answer.headers().firstValue("Content-Type"))
          .as(header[0] + ": " + header[1])
          .hasValue("application/problem+json");
    }
  }

  @Test
  void everyCitizenFormIsAttacked() throws Exception {
    HostileForms.everyCitizenFormIsAttacked();
  }

  @Test
  void registrationSurvivesHostileInput() {
    HostileForms.registration(40);
  }

  @Test
  void signInSurvivesHostileInput() {
    HostileForms.signIn(30);
  }

  @Test
  void declarationSurvivesHostileInput() {
    HostileForms.declaration(30);
  }

  @Test
  void dependantsSurviveHostileInput() {
    HostileForms.dependants(30);
  }

  @Test
  void appealsSurviveHostileInput() {
    HostileForms.appeals(30);
  }

  @Test
  void checkInSurvivesHostileInput() {
    HostileForms.checkIn(20);
  }
}
