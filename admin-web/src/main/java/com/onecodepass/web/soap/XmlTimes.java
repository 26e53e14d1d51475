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

  /**
   * The time as the caller wrote it, offset included, so that the service layer reads it by the
   * same rule as a REST time: a time without an offset is refused there, never guessed as UTC.
   */
  static String text(XMLGregorianCalendar time) {
    return time == null ? null : time.toXMLFormat();
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
