package com.onecodepass.triprecord.api.demo;

import jakarta.ejb.Local;
import java.util.List;

/** Demo mode only: venues across the districts and two weeks of check-ins. */
@Local
public interface TripDemoData {

  /** Creates about 50 venues and their visits unless venues exist already. */
  void seed(List<Long> citizenIds);
}
