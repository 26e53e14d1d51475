package com.onecodepass.codeissue.api.demo;

import jakarta.ejb.Local;
import java.util.List;

/** Demo mode only: open appeals and a four-eyes request in 雁塔区 for the demo officers. */
@Local
public interface AppealDemoData {

  /** Runs after the colour demo data, once; changes no one's colour. */
  void seed(List<Long> citizenIds);
}
