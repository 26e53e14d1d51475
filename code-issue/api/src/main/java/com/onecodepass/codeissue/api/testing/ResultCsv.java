package com.onecodepass.codeissue.api.testing;

import com.onecodepass.codeissue.api.citizen.ResidentId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The result import file: UTF-8 CSV (RFC 4180 quoting, LF or CRLF, optional BOM), header line
 * {@value #HEADER}, one result a line, for a person or a pooled tube. A quoted field cannot span
 * lines: a lab system's export never needs it, and it keeps "line N" meaning the file's line N.
 */
public final class ResultCsv {

  public static final String HEADER = "lab,resident_id,tube,sample_time,result";

  /** Longest line accepted; anything longer is not a result row. */
  public static final int MAX_LINE = 400;

  /** A sample older than this is a typo (a wrong year), not a late report. */
  private static final Duration OLDEST = Duration.ofDays(366);

  private static final int FIELDS = 5;
  private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]{8,}[0-9Xx]?");

  private ResultCsv() {}

  /** Whether a (BOM-stripped) first line is the header, ignoring case, spaces and quotes. */
  public static boolean isHeader(String line) {
    return line != null
        && line.replace("\"", "").replace(" ", "").toLowerCase(Locale.ROOT).equals(HEADER);
  }

  /**
   * Validates one line.
   *
   * @throws RowRejected with the public reason when the line is not a valid result
   */
  public static ResultRow parse(long lineNo, String line) {
    if (line.length() > MAX_LINE) {
      throw new RowRejected("line-too-long");
    }
    List<String> f = fields(line);
    if (f.size() != FIELDS) {
      throw new RowRejected("field-count");
    }
    String lab = ResultFields.lab(f.get(0));
    boolean person = !f.get(1).isBlank();
    boolean tube = !f.get(2).isBlank();
    if (person == tube) {
      throw new RowRejected(person ? "ambiguous-subject" : "missing-field");
    }
    ResidentId id = person ? ResultFields.person(f.get(1).strip()) : null;
    String barcode = tube ? ResultFields.barcode(f.get(2)) : null;
    Instant sampled = ResultFields.sampleTime(f.get(3));
    if (sampled.isBefore(Instant.now().minus(OLDEST))) {
      throw new RowRejected("invalid-time");
    }
    TestOutcome outcome = outcome(f.get(4));
    return new ResultRow(lineNo, lab, id, barcode, sampled, outcome);
  }

  /** As the API, plus the words a Chinese lab export uses. */
  private static TestOutcome outcome(String text) {
    String t = text.strip();
    return switch (t) {
      case "阴性" -> TestOutcome.NEGATIVE;
      case "阳性" -> TestOutcome.POSITIVE;
      default -> ResultFields.outcome(t.toUpperCase(Locale.ROOT));
    };
  }

  /** Splits one line into fields (RFC 4180 quoting: {@code "a,b"}, {@code "say ""hi"""}). */
  public static List<String> fields(String line) {
    List<String> out = new ArrayList<>(FIELDS);
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      if (i < n && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= n) {
            throw new RowRejected("bad-quoting");
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < n && line.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
        if (i < n && line.charAt(i) != ',') {
          throw new RowRejected("bad-quoting");
        }
      } else {
        while (i < n && line.charAt(i) != ',') {
          char c = line.charAt(i++);
          if (c == '"') {
            throw new RowRejected("bad-quoting");
          }
          field.append(c);
        }
      }
      out.add(field.toString());
      field.setLength(0);
      if (i >= n) {
        return out;
      }
      i++; // the comma
    }
  }

  /**
   * The line as the error report may show it: every run of eight or more digits (a resident ID,
   * valid or not, or a phone number) keeps only its first and last four characters.
   */
  public static String masked(String line) {
    Matcher m = DIGIT_RUN.matcher(line);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String run = m.group();
      m.appendReplacement(
          out,
          run.substring(0, 4) + "*".repeat(run.length() - 8) + run.substring(run.length() - 4));
    }
    m.appendTail(out);
    return out.length() > 200 ? out.substring(0, 197) + "..." : out.toString();
  }
}
