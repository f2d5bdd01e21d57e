package io.github.assessmentkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.report.internal.Escape;
import io.github.assessmentkit.report.spi.ReportLanguage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The injection attempts of {@link Fixtures#XSS}, placed in every text of a rubric, an assessment a
 * round, and an organisation's years and action plan, come out as text: no element, attribute or
 * link of theirs is in the page.
 */
class EscapingTest {
  /** What a page may hold: only the elements the templates write. */
  private static void assertOnlyOwnMarkup(String raw, int charts) {
    assertThat(raw.toLowerCase(java.util.Locale.ROOT)).doesNotContain("<script", "<iframe", "<img");
    Document doc = Jsoup.parse(raw);
    assertThat(doc.select("script, iframe, img, math, a, object, embed, link, body body"))
        .isEmpty();
    assertThat(doc.select("style")).hasSize(1);
    assertThat(doc.select("head style")).hasSize(1);
    assertThat(doc.select("svg")).hasSize(charts);
    assertThat(doc.select("svg:not(.chart)")).isEmpty();
    assertThat(doc.select("svg animate, svg set, svg foreignObject")).isEmpty();
    assertThat(doc.select("details[open]")).isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).doesNotStartWith("on").isNotEqualTo("href").isNotEqualTo("src");
        assertThat(a.getValue()).doesNotContain("javascript:", "__xss");
      }
    }
    // Every attempt is there, as text.
    String text = doc.body().text() + " " + doc.title();
    for (String attempt : Fixtures.XSS) {
      assertThat(text).contains(attempt);
    }
  }

  @ParameterizedTest
  @EnumSource(ReportLanguage.class)
  void aScorecardReportShowsEveryAttemptAsText(ReportLanguage language) {
    String raw = Rendered.scorecard(Fixtures.hostileReport(), language);
    assertOnlyOwnMarkup(raw, 2);
    Document doc = Jsoup.parse(raw);
    // The charts' titles carry the criteria's titles, as text.
    assertThat(doc.select("#chart-radar text title").first().text()).contains(Fixtures.XSS.get(0));
    assertThat(doc.select("#chart-items rect title").first().text()).contains(Fixtures.XSS.get(1));
    // The unknown fields, keys and values, as text.
    assertThat(doc.select("table.fields th").eachText()).contains(Fixtures.XSS.get(0));
    assertThat(doc.select(".evidence").text()).contains("javascript:window.__xss=1");
  }

  @ParameterizedTest
  @EnumSource(ReportLanguage.class)
  void aRoundShowsEveryAttemptAsText(ReportLanguage language) {
    String raw = Rendered.cohort(Fixtures.hostileRound(), language);
    // One chart per decision of the CQA set: three ladders and one award scheme.
    assertOnlyOwnMarkup(raw, 4);
  }

  @ParameterizedTest
  @EnumSource(ReportLanguage.class)
  void aRoundListsTheLeftOutByNameAsText(ReportLanguage language) {
    String raw = Rendered.cohort(Fixtures.hostileRoundWithDrafts(), language);
    assertOnlyOwnMarkup(raw, 4);
    Document doc = Jsoup.parse(raw);
    // The last three attempts name the three drafts left out, and are shown only there.
    assertThat(doc.select("#left-out-table tbody tr")).hasSize(3);
    assertThat(doc.selectFirst("#left-out-table").text())
        .contains(Fixtures.XSS.get(Fixtures.XSS.size() - 1));
  }

  @ParameterizedTest
  @EnumSource(ReportLanguage.class)
  void anOrganisationsYearsShowEveryAttemptAsText(ReportLanguage language) {
    String raw = Rendered.history(YearsFixtures.hostile(), language);
    // The total, G1 and G2 of the small rubric: three trend lines.
    assertOnlyOwnMarkup(raw, 3);
    Document doc = Jsoup.parse(raw);
    String payload = Fixtures.PAYLOAD;
    // Where each text is shown, it is there whole, as text.
    assertThat(doc.title()).contains(payload);
    assertThat(doc.selectFirst("#facts").text()).contains(payload);
    assertThat(doc.selectFirst("#years-table tbody").text()).contains(payload);
    assertThat(doc.selectFirst("#chart-trend-1 title").text()).contains(payload);
    assertThat(doc.selectFirst("#regressions").text()).contains(payload);
    assertThat(doc.selectFirst("#recoveries").text()).contains(payload);
    assertThat(doc.selectFirst("#plan-actions").text()).contains(payload);
    assertThat(doc.selectFirst("#plan").text()).contains(payload);
  }

  @Test
  void xmlEscapingCoversContentAndBothQuotes() {
    assertThat(Escape.xml("a<b>&\"c'd")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;d");
    assertThat(Escape.xml("ไทย\u0000\u0007\t\n")).isEqualTo("ไทย\t\n");
  }

  @Test
  void markdownEscapingMakesEveryMarkLiteral() {
    assertThat(Escape.markdown("[x](javascript:y) *a* <b>\n#"))
        .isEqualTo("\\[x\\]\\(javascript\\:y\\) \\*a\\* &lt;b&gt; \\#");
  }

  @Test
  void aCellThatASpreadsheetWouldReadAsAFormulaIsGuarded() {
    assertThat(Escape.cell("=1+1")).isEqualTo("'=1+1");
    assertThat(Escape.cell("+66")).isEqualTo("'+66");
    assertThat(Escape.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Escape.cell("สหกรณ์ =1")).isEqualTo("สหกรณ์ =1");
    assertThat(Escape.cell("")).isEmpty();
  }
}
