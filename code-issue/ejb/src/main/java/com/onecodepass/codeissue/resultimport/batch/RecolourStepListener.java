package com.onecodepass.codeissue.resultimport.batch;

import com.onecodepass.codeissue.resultimport.control.ImportRows;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Loading is done: count the people to recolour (the progress bar's new total). */
@Named
@Dependent
public class RecolourStepListener extends AbstractStepListener {

  @Inject @BatchProperty String importId;
  @Inject ImportRows rows;

  @Override
  public void beforeStep() {
    long id = Long.parseLong(importId);
    rows.affectedCounted(id);
    rows.status(id, "RECOLOURING");
  }
}
