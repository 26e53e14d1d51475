package com.onecodepass.web.soap;

import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/** xs:dateTime to and from the service layer's ISO-8601 text and instants. */
final class XmlTimes {

  private static final DatatypeFactory FACTORY;

  static {
    try {
      FACTORY = DatatypeFactory.newInstance();
    } catch (DatatypeConfigurationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private XmlTimes() {}

  /** An xs:dateTime without a zone is read as UTC. */
  static String text(XMLGregorianCalendar time) {
    if (time == null) {
      return null;
    }
    return time.toGregorianCalendar(TimeZone.getTimeZone("UTC"), null, null).toInstant().toString();
  }

  static XMLGregorianCalendar xml(Instant instant) {
    if (instant == null) {
      return null;
    }
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    calendar.setTimeInMillis(instant.toEpochMilli());
    return FACTORY.newXMLGregorianCalendar(calendar);
  }
}
