package com.onecodepass.codeissue.resultimport.boundary;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.testing.ImportStatus;
import com.onecodepass.codeissue.api.testing.ImportView;
import com.onecodepass.codeissue.api.testing.ResultCsv;
import com.onecodepass.codeissue.api.testing.ResultImports;
import com.onecodepass.codeissue.resultimport.control.ImportErrorReport;
import com.onecodepass.codeissue.resultimport.control.ImportIntake;
import com.onecodepass.codeissue.resultimport.control.ImportRecord;
import com.onecodepass.codeissue.resultimport.control.ImportRows;
import com.onecodepass.platform.api.StaffGate;
import com.onecodepass.platform.api.StaffScope;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/**
 * Starts, watches, stops and restarts result imports (job {@code result-import}, see its XML). Runs
 * without a transaction of its own: the upload commits in {@link ImportIntake} before the job
 * starts, and the job's progress is read as committed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ResultImportService implements ResultImports {

  static final String JOB = "result-import";

  /** A running import whose progress has not moved for this long lost its node. */
  static final Duration STALLED = Duration.ofMinutes(2);

  @EJB ImportIntake intake;
  @Inject ImportRows rows;
  @Inject ImportErrorReport errorReport;
  @EJB StaffGate gate;

  @Override
  public ImportView start(StaffScope scope, String fileName, InputStream csv, String clientAddress)
      throws IOException {
    String name = fileName(fileName);
    permitted(scope, "result-import.upload", name, clientAddress);
    BufferedInputStream in = new BufferedInputStream(csv, 64 * 1024);
    requireHeader(in);
    long id = intake.store(scope, name, in, clientAddress);
    long execution = operator().start(JOB, jobParameters(id));
    rows.execution(id, execution);
    return view(rows.find(id).orElseThrow());
  }

  @Override
  public List<ImportView> recent(StaffScope scope) {
    permitted(scope, "result-import.list", null, null);
    String district = scope.role() == StaffScope.Role.CITY_ADMIN ? null : scope.districtCode();
    return rows.recent(district, 20).stream().map(this::view).toList();
  }

  @Override
  public ImportView get(StaffScope scope, long importId) {
    return view(visible(scope, importId, "result-import.view", null));
  }

  @Override
  public ImportView restart(StaffScope scope, long importId, String clientAddress) {
    ImportRecord record = visible(scope, importId, "result-import.restart", clientAddress);
    ImportView now = view(record);
    if (!now.restartable() && !stalled(record, now)) {
      throw new InvalidInputException("import", "import.notRestartable", "import is not stopped");
    }
    long execution = operator().restart(record.executionId(), jobParameters(importId));
    rows.execution(importId, execution);
    rows.status(importId, "QUEUED");
    gate.record(scope, "result-import.restart", "import:" + importId, null, clientAddress);
    return view(rows.find(importId).orElseThrow());
  }

  @Override
  public ImportView stop(StaffScope scope, long importId, String clientAddress) {
    ImportRecord record = visible(scope, importId, "result-import.stop", clientAddress);
    if (!view(record).running() || record.executionId() == null) {
      throw new InvalidInputException("import", "import.notRunning", "import is not running");
    }
    operator().stop(record.executionId());
    gate.record(scope, "result-import.stop", "import:" + importId, null, clientAddress);
    return view(rows.find(importId).orElseThrow());
  }

  @Override
  public void writeErrorReport(
      StaffScope scope, long importId, OutputStream out, String clientAddress) throws IOException {
    visible(scope, importId, "result-import.errors", clientAddress);
    gate.record(scope, "result-import.errors", "import:" + importId, null, clientAddress);
    errorReport.write(importId, out);
  }

  private ImportView view(ImportRecord r) {
    ImportStatus status = status(r);
    Instant now = r.endedAt() != null ? r.endedAt() : Instant.now();
    double rate = 0;
    Long eta = null;
    if (status == ImportStatus.COMPLETED && r.endedAt() != null) {
      // end to end, recolouring included: the figure that matters to whoever waits for it
      double seconds =
          Math.max(0.001, Duration.between(r.createdAt(), r.endedAt()).toMillis() / 1e3);
      rate = r.rowsRead() / seconds;
    } else if (r.runStartedAt() != null) {
      double seconds = Math.max(0.001, Duration.between(r.runStartedAt(), now).toMillis() / 1000.0);
      if (status == ImportStatus.RECOLOURING) {
        rate = (r.peopleRecoloured() - r.runRowsBase()) / seconds;
        eta = rate > 0 ? (long) ((r.peopleAffected() - r.peopleRecoloured()) / rate) : null;
      } else {
        rate = (r.rowsRead() - r.runRowsBase()) / seconds;
        eta = status == ImportStatus.LOADING ? loadingEta(r, seconds) : null;
      }
    }
    return new ImportView(
        r.id(),
        r.fileName(),
        r.uploadedBy(),
        r.districtCode(),
        status,
        r.sizeBytes(),
        r.bytesRead(),
        r.workTotal(),
        r.workDone(),
        r.rowsRead(),
        r.rowsWritten(),
        r.resultsStored(),
        r.rowsSkipped(),
        r.peopleAffected(),
        r.peopleRecoloured(),
        r.coloursChanged(),
        r.createdAt(),
        r.endedAt(),
        rate,
        eta);
  }

  /** Seconds left in the loading phase at this run's pace: by work, or by bytes before V17. */
  private static Long loadingEta(ImportRecord r, double seconds) {
    boolean byWork = r.workTotal() > 0;
    double done = byWork ? r.workDone() - r.runWorkBase() : r.bytesRead() - r.runBytesBase();
    double left = byWork ? r.workTotal() - r.workDone() : r.sizeBytes() - r.bytesRead();
    double perSecond = done / seconds;
    return perSecond > 0 ? (long) (left / perSecond) : null;
  }

  /**
   * The job repository decides how a run ended (a failure may never reach the job listener); the
   * row adds which phase a running import is in.
   */
  private ImportStatus status(ImportRecord r) {
    ImportStatus stored = ImportStatus.valueOf(r.status());
    if (r.executionId() == null) {
      return stored;
    }
    BatchStatus batch = operator().getJobExecution(r.executionId()).getBatchStatus();
    return switch (batch) {
      case FAILED, ABANDONED -> ImportStatus.FAILED;
      case STOPPED -> ImportStatus.STOPPED;
      case COMPLETED -> ImportStatus.COMPLETED;
      case STARTING -> ImportStatus.QUEUED;
      // STOPPING still runs its current chunk
      case STARTED, STOPPING ->
          stored == ImportStatus.RECOLOURING ? ImportStatus.RECOLOURING : ImportStatus.LOADING;
    };
  }

  private static boolean stalled(ImportRecord r, ImportView v) {
    Instant last = r.updatedAt() != null ? r.updatedAt() : r.createdAt();
    return v.running() && last.isBefore(Instant.now().minus(STALLED));
  }

  private ImportRecord visible(
      StaffScope scope, long importId, String action, String clientAddress) {
    permitted(scope, action, "import:" + importId, clientAddress);
    ImportRecord record =
        rows.find(importId)
            .orElseThrow(
                () -> new InvalidInputException("import", "import.unknown", "no such import"));
    if (scope.role() != StaffScope.Role.CITY_ADMIN
        && (record.districtCode() == null || !record.districtCode().equals(scope.districtCode()))) {
      // answered as "no such import" (404 for errors.csv): ids must not tell what exists elsewhere
      gate.refusalOnItsOwn(
          scope,
          action,
          "import:" + importId,
          record.districtCode() == null ? "no district" : "another district's import",
          clientAddress,
          "import.unknown");
      throw new InvalidInputException("import", "import.unknown", "another district's import");
    }
    return record;
  }

  private void permitted(StaffScope scope, String action, String target, String clientAddress) {
    boolean officer =
        scope.role() == StaffScope.Role.CITY_ADMIN
            || (scope.role() == StaffScope.Role.DISTRICT_STAFF && scope.districtCode() != null);
    if (!officer) {
      gate.refusalOnItsOwn(
          scope, action, target, "not an officer", clientAddress, "import.notPermitted");
      throw new InvalidInputException("import", "import.notPermitted", "not an officer");
    }
  }

  /** Reads the first line without consuming it: the wrong file is refused before any is stored. */
  private static void requireHeader(BufferedInputStream in) throws IOException {
    in.mark(ResultCsv.MAX_LINE * 4);
    byte[] head = new byte[ResultCsv.MAX_LINE * 4];
    int n = in.readNBytes(head, 0, head.length);
    in.reset();
    if (n == 0) {
      throw new InvalidInputException("file", "import.empty", "empty file");
    }
    String text = new String(head, 0, n, StandardCharsets.UTF_8);
    int end = text.indexOf('\n');
    String first =
        (end < 0 ? text : text.substring(0, end)).replace("\r", "").replace("\ufeff", "");
    if (!ResultCsv.isHeader(first)) {
      throw new InvalidInputException("file", "import.header", "first line is not the header");
    }
  }

  private static String fileName(String raw) {
    String name = raw == null ? "" : raw.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).strip();
    if (name.isEmpty()) {
      name = "results.csv";
    }
    return name.length() > 120 ? name.substring(0, 120) : name;
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }

  /**
   * The job's parameters; the operator may tune the load with {@code ocp.import.partitions} and
   * {@code ocp.import.chunk-size} (system properties; the job's defaults otherwise).
   */
  private static Properties jobParameters(long importId) {
    Properties params = new Properties();
    params.setProperty("importId", Long.toString(importId));
    String partitions = System.getProperty("ocp.import.partitions");
    if (partitions != null) {
      params.setProperty("partitions", partitions);
    }
    String chunk = System.getProperty("ocp.import.chunk-size");
    if (chunk != null) {
      params.setProperty("chunkSize", chunk);
    }
    return params;
  }
}
