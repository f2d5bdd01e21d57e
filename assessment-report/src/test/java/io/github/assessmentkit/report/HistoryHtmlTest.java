package io.github.assessmentkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.report.spi.ReportLanguage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * The structure of the report of an organisation's years, read back with jsoup, on the four years
 * of {@link YearsFixtures} (their numbers are worked out there).
 */
class HistoryHtmlTest {
  private static final HistoryReport REPORT = YearsFixtures.report();

  private static Document html(ReportLanguage language) {
    return Jsoup.parse(Rendered.history(REPORT, language));
  }

  @Test
  void theFactsNameTheOrganisationAndItsYearsInBothEras() {
    Document doc = html(ReportLanguage.ENGLISH);
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
    // 2563–2566 B.E. is 2020–2023 C.E. (less 543).
    assertThat(doc.selectFirst("#facts").text())
        .contains("Sample cooperative", "coop-42", "my-checklist", "B.E. 2563–2566")
        .contains("C.E. 2020–2023");
    Elements years = doc.select("#years-table tbody tr");
    assertThat(years).hasSize(4);
    assertThat(years.get(0).text()).contains("B.E. 2563", "C.E. 2020", "coop-42-2563");
    // Only 2566 is on a new version.
    assertThat(years.get(3).text()).contains("2", "new version");
    assertThat(doc.select("#years-table tbody tr:contains(new version)")).hasSize(1);
  }

