package com.onecodepass.web.integration.control;

import java.util.List;

/**
 * One item type of an integrator batch: what makes two requests "the same body", and the rules that
 * accept one item and hand it on. The {@link BatchEngine} calls it item by item; the type knows
 * nothing of keys, ledgers or receipts.
 */
public interface ItemHandler<T> {

  /** The operation, as audited and as part of the request hash. */
  String operation();

  /**
   * The item's fields as they count for idempotency: times as instants, so a retry over SOAP of a
   * REST batch, or with another offset notation, is still the same request.
   */
  List<Object> canonical(T item);

  /**
   * Validates one item and applies it through {@link ItemTransactions#applyOnce}; refuses with
   * {@link ItemRejected} or the module's own exception, which the engine turns into a reason.
   */
  void handle(ItemRef ref, T item);
}
