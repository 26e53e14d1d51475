package com.onecodepass.web.integration.control;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.testing.RowRejected;
import com.onecodepass.triprecord.api.venue.VenueException;
import com.onecodepass.web.integration.entity.ApiCaller;
import com.onecodepass.web.integration.entity.BatchFields;
import com.onecodepass.web.integration.entity.BatchReceipt;
import com.onecodepass.web.integration.entity.IntegrationException;
import com.onecodepass.web.integration.entity.ItemOutcome;
import com.onecodepass.web.integration.entity.ItemReason;
import com.onecodepass.web.integration.entity.Problem;
import com.onecodepass.web.surge.DatabaseOutage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Runs one admitted client's batch, whatever its item type: the idempotency key, the {@link
 * BatchLedger}'s claim, one transaction per item ({@link ItemTransactions}), the receipt and its
 * audit entry.
 *
 * <p>No transaction spans a batch: each item commits on its own (with its "applied" mark) before
 * the receipt is stored and returned, so an acknowledged item is durable and a retried batch never
 * applies an item twice. Every item ends in the receipt, accepted or rejected with an {@link
 * ItemReason}; only an unreachable database ends a batch without one, and its retry resumes it.
 */
@ApplicationScoped
public class BatchEngine {

  private static final Logger LOG = Logger.getLogger(BatchEngine.class.getName());
  private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:\\-]{8,100}");

  @EJB AuditTrail audit;
  @EJB BatchLedger ledger;

  public <T> BatchReceipt run(
      ApiCaller caller, BatchFields fields, String key, List<T> batch, ItemHandler<T> handler) {
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
    String operation = handler.operation();
    String target = "batch " + key + " (" + batch.size() + " items)";
    String hash = ItemRules.requestHash(operation, batch, handler::canonical);
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
