package com.onecodepass.codeissue.resultimport.batch;

import com.onecodepass.codeissue.api.testing.ResultCsv;
import com.onecodepass.codeissue.api.testing.ResultRow;
import com.onecodepass.codeissue.api.testing.RowRejected;
import com.onecodepass.codeissue.citizen.control.PersonalDataVault;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Validates a line with the shared result rules and computes the blind index of a resident ID (the
 * writer resolves a whole chunk's people in one query). A bad line is a skippable {@link BadRow}.
 */
@Named
@Dependent
public class ResultRowProcessor implements ItemProcessor {

  @Inject PersonalDataVault vault;

  @Override
  public Object processItem(Object item) throws Exception {
    RawLine line = (RawLine) item;
    try {
      ResultRow row = ResultCsv.parse(line.lineNo(), line.text());
      byte[] index = row.residentId() == null ? null : vault.indexOf(row.residentId());
      return new ImportItem(row, index, line.text());
    } catch (RowRejected e) {
      throw new BadRow(line.lineNo(), e.reason(), line.text());
    }
  }
}
