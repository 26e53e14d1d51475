package com.onecodepass.web.integration.entity;

import java.util.List;

/** The answer to a batch; stored with its Idempotency-Key so that a retry gets it again. */
public record BatchReceipt(
    String idempotencyKey, int accepted, int rejected, List<ItemOutcome> items) {

  public static BatchReceipt of(String key, List<ItemOutcome> items) {
    int accepted = (int) items.stream().filter(ItemOutcome::isAccepted).count();
    return new BatchReceipt(key, accepted, items.size() - accepted, List.copyOf(items));
  }
}
