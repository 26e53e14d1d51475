package com.onecodepass.web.audit;

import com.onecodepass.web.audit.entity.AuditRow;
import java.time.format.DateTimeFormatter;

/**
 * RFC 4180 lines of the audit export; cells that a spreadsheet would run as formulas are quoted.
 */
final class AuditCsv {

  static final String HEADER = "id,at,actor,role,district,action,target,reason,client_address\r\n";

  private AuditCsv() {}

  static String line(AuditRow r) {
    return String.join(
            ",",
            Long.toString(r.id()),
            DateTimeFormatter.ISO_INSTANT.format(r.at()),
            cell(r.actor()),
            cell(r.role()),
            cell(r.districtCode()),
            cell(r.action()),
            cell(r.target()),
            cell(r.reason()),
            cell(r.clientAddress()))
        + "\r\n";
  }

  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String v = value;
    // A reason typed by staff must not become a formula in whoever opens the export.
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",")
        || v.contains("\"")
        || v.contains("\n")
        || v.contains("\r")
        || !v.equals(value)) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
