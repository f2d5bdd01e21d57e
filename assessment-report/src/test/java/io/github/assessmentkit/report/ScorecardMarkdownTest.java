package io.github.assessmentkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.report.spi.ReportLanguage;
import io.github.assessmentkit.report.spi.ReportRenderer;
import org.junit.jupiter.api.Test;

/** The scorecard report as Markdown. */
class ScorecardMarkdownTest {
  private static String markdown(ScorecardReport report, ReportLanguage language) {
    return Rendered.render(ScorecardReport.class, report, ReportRenderer.MARKDOWN, language);
  }

  @Test
  void theSmallRubricShowsTheNumbersWorkedOutByHand() {
    // As in the HTML test: 83.33 of 100 = 66.67 (G1, 100 %) + 16.66 (G2, 50 % of 33.33).
    String md = markdown(Fixtures.smallReport(), ReportLanguage.ENGLISH);
    assertThat(md).startsWith("# Sample cooperative\n");
    assertThat(md).contains("**Total**: 83.33 / 100 (83.33 %)");
    assertThat(md).contains("| G1 Rule of law | 66.67 | 66.67 | 100.00 |");
    assertThat(md).contains("| G2 Transparency | 16.66 | 33.33 | 50.00 |");
    // B.E. 2566 is C.E. 2023.
    assertThat(md).contains("B.E. 2566 (C.E. 2023)");
    assertThat(md).contains("- **Status**: **Draft**");
    assertThat(md).contains("`my-checklist@1`");
  }

  @Test
  void bothLanguagesStandSideBySide() {
    String md = markdown(Fixtures.smallReport(), ReportLanguage.BOTH);
    assertThat(md).startsWith("# สหกรณ์ตัวอย่าง / Sample cooperative\n");
    assertThat(md).contains("**คะแนนรวม / Total**: 83.33 / 100");
  }

  @Test
  void noTextFromTheDocumentsBecomesMarkupOrHtml() {
    String md = markdown(Fixtures.hostileReport(), ReportLanguage.BOTH);
    assertThat(md).doesNotContain("<", "javascript:", "](");
    assertThat(md).contains("&lt;script&gt;window\\.\\_\\_xss=1;alert\\(1\\)&lt;/script&gt;");
  }
}
