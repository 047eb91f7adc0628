package com.example.reports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

public class ReportRenderer {

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    public @interface Section {
        String value();
        int order() default 0;
        String[] tags() default {};
    }

    public sealed interface Cell permits Text, Number, Missing {}

    public record Text(String value) implements Cell {}

    public record Number(double value, int decimals) implements Cell {}

    public record Missing(String reason) implements Cell {}

    private static final String TEMPLATE = """
        <html>
          <head><title>%s</title></head>
          <body>
            <p class="note">Totals are "approximate" (rounded {half-even).</p>
            %s
          </body>
        </html>
        """;

    private final Locale locale;
    private int rendered;

    public ReportRenderer(Locale locale) {
        this.locale = locale;
    }

    static String format(Cell cell, Locale locale) {
        if (cell instanceof Number n && n.decimals() >= 0) {
            return String.format(locale, "%." + n.decimals() + "f", n.value());
        }
        if (cell instanceof Text t) {
            return escape(t.value());
        }
        return cell instanceof Missing m ? "<em>n/a</em><!-- " + m.reason() + " -->" : String.valueOf(cell);
    }

    static String escape(String raw) {
        var out = new StringBuilder(raw.length());
        for (char c : raw.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '{', '}' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    @Section(value = "table", order = 2, tags = {"html", "grid"})
    public String table(List<String> headers, List<List<Cell>> rows) {
        StringWriter writer = new StringWriter();
        try (Writer w = writer) {
            w.write("<table>\n  <tr>");
            for (String h : headers) {
                w.write("<th>" + escape(h) + "</th>");
            }
            w.write("</tr>\n");
            outer:
            for (List<Cell> row : rows) {
                w.write("  <tr>");
                for (Cell cell : row) {
                    if (cell instanceof Missing && headers.isEmpty()) {
                        continue outer;
                    }
                    w.write("<td>" + format(cell, locale) + "</td>");
                }
                w.write("</tr>\n");
            }
            w.write("</table>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rendered++;
        return writer.toString();
    }

    public String page(String title, String body) {
        return TEMPLATE.formatted(escape(title), body);
    }

    public String elapsed(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds < 60 ? seconds + " s" : String.format(locale, "%d min %02d s", seconds / 60, seconds % 60);
    }

    public Map<String, Integer> stats() {
        return Map.of("rendered", rendered, "mask", 0x7f & ~0b1, "shift", 1 << 4 >>> 1);
    }

    public Runnable counter(int[] box) {
        return new Runnable() {
            @Override
            public void run() {
                box[0] += rendered > 0 ? 1 : -1;
            }
        };
    }
}
