package com.onecodepass.web.integration.boundary;

import com.onecodepass.web.integration.control.AuditTrail;
import com.onecodepass.web.integration.control.BatchEngine;
import com.onecodepass.web.integration.control.ClientAuthenticator;
import com.onecodepass.web.integration.control.CodeStatusLookup;
import com.onecodepass.web.integration.control.ItemHandler;
import com.onecodepass.web.integration.control.RateLimiter;
import com.onecodepass.web.integration.control.RiskAreaFeed;
import com.onecodepass.web.integration.control.TestResultHandler;
import com.onecodepass.web.integration.control.TokenVerifier;
import com.onecodepass.web.integration.control.TripHandler;
import com.onecodepass.web.integration.control.VaccinationHandler;
import com.onecodepass.web.integration.entity.ApiCaller;
import com.onecodepass.web.integration.entity.BatchFields;
import com.onecodepass.web.integration.entity.BatchReceipt;
import com.onecodepass.web.integration.entity.CodeStatusAnswer;
import com.onecodepass.web.integration.entity.Credentials;
import com.onecodepass.web.integration.entity.IntegrationException;
import com.onecodepass.web.integration.entity.Problem;
import com.onecodepass.web.integration.entity.RiskAreaView;
import com.onecodepass.web.integration.entity.Scope;
import com.onecodepass.web.integration.entity.TestResultItem;
import com.onecodepass.web.integration.entity.TokenCheck;
import com.onecodepass.web.integration.entity.TripItem;
import com.onecodepass.web.integration.entity.VaccinationItem;
import com.onecodepass.web.verify.PublicOrigin;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The integrator operations, once, for REST and SOAP alike. Here only what every operation shares:
 * who the client is, whether its scope allows the operation (a refusal is audited), and its rate
 * limit; then one control does the work ({@link BatchEngine} with one {@link ItemHandler} per item
 * type for batches). The edges only translate their wire formats to these calls and {@link
 * IntegrationException} back to theirs.
 *
 * <p>No transaction: batch items commit one by one (see {@link BatchEngine}), reads need none.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IntegrationService {

  @Inject ClientAuthenticator authenticator;
  @Inject RateLimiter limiter;
  @EJB AuditTrail audit;

  @Inject TokenVerifier tokens;
  @Inject CodeStatusLookup codeStatus;
  @Inject RiskAreaFeed riskAreas;
  @Inject BatchEngine batches;
  @Inject TestResultHandler testResults;
  @Inject VaccinationHandler vaccinations;
  @Inject TripHandler trips;

  public String verificationKeys() {
    return tokens.publicKeysJwks();
  }

  /** Public (no credentials), limited per client address. */
  public TokenCheck verifyToken(Credentials credentials, String token) {
    return verifyToken(credentials, token, null);
  }

  /** As above; with {@code ours} given, a token inside a link to another host is flagged. */
  public TokenCheck verifyToken(Credentials credentials, String token, PublicOrigin ours) {
    return tokens.checkFrom(credentials.address(), token, ours);
  }

  public CodeStatusAnswer codeStatus(Credentials credentials, String residentId) {
    ApiCaller caller = admit(credentials, Scope.CODE_READ, CodeStatusLookup.OPERATION);
    return codeStatus.lookUp(caller, residentId);
  }

  public BatchReceipt submitTestResults(
      Credentials credentials,
      BatchFields fields,
      String idempotencyKey,
      List<TestResultItem> results) {
    return batch(credentials, Scope.RESULTS_WRITE, fields, idempotencyKey, results, testResults);
  }

  public BatchReceipt submitVaccinations(
      Credentials credentials,
      BatchFields fields,
      String idempotencyKey,
      List<VaccinationItem> doses) {
    return batch(
        credentials, Scope.VACCINATIONS_WRITE, fields, idempotencyKey, doses, vaccinations);
  }

  public BatchReceipt submitTrips(
      Credentials credentials, BatchFields fields, String idempotencyKey, List<TripItem> rides) {
    return batch(credentials, Scope.TRIPS_WRITE, fields, idempotencyKey, rides, trips);
  }

  public List<RiskAreaView> riskAreas(Credentials credentials) {
    admit(credentials, Scope.AREAS_READ, null);
    return riskAreas.current();
  }

  private <T> BatchReceipt batch(
      Credentials credentials,
      Scope scope,
      BatchFields fields,
      String idempotencyKey,
      List<T> items,
      ItemHandler<T> handler) {
    ApiCaller caller = admit(credentials, scope, handler.operation());
    return batches.run(caller, fields, idempotencyKey, items, handler);
  }

  /** Authenticates, checks the scope (a refusal is audited) and counts the client's request. */
  private ApiCaller admit(Credentials credentials, Scope scope, String auditedOperation) {
    ApiCaller caller = authenticator.authenticate(credentials);
    if (!caller.may(scope)) {
      if (auditedOperation != null) {
        audit.record(caller, auditedOperation, null, "insufficient-scope");
      }
      throw new IntegrationException(Problem.INSUFFICIENT_SCOPE, "requires scope " + scope.value());
    }
    limiter.acquire("client:" + caller.clientId(), caller.requestsPerSecond(), 1);
    return caller;
  }
}
