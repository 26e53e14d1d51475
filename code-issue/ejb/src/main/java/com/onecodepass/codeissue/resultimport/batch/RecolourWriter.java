package com.onecodepass.codeissue.resultimport.batch;

import com.onecodepass.codeissue.colour.control.Recolouring;
import com.onecodepass.codeissue.colour.entity.ColourChange;
import com.onecodepass.codeissue.resultimport.control.ImportRows;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** Re-applies the rule set to a chunk of touched people at once (bulk loads, one transaction). */
@Named
@Dependent
public class RecolourWriter extends AbstractItemWriter {

  @Inject @BatchProperty String importId;
  @Inject Recolouring recolouring;
  @Inject ImportRows rows;

  @Override
  public void writeItems(List<Object> items) {
    List<Long> ids = new ArrayList<>(items.size());
    for (Object o : items) {
      ids.add((Long) o);
    }
    long id = Long.parseLong(importId);
    int changed = recolouring.reevaluateAll(ids, ColourChange.Source.RULE, "result import " + id);
    rows.recoloured(id, ids.size(), changed);
  }
}
