package io.seedscope.execute;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.seedscope.model.ResultSet;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects a run's metric values, from an in-JVM experiment ({@link MetricsSink}) or from the JSON
 * lines a process prints ({@link #acceptLine}), into arrays aligned on the logged steps.
 *
 * <p>The line protocol: a line that is a JSON object whose values are numbers is a log point;
 * {@code step} (if present) is its step; a line without one comes next after the line before it
 * (its step + 1; the first line's is 0), so lines without steps are numbered 0, 1, 2, ... and a
 * final summary printed without a step after stepped lines becomes the last point rather than
 * overwriting step 0. Any other line is ignored, and so is a line whose {@code step} is not a whole
 * number. NaN and Infinity are accepted as Python's {@code json.dumps} writes them. A step logged
 * twice keeps the last value of each metric.
 */
public final class MetricsCollector implements MetricsSink {

  private static final JsonFactory JSON =
      new JsonFactoryBuilder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private final TreeMap<Long, Map<String, Double>> points = new TreeMap<>();
  // The step of the last metrics line; a line without a step is the next one.
  private long lastStep = -1;
  private boolean anyExplicitStep;

  @Override
  public synchronized void log(long step, Map<String, Double> values) {
    anyExplicitStep = true;
    points.computeIfAbsent(step, s -> new LinkedHashMap<>()).putAll(values);
  }

  /** Feeds one line of a process's stdout; returns true when it was a metrics line. */
  public synchronized boolean acceptLine(String line) {
    String t = line.trim();
    if (t.length() < 2 || t.charAt(0) != '{' || t.charAt(t.length() - 1) != '}') {
      return false;
    }
    Map<String, Double> values = new LinkedHashMap<>();
    Long step = null;
    try (JsonParser p = JSON.createParser(t)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      JsonToken tok;
      while ((tok = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (name.equals("step")) {
          // A step must be a whole number: 1.5 or "abc" would silently become another step.
          if (v == JsonToken.VALUE_NUMBER_INT) {
            step = p.getLongValue();
          } else if (v == JsonToken.VALUE_NUMBER_FLOAT
              && p.getDoubleValue() == Math.rint(p.getDoubleValue())
              && Math.abs(p.getDoubleValue()) < 0x1p53) {
            step = (long) p.getDoubleValue(); // 1000.0, as numpy floats print
          } else {
            return false;
          }
        } else if (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT) {
          values.put(name, p.getDoubleValue());
        } else if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
          p.skipChildren();
        }
      }
      if (tok != JsonToken.END_OBJECT || p.nextToken() != null) {
        return false;
      }
    } catch (IOException e) {
      return false;
    }
    if (values.isEmpty()) {
      return false;
    }
    if (step == null) {
      if (lastStep == Long.MAX_VALUE) {
        return false; // no next step to give it
      }
      step = lastStep + 1;
    } else {
      anyExplicitStep = true;
    }
    lastStep = step;
    points.computeIfAbsent(step, s -> new LinkedHashMap<>()).putAll(values);
    return true;
  }

  public synchronized boolean isEmpty() {
    return points.isEmpty();
  }

  /** Whether steps were given (by the run) rather than numbered here. */
  public synchronized boolean hasExplicitSteps() {
    return anyExplicitStep;
  }

  public synchronized long[] steps() {
    long[] out = new long[points.size()];
    int i = 0;
    for (long step : points.keySet()) {
      out[i++] = step;
    }
    return out;
  }

  /** Metric name to values aligned with {@link #steps()}, {@link ResultSet#MISSING} for gaps. */
  public synchronized Map<String, double[]> metrics() {
    Map<String, double[]> out = new TreeMap<>();
    int n = points.size();
    int i = 0;
    for (Map<String, Double> at : points.values()) {
      for (Map.Entry<String, Double> e : at.entrySet()) {
        double[] arr =
            out.computeIfAbsent(
                e.getKey(),
                k -> {
                  double[] a = new double[n];
                  java.util.Arrays.fill(a, ResultSet.MISSING);
                  return a;
                });
        arr[i] = e.getValue();
      }
      i++;
    }
    return out;
  }
}
