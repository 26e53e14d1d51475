package com.onecodepass.codeissue.resultimport.control;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.testing.ResultImports;
import com.onecodepass.platform.api.StaffGate;
import com.onecodepass.platform.api.StaffScope;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;

/**
 * Takes an upload in its own transaction, committed before the job starts (the job runs on another
 * thread, perhaps soon on another node, and must find the whole file).
 */
@Stateless
public class ImportIntake {

  @Inject ImportRows rows;
  @Inject ImportFiles files;
  @EJB StaffGate gate;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long store(StaffScope scope, String fileName, InputStream csv, String clientAddress)
      throws IOException {
    String district = scope.role() == StaffScope.Role.CITY_ADMIN ? null : scope.districtCode();
    long id = rows.create(fileName, scope.username(), scope.role().name(), district);
    long[] stored = files.store(id, csv, ResultImports.MAX_BYTES);
    if (stored[1] < 0) {
      throw new InvalidInputException("file", "import.tooLarge", "file over the limit");
    }
    rows.stored(id, stored[1], (int) stored[0]);
    gate.record(
        scope, "result-import.upload", "import:" + id + " " + fileName, null, clientAddress);
    return id;
  }
}
