package com.onecodepass.codeissue.colour.boundary;

import com.onecodepass.codeissue.colour.control.Recolouring;
import com.onecodepass.codeissue.colour.entity.ColourChange;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/** One short transaction of a bulk re-evaluation. */
@Stateless
public class RecolourBatch {

  @Inject Recolouring recolouring;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int run(List<Long> citizenIds) {
    int changed = 0;
    for (long id : citizenIds) {
      if (recolouring.reevaluate(id, ColourChange.Source.RULE, null, null) != null) {
        changed++;
      }
    }
    return changed;
  }
}
