package com.onecodepass.web.integration.control;

import com.onecodepass.web.integration.entity.RiskAreaView;
import java.util.List;

/** The risk areas in force; implemented over the risk-area API once the admin feature exists. */
public interface RiskAreaFeed {

  List<RiskAreaView> current();
}
