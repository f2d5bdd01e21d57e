package io.github.assessmentkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.cohort.Standing;
import io.github.assessmentkit.report.spi.ReportLanguage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The structure of the round's HTML report, read back with jsoup. */
class CohortHtmlTest {
  private static final CohortReport ROUND = Fixtures.round();

  private static Document html(ReportLanguage language) {
    return Jsoup.parse(Rendered.cohort(ROUND, language));
  }

  @Test
  void theRankingListsEveryOrganisationInOrder() {
    Document doc = html(ReportLanguage.ENGLISH);
    // Twelve organisations in the fixture.
    Elements rows = doc.select("#ranking-overall tbody tr");
    assertThat(rows).hasSize(12);
    Standing first = ROUND.rankings().overall().standings().get(0);
    assertThat(rows.get(0).select("td").get(0).text()).startsWith(String.valueOf(first.rank()));
    assertThat(rows.get(0).text()).contains(first.subjectId(), "Cooperative ");
    assertThat(doc.selectFirst("#size").text()).isEqualTo("12");
    assertThat(doc.selectFirst("#facts").text()).contains("B.E. 2567", "C.E. 2024", "cqa@2025.1");
  }

  @Test
  void theDistributionIsChartedWithATableBesideEachChart() {
    Document doc = html(ReportLanguage.BOTH);
    // CQA: three ladders (overall, process, results bands) and one award scheme.
    int decisions =
        ROUND.distribution().overall().levels().size()
            + ROUND.distribution().overall().awards().size();
    assertThat(decisions).isEqualTo(4);
    Elements charts = doc.select("#distribution svg.chart");
    assertThat(charts).hasSize(decisions);
    assertThat(doc.select("#distribution table.counts")).hasSize(decisions);
    for (Element svg : charts) {
      assertThat(svg.selectFirst("title").text()).isNotBlank();
      assertThat(svg.selectFirst("desc").text()).contains("Organisations per outcome");
      // Every outcome of the decision is a bar, and their counts add up to the round.
      int total = 0;
      for (Element bar : svg.select("rect.bar")) {
        String title = bar.selectFirst("title").text();
        total += Integer.parseInt(title.substring(title.lastIndexOf(' ') + 1));
      }
      assertThat(total).isEqualTo(12);
    }
    assertThat(doc.select("#spread tbody tr"))
        .hasSize(ROUND.distribution().overall().criteria().size());
  }

  @Test
  void plaquesLeadersPairsAndGroupsAreShown() {
    Document doc = html(ReportLanguage.ENGLISH);
    assertThat(doc.select("#plaque-recipients li")).hasSize(ROUND.plaques().recipients().size());
    assertThat(doc.selectFirst("#plaques > p").text()).isNotBlank();
    // One learning exchange per CQA category.
    assertThat(doc.select("#exchanges h3")).hasSize(7);
    int pairs = ROUND.exchanges().stream().mapToInt(x -> x.pairs().size()).sum();
    assertThat(doc.select("#exchanges ul.pairs li")).hasSize(pairs);
    // Three provinces and three types in the fixture: a ranking table for each and a summary row.
    assertThat(doc.select("#by-province table.ranking")).hasSize(3);
    assertThat(doc.select("#summary-provinces tbody tr")).hasSize(3);
    assertThat(doc.select("#by-type table.ranking")).hasSize(3);
    assertThat(doc.select("#summary-types tbody tr")).hasSize(3);
  }

  @Test
  void theRoundIsSelfContained() {
    Document doc = html(ReportLanguage.THAI);
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("th");
    assertThat(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .startsWith("default-src 'none';");
    assertThat(doc.select("script, link, img, iframe, [src], [href]")).isEmpty();
  }

  @Test
  void theOrganisationsLeftOutAsNotFinalAreCountedAndNamed() {
    CohortReport round = Fixtures.roundWithDrafts();
    Document doc = Jsoup.parse(Rendered.cohort(round, ReportLanguage.ENGLISH));
    // Twelve organisations, the first nine final: nine ranked, org-10 to org-12 left out as drafts.
    assertThat(doc.selectFirst("#size").text()).isEqualTo("9");
    assertThat(doc.select("#ranking-overall tbody tr")).hasSize(9);
    assertThat(doc.selectFirst("#left-out-count").text()).isEqualTo("3");
    assertThat(doc.selectFirst("#left-out h2").text()).contains("(3)");
    Elements rows = doc.select("#left-out-table tbody tr");
    assertThat(rows).hasSize(3);
    for (int i = 0; i < 3; i++) {
      Element row = rows.get(i);
      String id = "org-" + (10 + i);
      assertThat(row.select("td").get(0).text()).contains("Cooperative " + (10 + i), id);
      assertThat(row.select("td").get(1).text()).isEqualTo("draft");
      assertThat(row.select("td").get(2).text()).contains(id, "not final");
    }
    // The preview of every status leaves nobody out and has no such section.
    Document preview = html(ReportLanguage.ENGLISH);
    assertThat(preview.selectFirst("#left-out-count").text()).isEqualTo("0");
    assertThat(preview.select("#left-out")).isEmpty();
  }
}
