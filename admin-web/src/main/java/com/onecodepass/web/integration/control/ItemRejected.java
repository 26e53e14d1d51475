package com.onecodepass.web.integration.control;

import com.onecodepass.codeissue.api.testing.RowRejected;
import com.onecodepass.web.integration.entity.ItemReason;

/**
 * One batch item is unacceptable; {@code reason} is the public per-item code. The shared result
 * rules throw the {@link RowRejected} it extends, so both are reported alike.
 */
public class ItemRejected extends RowRejected {

  private static final long serialVersionUID = 1L;

  public ItemRejected(ItemReason reason) {
    super(reason.code());
  }
}
