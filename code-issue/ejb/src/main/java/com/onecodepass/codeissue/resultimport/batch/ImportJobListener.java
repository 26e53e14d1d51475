package com.onecodepass.codeissue.resultimport.batch;

import com.onecodepass.codeissue.resultimport.control.ImportRows;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Keeps result_import's status in step with the job: a run starts, and how it ended. */
@Named
@Dependent
public class ImportJobListener extends AbstractJobListener {

  @Inject @BatchProperty String importId;
  @Inject JobContext job;
  @Inject ImportRows rows;

  @Override
  public void beforeJob() {
    rows.runStarted(Long.parseLong(importId));
  }

  @Override
  public void afterJob() {
    BatchStatus status = job.getBatchStatus();
    String ended =
        switch (status) {
          case FAILED, ABANDONED -> "FAILED";
          case STOPPING, STOPPED -> "STOPPED";
          default -> "COMPLETED";
        };
    rows.ended(Long.parseLong(importId), ended);
  }
}
