package io.github.batchlayer.job.spark;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * A value of a collected row as Spark's {@code show()} writes it: {@code NULL} for null at any depth, a struct
 * as {@code {a, b}}, an array as {@code [x, y]}, a map as {@code {k -> v}}, binary as hex bytes {@code [0A FF]},
 * decimals without exponent, timestamps in the session's time zone without trailing zero fractions. Written
 * over the public Row API (Spark's own formatter is internal to its Dataset), with the session set to hand out
 * java.time values ({@code spark.sql.datetime.java8API.enabled}) so no JVM default time zone sneaks in.
 */
public final class CellText {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    private final ZoneId zone;

    public CellText(ZoneId zone) {
        this.zone = zone;
    }

    public List<String> row(Row row) {
        List<String> cells = new ArrayList<>(row.length());
        for (int i = 0; i < row.length(); i++) {
            cells.add(of(row.get(i)));
        }
        return cells;
    }

    public String of(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Row struct) {
            List<String> fields = row(struct);
            return "{" + String.join(", ", fields) + "}";
        }
        if (value instanceof scala.collection.Map<?, ?> map) {
            return map(scala.jdk.javaapi.CollectionConverters.asJava(map));
        }
        if (value instanceof scala.collection.Iterable<?> seq) {
            List<String> items = new ArrayList<>();
            scala.jdk.javaapi.CollectionConverters.asJava(seq).forEach(v -> items.add(of(v)));
            return "[" + String.join(", ", items) + "]";
        }
        if (value instanceof byte[] bytes) {
            return "[" + HEX.formatHex(bytes) + "]";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Instant instant) {
            return dateTime(LocalDateTime.ofInstant(instant, zone));
        }
        if (value instanceof LocalDateTime local) {
            return dateTime(local);
        }
        if (value instanceof java.sql.Timestamp ts) {      // a session without the java.time API
            return dateTime(LocalDateTime.ofInstant(ts.toInstant(), zone));
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return value.toString();
    }

    private String map(Map<?, ?> map) {
        List<String> entries = new ArrayList<>();
        map.forEach((k, v) -> entries.add(of(k) + " -> " + of(v)));
        return "{" + String.join(", ", entries) + "}";
    }

    private static String dateTime(LocalDateTime t) {
        String text = SECONDS.format(t);
        int nanos = t.getNano();
        if (nanos == 0) {
            return text;
        }
        String fraction = String.format("%09d", nanos).substring(0, 6).replaceFirst("0+$", "");
        return fraction.isEmpty() ? text : text + "." + fraction;
    }
}
