package com.onecodepass.codeissue.api;

import java.util.List;

/** A pooled sample tube as sampling staff see it: members by masked name only. */
public record TubeView(
    String barcode, String site, String status, TestOutcome result, List<String> members) {

  public static final int CAPACITY = 10;

  public boolean full() {
    return members.size() >= CAPACITY;
  }
}
