package com.onecodepass.codeissue.api.demo;

import jakarta.ejb.Local;
import java.util.List;

/** Demo mode only: gives some demo citizens each colour, through the real rules and history. */
@Local
public interface ColourDemoData {

  /** Records cases, contacts, pools and declarations for a share of {@code citizenIds}, once. */
  void seed(List<Long> citizenIds);
}
