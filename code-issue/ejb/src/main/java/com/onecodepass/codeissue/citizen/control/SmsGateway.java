package com.onecodepass.codeissue.citizen.control;

import com.onecodepass.codeissue.api.citizen.MobileNumber;
import java.util.Optional;

/**
 * Sends text messages. Carrier gateways plug in as other implementations; the one shipped here is
 * for development and the demo, where no phone can receive anything.
 */
public interface SmsGateway {

  /**
   * @return the text itself when the gateway has nowhere real to deliver it and the sender may show
   *     it, else empty
   */
  Optional<String> send(MobileNumber to, String text);
}
