package io.github.assessmentkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.report.spi.ReportLanguage;
import io.github.assessmentkit.scoring.NodeScore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The structure of the scorecard report's HTML, read back with jsoup. */
class ScorecardHtmlTest {
  private static final ScorecardReport CQA = Fixtures.cqaReport();

  private static Document html(ScorecardReport report, ReportLanguage language) {
    return Jsoup.parse(Rendered.scorecard(report, language));
  }

  @Test
  void theSmallRubricShowsTheNumbersWorkedOutByHand() {
    // G1 (weight 2 of 3) earns 2/3 × 100 = 66.67 for "yes"; G2 (1 of 3) earns ½ × 100/3 = 16.66
    // as shown (16.67 rounded alone; the cents go to G1 by the largest remainder); total 250/3 =
    // 83.33 of 100, 83.33 %.
    Document doc = html(Fixtures.smallReport(), ReportLanguage.ENGLISH);
    assertThat(doc.selectFirst("#total").text()).isEqualTo("83.33");
    assertThat(doc.selectFirst("p.total").text()).contains("83.33 / 100 (83.33 %)");
    Elements rows = doc.select("#table-categories tbody tr");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).select("td").eachText())
        .containsExactly("G1 Rule of law", "66.67", "66.67", "100.00");
    assertThat(rows.get(1).select("td").eachText())
        .containsExactly("G2 Transparency", "16.66", "33.33", "50.00");
  }

  @Test
  void theHeaderHoldsSubjectYearInBothErasRubricAndStatus() {
    Document doc = html(CQA, ReportLanguage.ENGLISH);
    String facts = doc.selectFirst("#facts").text();
    // B.E. 2567 is C.E. 2024 (2567 − 543).
    assertThat(facts).contains("B.E. 2567", "C.E. 2024");
    assertThat(facts).contains("cqa@2025.1", "figures not verified against the source");
    assertThat(facts).contains("loei-01", "Loei", "agricultural cooperative");
    // The fixture is built without a status: an assessment starts as a draft.
    assertThat(doc.selectFirst("#status").text()).isEqualTo("Draft");
    assertThat(doc.selectFirst("#status").hasClass("final")).isFalse();
    Document hostile = html(Fixtures.hostileReport(), ReportLanguage.BOTH);
    assertThat(hostile.selectFirst("#status").text()).isEqualTo("ฉบับสมบูรณ์ / Final");
    assertThat(hostile.selectFirst("#status").hasClass("final")).isTrue();
  }

  @Test
  void levelsAndAwardsShowTheirReasons() {
    Document doc = html(CQA, ReportLanguage.ENGLISH);
    // CQA has three ladders: overall, process and results bands.
    assertThat(doc.select("#levels tbody tr")).hasSize(3);
    assertThat(doc.select("#levels tbody tr").get(0).select("td").get(2).text())
        .startsWith("total points = ");
    assertThat(doc.select("ul.checks")).hasSize(CQA.scorecard().awards().size());
    assertThat(doc.select("ul.checks li").eachText())
        .anySatisfy(t -> assertThat(t).startsWith("✓"))
        .anySatisfy(t -> assertThat(t).startsWith("✗"));
  }

  @Test
  void theFileIsSelfContainedAndForbidsScripts() {
    String raw = Rendered.scorecard(CQA, ReportLanguage.BOTH);
    Document doc = Jsoup.parse(raw);
    Element csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]");
    assertThat(csp).isNotNull();
    assertThat(csp.attr("content")).startsWith("default-src 'none';").doesNotContain("script-src");
    assertThat(doc.select("script, link, img, iframe, object, embed")).isEmpty();
    assertThat(doc.select("[src], [href]")).isEmpty();
    // The only URL is the SVG namespace, which is a name and loads nothing.
    assertThat(raw.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
        .doesNotContain("http://", "https://");
    assertThat(doc.select("style")).hasSize(1);
    String css = doc.selectFirst("style").data();
    assertThat(css).contains("@page { size: A4;", "\"Sarabun\"", "\"Loma\"", "sans-serif");
    assertThat(css).doesNotContain("url(", "@import", "@font-face");
  }

  @Test
  void everyChartHasATitleADescriptionAndATable() {
    Document doc = html(CQA, ReportLanguage.BOTH);
    Elements charts = doc.select("svg.chart");
    assertThat(charts).hasSize(2);
    for (Element svg : charts) {
      String id = svg.id();
      assertThat(svg.attr("role")).isEqualTo("img");
      assertThat(svg.attr("aria-labelledby")).isEqualTo(id + "-title " + id + "-desc");
      assertThat(svg.selectFirst("title#" + id + "-title").text()).isNotBlank();
      assertThat(svg.selectFirst("desc#" + id + "-desc").text()).isNotBlank();
    }
    // The radar: one labelled axis per CQA category (7), its table one row per category.
    Element radar = doc.getElementById("chart-radar");
    assertThat(radar.select("> text title")).hasSize(7);
    assertThat(radar.select("polygon.value")).hasSize(1);
    assertThat(doc.select("#table-categories tbody tr")).hasSize(7);
    // The items: 17 CQA items, one bar and one table row each.
    Element items = doc.getElementById("chart-items");
    assertThat(items.select("rect.bar")).hasSize(17);
    assertThat(doc.select("#table-items tbody tr")).hasSize(17);
    // Band boundaries: the CQA band scale's six bands begin at 0, 10, 30, 50, 70 and 90 %; a line
    // for each above 0.
    assertThat(items.select("line.boundary")).hasSize(5);
    assertThat(items.select("line.boundary + text").eachText())
        .containsExactly("10", "30", "50", "70", "90");
  }

  @Test
  void theTreeIsFoldedAndHoldsEveryNodeWithItsExplanation() {
    Document doc = html(CQA, ReportLanguage.ENGLISH);
    long nodes = CQA.scorecard().root().stream().count();
    Elements details = doc.select("#tree details.node");
    assertThat(details).hasSize((int) nodes);
    assertThat(details.select("[open]")).isEmpty();
    NodeScore first = CQA.scorecard().root().children().get(0);
    Element one = doc.getElementById("node-" + first.id());
    assertThat(one.select("> p.calc").eachText()).contains(first.explanation().calculation());
    // Item 1.1 carries the rating's rationale, findings and evidence.
    Element item = doc.getElementById("node-1.1");
    assertThat(item.select(".rationale").text()).contains("yearly action plans");
    assertThat(item.select(".evidence").text()).contains("แผนกลยุทธ์ 2566-2570");
    assertThat(item.select(".strength").text()).contains("ทบทวนทุกไตรมาส");
  }

  @Test
  void strengthsOpportunitiesCoverageAndWarningsAreListed() {
    Document doc = html(CQA, ReportLanguage.ENGLISH);
    assertThat(doc.select("#strengths tbody tr")).hasSize(CQA.gaps().strengths().size());
    assertThat(doc.select("#opportunities tbody tr")).hasSize(CQA.gaps().opportunities().size());
    // Every indicator of the fixture is rated: coverage is complete.
    assertThat(doc.selectFirst("#coverage").text()).contains("100.00 %");
  }

  @Test
  void theCallerChoosesTheLanguages() {
    Document thai = html(CQA, ReportLanguage.THAI);
    assertThat(thai.selectFirst("html").attr("lang")).isEqualTo("th");
    assertThat(thai.select("h1 span[lang]").eachAttr("lang")).containsExactly("th");
    Document english = html(CQA, ReportLanguage.ENGLISH);
    assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(english.select("h1 span[lang]").eachAttr("lang")).containsExactly("en");
    Document both = html(CQA, ReportLanguage.BOTH);
    assertThat(both.selectFirst("html").attr("lang")).isEqualTo("th");
    assertThat(both.select("h1 span[lang]").eachAttr("lang")).containsExactly("th", "en");
    assertThat(both.selectFirst("h1").text())
        .isEqualTo("สหกรณ์การเกษตรเมืองเลย จำกัด / Mueang Loei Agricultural Cooperative");
  }

  @Test
  void everyPieceOfTextIsMarkedWithItsLanguage() {
    for (ReportLanguage language : ReportLanguage.values()) {
      Document doc = html(CQA, language);
      Elements pieces = doc.select("span.tx > span:not(.sep)");
      assertThat(pieces).isNotEmpty();
      assertThat(pieces.eachAttr("lang")).hasSameSizeAs(pieces).isSubsetOf("th", "en");
    }
  }
}
