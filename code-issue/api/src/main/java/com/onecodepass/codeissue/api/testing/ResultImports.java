package com.onecodepass.codeissue.api.testing;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.platform.api.StaffScope;
import jakarta.ejb.Local;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * Bulk import of lab results from a CSV file ({@link ResultCsv}) as a restartable batch job. City
 * admins import for the whole city; district staff only for people of their district (other rows
 * are rejected as {@code not-permitted}); nobody else may import. Every call is audited. Refusals
 * are {@link InvalidInputException}s with key {@code import.notPermitted}; another district's
 * import answers {@code import.unknown}, as a missing one does (the audit entry differs).
 */
@Local
public interface ResultImports {

  /**
   * Stores the file (so any node can restart the job) and starts the job.
   *
   * @throws InvalidInputException empty file, wrong header, too large, not permitted
   */
  ImportView start(StaffScope scope, String fileName, InputStream csv, String clientAddress)
      throws IOException;

  /** The latest imports the staff member may see (city: all; district: their district's). */
  List<ImportView> recent(StaffScope scope);

  ImportView get(StaffScope scope, long importId);

  /** Restarts a failed or stopped import where it stopped (or one whose node went away). */
  ImportView restart(StaffScope scope, long importId, String clientAddress);

  ImportView stop(StaffScope scope, long importId, String clientAddress);

  /** The rejected rows as CSV: line, reason, the row with ID numbers masked. */
  void writeErrorReport(StaffScope scope, long importId, OutputStream out, String clientAddress)
      throws IOException;

  /** Largest file accepted. */
  long MAX_BYTES = 200L * 1024 * 1024;
}
