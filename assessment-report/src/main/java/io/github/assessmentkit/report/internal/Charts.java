package io.github.assessmentkit.report.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The charts of the reports, drawn as SVG strings: a radar of percents, horizontal bars of percents
 * with band boundaries, horizontal bars of counts, and a line of percents across years. Every text
 * in them is escaped; each has a {@code <title>} and a {@code <desc>} and is labelled by them.
 * Coordinates are drawing positions only; every number written on a chart is the exact decimal
 * given.
 */
public final class Charts {
  private static final String FONT = "font-size=\"12\"";

  private Charts() {}

  /**
   * Draws a radar of percents (0 to 100), one axis per value, clockwise from the top, with rings at
   * 25, 50, 75 and 100 %. A value without a number is drawn at the centre.
   *
   * @param id the chart's id
   * @param title its title
   * @param desc its description
   * @param values the values
   * @param ui the languages
   * @return the chart
   */
  public static Chart radar(String id, String title, String desc, List<Bar> values, Ui ui) {
    int size = 420;
    double centre = size / 2.0;
    double radius = 140;
    int n = Math.max(values.size(), 1);
    StringBuilder svg = open(id, size, size, title, desc);
    for (int ring = 1; ring <= 4; ring++) {
      double r = radius * ring / 4.0;
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < n; i++) {
        points.append(xy(centre, r, i, n)).append(' ');
      }
      svg.append("<polygon class=\"grid\" points=\"")
          .append(points.toString().trim())
          .append("\" fill=\"none\" stroke=\"#c8ccd4\" stroke-width=\"1\"/>");
      svg.append("<text x=\"")
          .append(fmt(centre + 3))
          .append("\" y=\"")
          .append(fmt(centre - r + 12))
          .append("\" font-size=\"10\" fill=\"#6b7280\">")
          .append(ring * 25)
          .append("</text>");
    }
    StringBuilder shape = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      Bar bar = values.get(i);
      String end = xy(centre, radius, i, n);
      svg.append("<line x1=\"")
          .append(fmt(centre))
          .append("\" y1=\"")
          .append(fmt(centre))
          .append("\" x2=\"")
          .append(end.substring(0, end.indexOf(',')))
          .append("\" y2=\"")
          .append(end.substring(end.indexOf(',') + 1))
          .append("\" stroke=\"#c8ccd4\"/>");
      String label = xy(centre, radius + 22, i, n);
      svg.append("<text x=\"")
          .append(label.substring(0, label.indexOf(',')))
          .append("\" y=\"")
          .append(label.substring(label.indexOf(',') + 1))
          .append("\" text-anchor=\"middle\" dominant-baseline=\"middle\" ")
          .append(FONT)
          .append("><title>")
          .append(Escape.xml(ui.plain(bar.title())))
          .append("</title>")
          .append(Escape.xml(bar.key()))
          .append(" · ")
          .append(Escape.xml(bar.shown()))
          .append("</text>");
      double share = bar.value() == null ? 0 : Ui.share(bar.value());
      shape.append(xy(centre, radius * share, i, n)).append(' ');
    }
    svg.append("<polygon class=\"value\" points=\"")
        .append(shape.toString().trim())
        .append(
            "\" fill=\"#2563eb\" fill-opacity=\"0.25\" stroke=\"#1d4ed8\" stroke-width=\"2\"/>");
    return close(id, svg);
  }

  /**
   * Draws horizontal bars of percents (0 to 100) with dashed lines at the band boundaries.
   *
   * @param id the chart's id
   * @param title its title
   * @param desc its description
   * @param values the values
   * @param boundaries the percents where a band begins, drawn as lines; may be empty
   * @param ui the languages
   * @return the chart
   */
  public static Chart percentBars(
      String id, String title, String desc, List<Bar> values, List<Integer> boundaries, Ui ui) {
    int left = 70;
    int plot = 480;
    int row = 22;
    int top = 24;
    int height = top + row * Math.max(values.size(), 1) + 24;
    StringBuilder svg = open(id, left + plot + 70, height, title, desc);
    for (int i = 0; i < values.size(); i++) {
      Bar bar = values.get(i);
      double y = top + i * row;
      double width = bar.value() == null ? 0 : plot * Ui.share(bar.value());
      svg.append("<text x=\"")
          .append(left - 6)
          .append("\" y=\"")
          .append(fmt(y + 14))
          .append("\" text-anchor=\"end\" ")
          .append(FONT)
          .append(">")
          .append(Escape.xml(bar.key()))
          .append("</text>");
      svg.append("<rect class=\"bar\" x=\"")
          .append(left)
          .append("\" y=\"")
          .append(fmt(y + 3))
          .append("\" width=\"")
          .append(fmt(width))
          .append("\" height=\"")
          .append(row - 6)
          .append("\" fill=\"#2563eb\"><title>")
          .append(Escape.xml(bar.key() + " " + ui.plain(bar.title()) + ": " + bar.shown()))
          .append("</title></rect>");
      svg.append("<text x=\"")
          .append(fmt(left + width + 4))
          .append("\" y=\"")
          .append(fmt(y + 14))
          .append("\" ")
          .append(FONT)
          .append(">")
          .append(Escape.xml(bar.shown()))
          .append("</text>");
    }
    double bottom = top + row * Math.max(values.size(), 1);
    for (int boundary : boundaries) {
      double x = left + plot * boundary / 100.0;
      svg.append("<line class=\"boundary\" x1=\"")
          .append(fmt(x))
          .append("\" y1=\"")
          .append(top - 6)
          .append("\" x2=\"")
          .append(fmt(x))
          .append("\" y2=\"")
          .append(fmt(bottom))
          .append("\" stroke=\"#dc2626\" stroke-dasharray=\"3 3\"/>");
      svg.append("<text x=\"")
          .append(fmt(x))
          .append("\" y=\"")
          .append(top - 9)
          .append("\" text-anchor=\"middle\" font-size=\"10\" fill=\"#dc2626\">")
          .append(boundary)
          .append("</text>");
    }
    svg.append("<line x1=\"")
        .append(left)
        .append("\" y1=\"")
        .append(fmt(bottom))
        .append("\" x2=\"")
        .append(left + plot)
        .append("\" y2=\"")
        .append(fmt(bottom))
        .append("\" stroke=\"#374151\"/>");
    for (int tick = 0; tick <= 100; tick += 25) {
      svg.append("<text x=\"")
          .append(fmt(left + plot * tick / 100.0))
          .append("\" y=\"")
          .append(fmt(bottom + 16))
          .append("\" text-anchor=\"middle\" font-size=\"10\" fill=\"#6b7280\">")
          .append(tick)
          .append(" %</text>");
    }
    return close(id, svg);
  }

  /**
   * Draws horizontal bars of counts, the longest bar for the largest count, each with its label on
   * the line above it so that long names are never cut.
   *
   * @param id the chart's id
   * @param title its title
   * @param desc its description
   * @param values the counts; their keys are drawn as the labels
   * @return the chart
   */
  public static Chart countBars(String id, String title, String desc, List<Bar> values) {
    int left = 8;
    int plot = 520;
    int row = 36;
    int top = 6;
    BigDecimal max = BigDecimal.ONE;
    for (Bar bar : values) {
      if (bar.value() != null && bar.value().compareTo(max) > 0) {
        max = bar.value();
      }
    }
    int height = top + row * Math.max(values.size(), 1) + 6;
    StringBuilder svg = open(id, left + plot + 60, height, title, desc);
    for (int i = 0; i < values.size(); i++) {
      Bar bar = values.get(i);
      double y = top + i * row;
      double width = bar.value() == null ? 0 : plot * bar.value().doubleValue() / max.doubleValue();
      svg.append("<text x=\"")
          .append(left)
          .append("\" y=\"")
          .append(fmt(y + 12))
          .append("\" ")
          .append(FONT)
          .append(">")
          .append(Escape.xml(bar.key()))
          .append("</text>");
      svg.append("<rect class=\"bar\" x=\"")
          .append(left)
          .append("\" y=\"")
          .append(fmt(y + 17))
          .append("\" width=\"")
          .append(fmt(width))
          .append("\" height=\"14\" fill=\"#059669\"><title>")
          .append(Escape.xml(bar.key() + ": " + bar.shown()))
          .append("</title></rect>");
      svg.append("<text x=\"")
          .append(fmt(left + width + 4))
          .append("\" y=\"")
          .append(fmt(y + 28))
          .append("\" ")
          .append(FONT)
          .append(">")
          .append(Escape.xml(bar.shown()))
          .append("</text>");
    }
    return close(id, svg);
  }

  /**
   * Draws a line of percents (0 to 100) across years, one mark per year from left to right. Two
   * years are joined only when both have a percent and the later one compares with the earlier; a
   * version break is a dashed red line between the two years with a label, and the line stops
   * there. A change of rubric version that the series compares across is a dotted grey line
   * labelled with the new version.
   *
   * @param id the chart's id
   * @param title its title
   * @param desc its description
   * @param points the years, oldest first
   * @param breakLabel the label of a version break, for example "version break"
   * @return the chart
   */
  public static Chart trendLine(
      String id, String title, String desc, List<TrendPoint> points, String breakLabel) {
    int left = 44;
    int step = 110;
    int top = 40;
    int plot = 160;
    int n = Math.max(points.size(), 1);
    int width = left + step * n + 10;
    int height = top + plot + 46;
    StringBuilder svg = open(id, width, height, title, desc);
    double bottom = top + plot;
    for (int tick = 0; tick <= 100; tick += 25) {
      double y = bottom - plot * tick / 100.0;
      svg.append("<line x1=\"")
          .append(left)
          .append("\" y1=\"")
          .append(fmt(y))
          .append("\" x2=\"")
          .append(left + step * n)
          .append("\" y2=\"")
          .append(fmt(y))
          .append("\" stroke=\"")
          .append(tick == 0 ? "#374151" : "#e5e7eb")
          .append("\"/>");
      svg.append("<text x=\"")
          .append(left - 6)
          .append("\" y=\"")
          .append(fmt(y + 4))
          .append("\" text-anchor=\"end\" font-size=\"10\" fill=\"#6b7280\">")
          .append(tick)
          .append("</text>");
    }
    double previousX = 0;
    double previousY = 0;
    boolean previous = false;
    for (int i = 0; i < points.size(); i++) {
      TrendPoint p = points.get(i);
      double x = left + step * i + step / 2.0;
      if (i > 0 && (p.breakBefore() || p.versionChange() != null)) {
        double at = x - step / 2.0;
        boolean broken = p.breakBefore();
        svg.append("<line class=\"")
            .append(broken ? "version-break" : "version-change")
            .append("\" x1=\"")
            .append(fmt(at))
            .append("\" y1=\"")
            .append(top - 24)
            .append("\" x2=\"")
            .append(fmt(at))
            .append("\" y2=\"")
            .append(fmt(bottom))
            .append(
                broken
                    ? "\" stroke=\"#dc2626\" stroke-dasharray=\"5 4\" stroke-width=\"2\"/>"
                    : "\" stroke=\"#9ca3af\" stroke-dasharray=\"2 3\"/>");
        String label =
            broken
                ? breakLabel + (p.versionChange() != null ? " · " + p.versionChange() : "")
                : String.valueOf(p.versionChange());
        svg.append("<text x=\"")
            .append(fmt(at + 3))
            .append("\" y=\"")
            .append(top - 28)
            .append("\" font-size=\"10\" fill=\"")
            .append(broken ? "#dc2626" : "#6b7280")
            .append("\">")
            .append(Escape.xml(label))
            .append("</text>");
      }
      if (p.value() != null) {
        double y = bottom - plot * Ui.share(p.value());
        if (previous && !p.breakBefore()) {
          svg.append("<line class=\"segment\" x1=\"")
              .append(fmt(previousX))
              .append("\" y1=\"")
              .append(fmt(previousY))
              .append("\" x2=\"")
              .append(fmt(x))
              .append("\" y2=\"")
              .append(fmt(y))
              .append("\" stroke=\"#1d4ed8\" stroke-width=\"2\"/>");
        }
        svg.append("<circle class=\"point\" cx=\"")
            .append(fmt(x))
            .append("\" cy=\"")
            .append(fmt(y))
            .append("\" r=\"4\" fill=\"#1d4ed8\"><title>")
            .append(Escape.xml(p.key() + " (" + p.sub() + "): " + p.shown()))
            .append("</title></circle>");
        svg.append("<text x=\"")
            .append(fmt(x))
            .append("\" y=\"")
            .append(fmt(y - 8))
            .append("\" text-anchor=\"middle\" ")
            .append(FONT)
            .append(">")
            .append(Escape.xml(p.shown()))
            .append("</text>");
        previousX = x;
        previousY = y;
        previous = true;
      } else {
        previous = false;
      }
      svg.append("<text x=\"")
          .append(fmt(x))
          .append("\" y=\"")
          .append(fmt(bottom + 16))
          .append("\" text-anchor=\"middle\" ")
          .append(FONT)
          .append(">")
          .append(Escape.xml(p.key()))
          .append("</text>");
      svg.append("<text x=\"")
          .append(fmt(x))
          .append("\" y=\"")
          .append(fmt(bottom + 31))
          .append("\" text-anchor=\"middle\" font-size=\"10\" fill=\"#6b7280\">")
          .append(Escape.xml(p.sub()))
          .append("</text>");
    }
    return close(id, svg);
  }

  private static StringBuilder open(String id, int width, int height, String title, String desc) {
    StringBuilder svg = new StringBuilder(4096);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"")
        .append(Escape.xml(id))
        .append("\" role=\"img\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" aria-labelledby=\"")
        .append(Escape.xml(id))
        .append("-title ")
        .append(Escape.xml(id))
        .append("-desc\"><title id=\"")
        .append(Escape.xml(id))
        .append("-title\">")
        .append(Escape.xml(title))
        .append("</title><desc id=\"")
        .append(Escape.xml(id))
        .append("-desc\">")
        .append(Escape.xml(desc))
        .append("</desc>");
    return svg;
  }

  private static Chart close(String id, StringBuilder svg) {
    svg.append("</svg>");
    return new Chart(id, svg.toString());
  }

  /** The point at a distance from the centre on axis i of n, clockwise from the top. */
  private static String xy(double centre, double r, int i, int n) {
    double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
    return fmt(centre + r * Math.cos(angle)) + "," + fmt(centre + r * Math.sin(angle));
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
