package com.onecodepass.web.api;

import com.onecodepass.web.integration.entity.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a REST or SOAP body whose Content-Type names a charset this server cannot decode, as the
 * caller's error (415). Left to them, the SOAP stack fails in its transport with an IOException
 * that reaches the container as a 500 page, before any fault handling could run.
 */
@WebFilter(urlPatterns = {"/api/*", "/ws/*"})
public class DeclaredCharsetFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String charset = req.getCharacterEncoding();
    if (charset == null || decodable(charset)) {
      chain.doFilter(req, res);
      return;
    }
    String detail = "the charset of the body is not supported; send UTF-8";
    res.setStatus(415);
    if (req.getRequestURI().startsWith(req.getContextPath() + "/ws/")) {
      res.setContentType("text/xml;charset=UTF-8");
      res.getOutputStream().write(soapClientFault(detail).getBytes(StandardCharsets.UTF_8));
    } else {
      res.setContentType(ProblemJson.MEDIA_TYPE);
      res.getOutputStream()
          .write(
              ProblemJson.body(Problem.UNSUPPORTED_MEDIA_TYPE, detail, null)
                  .getBytes(StandardCharsets.UTF_8));
    }
  }

  private static boolean decodable(String charset) {
    try {
      return Charset.isSupported(charset.trim());
    } catch (IllegalCharsetNameException e) {
      return false;
    }
  }

  private static String soapClientFault(String detail) {
    return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
        + "<soap:Fault><faultcode>soap:Client</faultcode><faultstring>"
        + detail
        + "</faultstring></soap:Fault></soap:Body></soap:Envelope>";
  }
}