  @Test
  void eachCategoryHasATrendLineWithItsTableAndTheBreakIsMarked() {
    Document doc = html(ReportLanguage.ENGLISH);
    // The total, G1 and G2: three charts, each with a title, a description and a table.
    Elements charts = doc.select("#trends svg.chart");
    assertThat(charts).hasSize(3);
    assertThat(doc.select("#trends table.series")).hasSize(3);
    for (Element svg : charts) {
      assertThat(svg.selectFirst("title").text()).isNotBlank();
      assertThat(svg.selectFirst("desc").text()).startsWith("Percent by fiscal year:");
      assertThat(svg.attr("aria-labelledby")).contains(svg.id() + "-title", svg.id() + "-desc");
      // One point per scored year: all four years are scored.
      assertThat(svg.select("circle.point")).hasSize(4);
    }
    // The total: 50, 83.33, 66.67, 100; it compares across the version change (dotted grey), so
    // all three segments are drawn and there is no break.
    Element total = doc.selectFirst("#chart-trend-0");
    assertThat(total.select("circle.point title").eachText())
        .containsExactly(
            "B.E. 2563 (C.E. 2020): 50.00",
            "B.E. 2564 (C.E. 2021): 83.33",
            "B.E. 2565 (C.E. 2022): 66.67",
            "B.E. 2566 (C.E. 2023): 100.00");
    assertThat(total.select("line.segment")).hasSize(3);
    assertThat(total.select("line.version-change")).hasSize(1);
    assertThat(total.select("line.version-break")).isEmpty();
    // Its table: the changes are 83.33 − 50 = +33.33, 66.67 − 83.33 = −16.66, 100 − 66.67 = +33.33.
    Elements rows = doc.select("#series-0 tbody tr");
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).select("td").get(3).text()).isEqualTo("—");
    assertThat(rows.get(1).select("td").get(3).text()).isEqualTo("+33.33");
    assertThat(rows.get(2).select("td").get(3).text()).isEqualTo("-16.66");
    assertThat(rows.get(3).select("td").get(3).text()).isEqualTo("+33.33");
    // G2: 50, 50, 0, then 100 on version 2, which does not compare: a red dashed break with its
    // label, the line stops (two segments, not three) and the table says so in the 2566 row.
    Element g2 = doc.selectFirst("#chart-trend-2");
    assertThat(g2.selectFirst("title").text()).startsWith("G2 ");
    assertThat(g2.select("line.version-break")).hasSize(1);
    assertThat(g2.select("line.segment")).hasSize(2);
    assertThat(g2.text()).contains("version break · 2");
    assertThat(g2.selectFirst("desc").text()).contains("version break");
    Elements g2rows = doc.select("#series-2 tbody tr");
    assertThat(g2rows.get(3).hasClass("break")).isTrue();
    assertThat(g2rows.get(3).text()).contains("100.00", "version break");
    assertThat(g2rows.get(3).select("td").get(3).text()).isEqualTo("—");
    assertThat(doc.select("#series-2 tr.break")).hasSize(1);
  }

  @Test
  void regressionsAndRecoveriesAreFlaggedWithRuleYearAndReason() {
    Document doc = html(ReportLanguage.ENGLISH);
    assertThat(doc.select("#regressions tbody tr")).hasSize(REPORT.history().regressions().size());
    assertThat(doc.select("#recoveries tbody tr")).hasSize(REPORT.history().recoveries().size());
    // In 2565 the total falls 16.66 and G2 50 points, both at least the default 10: node-fell.
    Elements fell = doc.select("#regressions tbody tr:contains(node-fell)");
    assertThat(fell).hasSize(2);
    for (Element row : fell) {
      assertThat(row.text()).contains("B.E. 2565", "C.E. 2022");
      assertThat(row.selectFirst("td.reason").text()).isNotBlank();
    }
    assertThat(fell.text()).contains("G2");
  }

  @Test
  void theFlagsAreInTheLanguageChosen() {
    Document thai = html(ReportLanguage.THAI);
    Element reason = thai.selectFirst("#regressions td.reason span[lang]");
    assertThat(reason.attr("lang")).isEqualTo("th");
    assertThat(thai.select("#regressions [lang=en]")).isEmpty();
    Document both = html(ReportLanguage.BOTH);
    Element cell = both.selectFirst("#regressions td.reason");
    assertThat(cell.select("span[lang=th]")).hasSize(1);
    assertThat(cell.select("span[lang=en]")).hasSize(1);
  }

  @Test
  void theActionPlansVerdictsCarryTheirNumbers() {
    Document doc = html(ReportLanguage.ENGLISH);
    Elements rows = doc.select("#plan-actions tbody tr.action");
    assertThat(rows).hasSize(2);
    // Each action's verdict is explained, with its numbers, on the row below it.
    assertThat(doc.select("#plan-actions tbody tr.explanation-row")).hasSize(2);
    // A1 raises G2 to 100 %: it stood at 50 after 2564 and is 0 in 2565, not met.
    assertThat(rows.get(0).hasClass("verdict-not_met")).isTrue();
    assertThat(rows.get(0).text()).contains("A1", "G2");
    assertThat(rows.get(0).nextElementSibling().text())
        .contains("publish the statements", "manager", "Q3");
    assertThat(rows.get(0).select("td").get(2).text()).isEqualTo("0.00");
    assertThat(rows.get(0).nextElementSibling().selectFirst(".explanation").text())
        .contains("A1", "G2");
    // A2 keeps G1 at 100 %: 100 in 2565, met; it gains 200/3 − 200/3 = 0 points.
    assertThat(rows.get(1).hasClass("verdict-met")).isTrue();
    assertThat(rows.get(1).select("td").get(2).text()).isEqualTo("100.00");
    assertThat(doc.selectFirst("#plan").text()).contains("plan-2564", "coop-42-2565");
    assertThat(doc.selectFirst("#plan-summary").text()).isNotBlank();
  }

  @Test
  void withoutAPlanThereIsNoPlanSection() {
    Document doc =
        Jsoup.parse(Rendered.history(HistoryReport.of(REPORT.history()), ReportLanguage.ENGLISH));
    assertThat(doc.select("#plan")).isEmpty();
    assertThat(doc.select("#trends svg.chart")).hasSize(3);
  }

  @Test
  void theReportIsSelfContained() {
    Document doc = html(ReportLanguage.THAI);
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("th");
    assertThat(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .startsWith("default-src 'none';");
    assertThat(doc.select("script, link, img, iframe, [src], [href]")).isEmpty();
    assertThat(doc.selectFirst("style").html()).contains("@page { size: A4;");
  }
}
