package io.github.assessmentkit.examples.spring;

import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.validation.ValidationReport;
import io.github.assessmentkit.validation.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The library's validation report as plain JSON values, each message in one language: for every
 * violation its JSON Pointer ({@code path}), rule id, severity, offending value and indicator when
 * known, and message. Problem details carry it as their {@code violations} member.
 */
final class ReportView {
  private ReportView() {}

  /**
   * Lays out a report.
   *
   * @param report the report
   * @param language the language of the messages
   * @return one map per violation, in the report's order
   */
  static List<Map<String, String>> of(ValidationReport report, Language language) {
    List<Map<String, String>> out = new ArrayList<>(report.violations().size());
    for (Violation v : report.violations()) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("path", v.path());
      m.put("rule", v.rule());
      m.put("severity", v.severity().name().toLowerCase(Locale.ROOT));
      if (v.value() != null) {
        m.put("value", v.value());
      }
      v.indicator().ifPresent(i -> m.put("indicator", i));
      m.put("message", v.message().get(language));
      out.add(m);
    }
    return out;
  }
}
