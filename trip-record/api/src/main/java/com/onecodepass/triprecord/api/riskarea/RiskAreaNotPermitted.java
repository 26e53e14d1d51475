package com.onecodepass.triprecord.api.riskarea;

import jakarta.ejb.ApplicationException;

/**
 * A staff member acting outside their district. It does not roll back: the refusal's audit entry is
 * the only thing the transaction wrote, and it must be kept.
 */
@ApplicationException(rollback = false)
public class RiskAreaNotPermitted extends RiskAreaException {

  private static final long serialVersionUID = 1L;

  public RiskAreaNotPermitted() {
    super("risk.notPermitted");
  }
}
