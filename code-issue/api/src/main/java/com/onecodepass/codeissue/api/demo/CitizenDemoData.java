package com.onecodepass.codeissue.api.demo;

import jakarta.ejb.Local;
import java.util.List;

/** Demo mode only: fills an empty database with citizens so the pages have something to show. */
@Local
public interface CitizenDemoData {

  /**
   * Creates {@code count} citizens with test results unless citizens exist already.
   *
   * @return the ids of all demo citizens (existing or new)
   */
  List<Long> seed(int count);
}
