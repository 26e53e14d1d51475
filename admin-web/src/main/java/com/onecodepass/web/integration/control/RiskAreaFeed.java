package com.onecodepass.web.integration.control;

import com.onecodepass.web.integration.entity.RiskAreaView;
import java.util.List;

/** The risk areas in force, as integrators see them (REST and SOAP). */
public interface RiskAreaFeed {

  List<RiskAreaView> current();
}
