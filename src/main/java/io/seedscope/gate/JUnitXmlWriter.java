package io.seedscope.gate;

import io.seedscope.model.InputException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link GateReport} as JUnit XML, the format Jenkins, GitLab and GitHub test reporters
 * read: {@code <testsuites>} with one {@code <testsuite name="seedscope gate">}, one {@code
 * <testcase>} per rule per group (classname = group label, name = rule), a {@code <failure>} for
 * failed rules and {@code <skipped>} for skipped ones. Counts (tests, failures, errors, skipped)
 * are on both levels. Text is escaped by the StAX writer; characters that XML 1.0 forbids (control
 * characters) are replaced, since escaping cannot express them.
 */
public final class JUnitXmlWriter {

  public static final String SUITE = "seedscope gate";

  private JUnitXmlWriter() {}

  public static void write(GateReport report, Path file) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      try (OutputStream out = Files.newOutputStream(file);
          Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
        write(report, w);
      }
    } catch (IOException e) {
      throw new InputException(file + ": cannot write JUnit XML: " + e.getMessage(), e);
    }
  }

  public static String toXml(GateReport report) {
    StringWriter w = new StringWriter();
    write(report, w);
    return w.toString();
  }

  public static void write(GateReport report, Writer out) {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      GateReport.Counts c = report.counts();
      x.writeStartElement("testsuites");
      counts(x, SUITE, c);
      x.writeCharacters("\n  ");
      x.writeStartElement("testsuite");
      counts(x, SUITE, c);
      x.writeAttribute("time", "0");
      for (RuleResult r : report.results()) {
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", clean(r.group().label()));
        x.writeAttribute("name", clean(r.rule()));
        x.writeAttribute("time", "0");
        if (r.status() == RuleStatus.FAIL) {
          x.writeStartElement("failure");
          x.writeAttribute("message", clean(r.message()));
          x.writeAttribute("type", r.rule());
          x.writeCharacters(clean(details(report, r)));
          x.writeEndElement();
        } else if (r.status() == RuleStatus.SKIPPED) {
          x.writeEmptyElement("skipped");
          x.writeAttribute("message", clean(r.message()));
        } else {
          x.writeStartElement("system-out");
          x.writeCharacters(clean(r.message()));
          x.writeEndElement();
        }
        x.writeEndElement();
      }
      x.writeCharacters("\n  ");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML", e);
    }
  }

  private static void counts(XMLStreamWriter x, String name, GateReport.Counts c)
      throws XMLStreamException {
    x.writeAttribute("name", name);
    x.writeAttribute("tests", Integer.toString(c.total()));
    x.writeAttribute("failures", Integer.toString(c.fail()));
    x.writeAttribute("errors", "0");
    x.writeAttribute("skipped", Integer.toString(c.skipped()));
  }

  private static String details(GateReport report, RuleResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append("metric: ").append(report.metric()).append(" (").append(report.goal()).append(")\n");
    sb.append("group: ").append(r.group().label()).append('\n');
    sb.append("rule: ").append(r.rule()).append('\n');
    sb.append("value: ").append(r.value() == null ? "n/a" : Fmt.num(r.value())).append('\n');
    sb.append("threshold: ").append(Fmt.num(r.threshold())).append('\n');
    if (r.low() != null) {
      sb.append("interval: ").append(Fmt.interval(r.low(), r.high())).append('\n');
    }
    sb.append(r.message()).append('\n');
    return sb.toString();
  }

  /** Replaces characters that are not allowed in XML 1.0 documents. */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      boolean ok =
          cp == 0x9
              || cp == 0xA
              || cp == 0xD
              || (cp >= 0x20 && cp <= 0xD7FF)
              || (cp >= 0xE000 && cp <= 0xFFFD)
              || (cp >= 0x10000 && cp <= 0x10FFFF);
      if (ok) {
        sb.appendCodePoint(cp);
      } else {
        sb.append('\uFFFD');
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }
}
