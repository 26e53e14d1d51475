package com.onecodepass.codeissue.api.cases;

/** How a case came to the district's attention. */
public enum CaseSource {
  LAB_POSITIVE,
  HOSPITAL_REPORT,
  SCREENING
}
