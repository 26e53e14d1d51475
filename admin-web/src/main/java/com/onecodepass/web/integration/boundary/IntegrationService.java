package com.onecodepass.web.integration.boundary;

import com.onecodepass.codeissue.api.CitizenDirectory;
import com.onecodepass.codeissue.api.CodeCard;
import com.onecodepass.codeissue.api.CodeStatus;
import com.onecodepass.codeissue.api.CodeVerification;
import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.InvalidResidentIdException;
import com.onecodepass.codeissue.api.ResidentId;
import com.onecodepass.codeissue.api.ResultFields;
import com.onecodepass.codeissue.api.RowRejected;
import com.onecodepass.codeissue.api.Sampling;
import com.onecodepass.codeissue.api.TestOutcome;
import com.onecodepass.codeissue.api.TokenVerdict;
import com.onecodepass.codeissue.api.VerificationView;
import com.onecodepass.triprecord.api.VenueException;
import com.onecodepass.web.integration.control.ApiSettings;
import com.onecodepass.web.integration.control.AuditTrail;
import com.onecodepass.web.integration.control.BatchLedger;
import com.onecodepass.web.integration.control.ClientAuthenticator;
import com.onecodepass.web.integration.control.ItemRef;
import com.onecodepass.web.integration.control.ItemRejected;
import com.onecodepass.web.integration.control.ItemRules;
import com.onecodepass.web.integration.control.ItemTransactions;
import com.onecodepass.web.integration.control.RateLimiter;
import com.onecodepass.web.integration.control.ReceiptJson;
import com.onecodepass.web.integration.control.RiskAreaFeed;
import com.onecodepass.web.integration.control.TripIntake;
import com.onecodepass.web.integration.control.VaccinationIntake;
import com.onecodepass.web.integration.entity.ApiCaller;
import com.onecodepass.web.integration.entity.BatchFields;
import com.onecodepass.web.integration.entity.BatchReceipt;
import com.onecodepass.web.integration.entity.CodeStatusAnswer;
import com.onecodepass.web.integration.entity.Credentials;
import com.onecodepass.web.integration.entity.IntegrationException;
import com.onecodepass.web.integration.entity.ItemOutcome;
import com.onecodepass.web.integration.entity.ItemReason;
import com.onecodepass.web.integration.entity.Problem;
import com.onecodepass.web.integration.entity.RiskAreaView;
import com.onecodepass.web.integration.entity.Scope;
import com.onecodepass.web.integration.entity.TestResultItem;
import com.onecodepass.web.integration.entity.TokenCheck;
import com.onecodepass.web.integration.entity.TripItem;
import com.onecodepass.web.integration.entity.VaccinationItem;
import com.onecodepass.web.surge.DatabaseOutage;
import com.onecodepass.web.verify.PublicOrigin;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The integrator operations, once, for REST and SOAP alike: authentication, scope, rate limit,
 * validation, idempotency, audit. The edges only translate their wire formats to these calls and
 * {@link IntegrationException} back to theirs.
 *
 * <p>No transaction spans a call: each batch item commits on its own (with its "applied" mark)
 * before the receipt is stored and returned, so an acknowledged item is durable and a retried batch
 * never applies an item twice. Every item ends in the receipt, accepted or rejected with an {@link
 * ItemReason}; only an unreachable database ends a batch without one, and its retry resumes it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IntegrationService {

  private static final Logger LOG = Logger.getLogger(IntegrationService.class.getName());
  private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:\\-]{8,100}");
  @EJB CodeVerification verification;
  @EJB CodeCard codeCard;
  @EJB CitizenDirectory directory;
  @EJB Sampling sampling;

  @Inject ClientAuthenticator authenticator;
  @Inject RateLimiter limiter;
  @Inject RiskAreaFeed riskAreas;
  @Inject VaccinationIntake vaccinations;
  @Inject TripIntake trips;
  @EJB AuditTrail audit;
  @EJB BatchLedger ledger;
  @EJB ItemTransactions items;

  public String verificationKeys() {
    return verification.publicKeysJwks();
  }

  /** Public (no credentials), limited per client address. */
  public TokenCheck verifyToken(Credentials credentials, String token) {
    return verifyToken(credentials, token, null);
  }

  /** As above; with {@code ours} given, a token inside a link to another host is flagged. */
  public TokenCheck verifyToken(Credentials credentials, String token, PublicOrigin ours) {
    limiter.acquire("verify:" + credentials.address(), ApiSettings.verifyPerAddressPerSecond(), 1);
    if (token == null || token.isBlank()) {
      throw IntegrationException.malformed("token", "token is required");
    }
    if (token.length() > 2048) {
      throw IntegrationException.malformed("token", "token is longer than 2048 characters");
    }
    VerificationView v = verification.verify(token.strip());
    TokenVerdict verdict =
        v.verdict() == TokenVerdict.NOT_A_VENUE_CODE ? TokenVerdict.MALFORMED : v.verdict();
    return new TokenCheck(
        v.valid(),
        v.valid() ? null : verdict.errorCode(),
        v.colour() == null ? null : v.colour().name(),
        v.maskedName(),
        v.issuedAt(),
        v.expiresAt(),
        ours != null && !ours.owns(token));
  }

  public CodeStatusAnswer codeStatus(Credentials credentials, String residentId) {
    ApiCaller caller = admit(credentials, Scope.CODE_READ, "code-status");
    ResidentId id;
    try {
      id = ResidentId.parse(residentId);
    } catch (InvalidResidentIdException e) {
      audit.record(caller, "code-status", null, "invalid-resident-id");
      throw new IntegrationException(
          Problem.INVALID_RESIDENT_ID, e.problem().messageKey(), "residentId", 0);
    }
    Long citizenId = directory.idOf(id.value()).orElse(null);
    if (citizenId == null) {
      audit.record(caller, "code-status", id.masked(), "unknown-resident");
      throw new IntegrationException(Problem.UNKNOWN_RESIDENT, null, "residentId", 0);
    }
    CodeStatus status = codeCard.status(citizenId);
    audit.record(caller, "code-status", id.masked(), "ok");
    return new CodeStatusAnswer(
        status.colour().name(),
        status.colourSince(),
        status.reasonCategory(),
        status.maskedName(),
        status.maskedResidentId());
  }

  public BatchReceipt submitTestResults(
      Credentials credentials,
      BatchFields fields,
      String idempotencyKey,
      List<TestResultItem> results) {
    ApiCaller caller = admit(credentials, Scope.RESULTS_WRITE, "test-results");
    String staffId = "api:" + caller.clientId();
    return batch(
        caller,
        "test-results",
        fields,
        idempotencyKey,
        results,
        r ->
            Arrays.asList(
                r.residentId(),
                r.tubeBarcode(),
                r.outcome(),
                ItemRules.canonicalTime(r.sampleTime()),
                ItemRules.canonicalTime(r.resultTime()),
                r.lab()),
        (ref, r) -> {
          boolean person = r.residentId() != null && !r.residentId().isBlank();
          boolean tube = r.tubeBarcode() != null && !r.tubeBarcode().isBlank();
          if (person == tube) {
            throw new ItemRejected(
                person ? ItemReason.AMBIGUOUS_SUBJECT : ItemReason.MISSING_FIELD);
          }
          ResidentId id = person ? ItemRules.person(r.residentId()) : null;
          if (tube) {
            ResultFields.barcode(r.tubeBarcode());
          }
          TestOutcome outcome = ResultFields.outcome(r.outcome());
          Instant resultTime = ItemRules.time(r.resultTime(), true);
          Instant sampleTime = ItemRules.time(r.sampleTime(), false);
          if (sampleTime != null && sampleTime.isAfter(resultTime)) {
            throw new ItemRejected(ItemReason.INVALID_TIME);
          }
          String lab = ItemRules.text(r.lab(), 80);
          items.applyOnce(
              ref,
              person
                  ? () ->
                      sampling.recordIndividualResult(
                          id.value(),
                          outcome,
                          sampleTime == null ? resultTime : sampleTime,
                          resultTime,
                          lab,
                          staffId)
                  : () ->
                      sampling.recordTubeResult(
                          r.tubeBarcode().strip(), outcome, resultTime, lab, staffId));
        });
  }

  public BatchReceipt submitVaccinations(
      Credentials credentials,
      BatchFields fields,
      String idempotencyKey,
      List<VaccinationItem> doses) {
    ApiCaller caller = admit(credentials, Scope.VACCINATIONS_WRITE, "vaccinations");
    return batch(
        caller,
        "vaccinations",
        fields,
        idempotencyKey,
        doses,
        v ->
            Arrays.asList(
                v.residentId(),
                v.vaccine(),
                v.dose(),
                ItemRules.canonicalTime(v.administeredAt()),
                v.site()),
        (ref, v) -> {
          ResidentId id = ItemRules.person(v.residentId());
          ItemRules.text(v.vaccine(), 80);
          ItemRules.text(v.site(), 80);
          if (v.dose() == null || v.dose() < 1 || v.dose() > 9) {
            throw new ItemRejected(ItemReason.INVALID_DOSE);
          }
          Instant at = ItemRules.time(v.administeredAt(), true);
          items.applyOnce(ref, () -> vaccinations.record(ref, id, at, v));
        });
  }

  public BatchReceipt submitTrips(
      Credentials credentials, BatchFields fields, String idempotencyKey, List<TripItem> rides) {
    ApiCaller caller = admit(credentials, Scope.TRIPS_WRITE, "transit-trips");
    return batch(
        caller,
        "transit-trips",
        fields,
        idempotencyKey,
        rides,
        t ->
            Arrays.asList(
                t.residentId(),
                t.line(),
                t.vehicle(),
                ItemRules.canonicalTime(t.boardedAt()),
                t.boardingStop(),
                ItemRules.canonicalTime(t.alightedAt()),
                t.alightingStop()),
        (ref, t) -> {
          ResidentId id = ItemRules.person(t.residentId());
          ItemRules.text(t.line(), 80);
          ItemRules.text(t.boardingStop(), 80);
          ItemRules.optionalText(t.vehicle(), 80);
          ItemRules.optionalText(t.alightingStop(), 80);
          Instant boarded = ItemRules.time(t.boardedAt(), true);
          Instant alighted = ItemRules.time(t.alightedAt(), false);
          if (alighted != null && alighted.isBefore(boarded)) {
            throw new ItemRejected(ItemReason.INVALID_TIME);
          }
          items.applyOnce(ref, () -> trips.record(ref, id, boarded, alighted, t));
        });
  }

  public List<RiskAreaView> riskAreas(Credentials credentials) {
    admit(credentials, Scope.AREAS_READ, null);
    return riskAreas.current();
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

  private interface ItemHandler<T> {
    /** Validates and applies one item; throws ItemRejected or the module's exception. */
    void handle(ItemRef ref, T item);
  }

  private <T> BatchReceipt batch(
      ApiCaller caller,
      String operation,
      BatchFields fields,
      String key,
      List<T> batch,
      Function<T, List<Object>> canonical,
      ItemHandler<T> handler) {
    if (key == null || !IDEMPOTENCY_KEY.matcher(key).matches()) {
      throw IntegrationException.malformed(
          fields.idempotencyKey(), "8-100 characters of A-Z a-z 0-9 . _ : - required");
    }
    if (batch == null || batch.isEmpty()) {
      throw IntegrationException.malformed(fields.items(), "a batch holds at least one item");
    }
    if (batch.size() > ApiSettings.MAX_BATCH_ITEMS) {
      throw new IntegrationException(Problem.BATCH_TOO_LARGE, null, fields.items(), 0);
    }
    if (batch.contains(null)) {
      throw IntegrationException.malformed(fields.items(), "null item");
    }
    String target = "batch " + key + " (" + batch.size() + " items)";
    String hash = ItemRules.requestHash(operation, batch, canonical);
    BatchLedger.Claim claim;
    try {
      claim = ledger.claim(caller.clientId(), key, operation, hash);
    } catch (IntegrationException e) {
      audit.record(caller, operation, target, e.problem().code());
      throw e;
    }
    if (claim instanceof BatchLedger.Replay replay) {
      audit.record(caller, operation, target, "replayed");
      return ReceiptJson.read(replay.response());
    }
    Set<Integer> applied = ((BatchLedger.Process) claim).alreadyApplied();
    List<ItemOutcome> outcomes;
    try {
      outcomes = applyAll(caller, key, batch, applied, handler);
    } catch (RuntimeException outage) {
      // The database is unreachable: the retry resumes where this ended (applied items are kept).
      ledger.release(caller.clientId(), key);
      throw outage;
    }
    BatchReceipt receipt = BatchReceipt.of(key, outcomes);
    ledger.complete(caller.clientId(), key, ReceiptJson.write(receipt));
    audit.record(
        caller,
        operation,
        target,
        "accepted " + receipt.accepted() + ", rejected " + receipt.rejected());
    return receipt;
  }

  private static <T> List<ItemOutcome> applyAll(
      ApiCaller caller, String key, List<T> batch, Set<Integer> applied, ItemHandler<T> handler) {
    List<ItemOutcome> outcomes = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      if (applied.contains(i)) {
        outcomes.add(ItemOutcome.accepted(i));
        continue;
      }
      try {
        handler.handle(new ItemRef(caller.clientId(), key, i), batch.get(i));
        outcomes.add(ItemOutcome.accepted(i));
      } catch (RowRejected e) {
        outcomes.add(ItemOutcome.rejected(i, ItemReason.ofCode(e.reason())));
      } catch (InvalidInputException e) {
        outcomes.add(ItemOutcome.rejected(i, ItemRules.reasonFor(e)));
      } catch (VenueException e) {
        outcomes.add(ItemOutcome.rejected(i, ItemRules.reasonFor(e)));
      } catch (RuntimeException e) {
        if (DatabaseOutage.causedBy(e)) {
          throw e;
        }
        // A fault of ours that a retry would meet again: failing the batch would leave the items
        // before it applied without a receipt, and every retry would fail the same way.
        LOG.log(Level.SEVERE, "batch " + key + " item " + i + " failed", e);
        outcomes.add(ItemOutcome.rejected(i, ItemReason.INTERNAL_ERROR));
      }
    }
    return outcomes;
  }
}
