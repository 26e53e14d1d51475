package com.onecodepass.codeissue.citizen.control;

import com.onecodepass.codeissue.api.citizen.MobileNumber;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.logging.Logger;

/** The development gateway: writes the message to the server log and hands it back. */
@ApplicationScoped
public class LoggingSmsGateway implements SmsGateway {

  private static final Logger LOG = Logger.getLogger(LoggingSmsGateway.class.getName());

  @Override
  public Optional<String> send(MobileNumber to, String text) {
    LOG.info(() -> "SMS to " + to.masked() + ": " + text);
    return Optional.of(text);
  }
}
