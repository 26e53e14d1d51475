package com.onecodepass.web.imports;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.testing.ImportView;
import com.onecodepass.codeissue.api.testing.ResultImports;
import com.onecodepass.platform.api.ClientAddress;
import com.onecodepass.web.platform.Messages;
import com.onecodepass.web.staff.StaffAccess;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The imports page: upload a results file, watch imports run (the table is re-rendered by a poll
 * every two seconds while one is running), stop and restart them.
 */
@Named
@RequestScoped
public class ResultImportDesk {

  @EJB ResultImports imports;
  @Inject StaffAccess staff;
  @Inject HttpServletRequest request;

  private Part file;
  private List<ImportView> recent;

  public void upload() {
    if (file == null || file.getSize() == 0) {
      Messages.error("upload:file", "import.empty");
      return;
    }
    try (InputStream in = file.getInputStream()) {
      ImportView started =
          imports.start(staff.scope(), file.getSubmittedFileName(), in, ClientAddress.of(request));
      info(Messages.text("import.started").replace("{0}", started.fileName()));
    } catch (InvalidInputException e) {
      Messages.error("upload:file", e.messageKey());
    } catch (IOException e) {
      Messages.error("upload:file", "import.readFailed");
    }
    recent = null;
  }

  public void restart(long id) {
    try {
      imports.restart(staff.scope(), id, ClientAddress.of(request));
      info(Messages.text("import.restarted"));
    } catch (InvalidInputException e) {
      Messages.error(null, e.messageKey());
    }
    recent = null;
  }

  public void stop(long id) {
    try {
      imports.stop(staff.scope(), id, ClientAddress.of(request));
      info(Messages.text("import.stopping"));
    } catch (InvalidInputException e) {
      Messages.error(null, e.messageKey());
    }
    recent = null;
  }

  public List<ImportView> getRecent() {
    if (recent == null) {
      recent = imports.recent(staff.scope());
    }
    return recent;
  }

  public boolean isAnyRunning() {
    return getRecent().stream().anyMatch(ImportView::running);
  }

  /** "1 m 05 s", or empty when unknown. */
  public String eta(ImportView v) {
    if (v.etaSeconds() == null || !v.running()) {
      return "";
    }
    long s = v.etaSeconds();
    return s >= 60 ? (s / 60) + " m " + String.format("%02d", s % 60) + " s" : s + " s";
  }

  public String rate(ImportView v) {
    return String.format("%,.0f", v.rowsPerSecond());
  }

  private static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
