package com.onecodepass.web.venue;

import com.onecodepass.triprecord.api.venue.VenueException;
import com.onecodepass.triprecord.api.venue.VenueView;
import com.onecodepass.triprecord.api.venue.Venues;
import com.onecodepass.web.platform.DistrictNames;
import com.onecodepass.web.staff.StaffAccess;
import com.onecodepass.web.verify.ScannedLinks;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /staff/poster/<venue id>.pdf} and {@code .svg}: the printable poster, for the venue's
 * operator and the staff who may see the venue (web.xml guards /staff/*; the module scopes).
 */
@WebServlet("/staff/poster/*")
public class VenuePosterServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Pattern PATH = Pattern.compile("/(\\d{1,18})\\.(pdf|svg)");

  @EJB Venues venues;
  @Inject StaffAccess staff;
  @Inject DistrictNames districts;

  private transient VenuePoster.Fonts fonts;

  /** The poster fonts the build put into WEB-INF/fonts (src/build/assets.sh), read once. */
  @Override
  public void init() throws ServletException {
    try {
      fonts =
          new VenuePoster.Fonts(
              fontFile("NotoSansSC-Regular.ttf"), fontFile("NotoSansSC-Bold.ttf"));
    } catch (IOException e) {
      throw new ServletException("cannot read the poster fonts", e);
    }
  }

  private byte[] fontFile(String name) throws IOException {
    try (InputStream in = getServletContext().getResourceAsStream("/WEB-INF/fonts/" + name)) {
      if (in == null) {
        throw new IOException("WEB-INF/fonts/" + name + " is missing from the WAR");
      }
      return in.readAllBytes();
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!m.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    long id = Long.parseLong(m.group(1));
    VenueView venue;
    String token;
    try {
      venue = venues.find(staff.scope(), id);
      token = venues.posterToken(staff.scope(), id);
    } catch (VenueException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    VenuePoster.Content content =
        new VenuePoster.Content(
            venue.name(),
            districts.nameZh(venue.districtCode()),
            districts.nameEn(venue.districtCode()),
            venue.address(),
            ScannedLinks.venueCodeUrl(request, token));
    response.setHeader("Cache-Control", "private, no-store");
    String file = "venue-" + venue.id() + "." + m.group(2);
    response.setHeader("Content-Disposition", "inline; filename=\"" + file + "\"");
    if ("pdf".equals(m.group(2))) {
      byte[] pdf = VenuePoster.pdf(content, fonts);
      response.setContentType("application/pdf");
      response.setContentLength(pdf.length);
      response.getOutputStream().write(pdf);
    } else {
      byte[] svg = VenuePoster.svg(content).getBytes(StandardCharsets.UTF_8);
      response.setContentType("image/svg+xml;charset=UTF-8");
      response.setContentLength(svg.length);
      response.getOutputStream().write(svg);
    }
  }
}
