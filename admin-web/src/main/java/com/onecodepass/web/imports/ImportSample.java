package com.onecodepass.web.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The sample file, shown on the page exactly as the download serves it. */
@Named
@ApplicationScoped
public class ImportSample {

  public String getText() {
    return ImportFilesServlet.SAMPLE.replace("\r\n", "\n");
  }
}
