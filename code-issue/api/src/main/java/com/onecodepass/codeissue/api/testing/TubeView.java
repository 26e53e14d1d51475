package com.onecodepass.codeissue.api.testing;

import java.io.Serializable;
import java.util.List;

/**
 * A pooled sample tube as sampling staff see it: members by masked name only. Serializable: a
 * view-scoped page holds it, and view state is replicated with the web session in a cluster.
 */
public record TubeView(
    String barcode, String site, String status, TestOutcome result, List<String> members)
    implements Serializable {

  public static final int CAPACITY = 10;

  public boolean full() {
    return members.size() >= CAPACITY;
  }
}
