package com.onecodepass.triprecord.api.demo;

import jakarta.ejb.Local;
import java.util.List;

/**
 * Demo mode only: the visits behind the demo's unfolding case in 雁塔区. The person who just tested
 * positive shopped at the district's supermarket yesterday and rode the metro an hour later; {@code
 * companions} were there with them (the last at the metro station), {@code outsideWindow} came to
 * the supermarket too late to count, and {@code secondary} ate with the first companion later that
 * evening.
 */
@Local
public interface OutbreakDemoTrips {

  /**
   * @return false when the visits are there already (nothing is written twice)
   */
  boolean seed(long positive, List<Long> companions, long outsideWindow, long secondary);
}
