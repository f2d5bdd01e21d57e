package io.github.assessmentkit.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reports over HTTP: a stored assessment's scorecard report, a province's round report and an
 * organisation's history report.
 */
class ReportHttpTest extends HttpTestBase {
  private static final String CSP = "Content-Security-Policy";

  /** An assessment of every CQA item at one percentage, of an organisation with these names. */
  private static String document(
      String id, String subjectId, String province, String thai, String english, int percent) {
    AssessmentBuilder b =
        Assessment.builder(
                id,
                new Subject(subjectId, Text.of(thai, english), OrganisationType.SAVINGS, province),
                TestDocuments.CQA.ref(),
                FiscalYear.ofBuddhistEra(2567))
            .status(AssessmentStatus.FINAL);
    for (Indicator i : TestDocuments.CQA.indicators()) {
      b.rating(Rating.of(i.id(), percent));
    }
    return TestDocuments.document(b.build());
  }

  private HttpResponse<byte[]> fetch(String path, String accept, String language)
      throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(uri(path))
            .header("Accept", accept)
            .header("Accept-Language", language)
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The titles of a history report's trend charts, in the page's order. */
  private static List<String> trendTitles(String page) {
    Matcher m =
        Pattern.compile("<title id=\"chart-trend-\\d+-title\">([^<]*)</title>").matcher(page);
    List<String> titles = new ArrayList<>();
    while (m.find()) {
      titles.add(m.group(1));
    }
    return titles;
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  private void store(String document) throws Exception {
    assertThat(postJson("/assessments", document).statusCode()).isEqualTo(201);
  }

  @Test
  void sendsTheScorecardReportOfAStoredAssessmentAsHtmlOrMarkdown() throws Exception {
    // Every item at 60 %: 60 % of the CQA's 1000 points, 600.00.
    store(
        document(
            "report-1",
            "report-coop-1",
            "Loei",
            "สหกรณ์ออมทรัพย์ภูผาเงิน",
            "Phu Pha Ngoen Savings Cooperative",
            60));

    HttpResponse<byte[]> english = fetch("/assessments/report-1/report", "text/html", "en");
    assertThat(english.statusCode()).isEqualTo(200);
    assertThat(english.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
    assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
    String page = text(english);
    assertThat(page)
        .startsWith("<!DOCTYPE html>")
        .contains(CSP)
        .contains("Phu Pha Ngoen Savings Cooperative")
        .contains("600.00")
        .doesNotContain("สหกรณ์ออมทรัพย์ภูผาเงิน");

    // In Thai by Accept-Language, in both by lang=both.
    HttpResponse<byte[]> thai = fetch("/assessments/report-1/report", "text/html", "th");
    assertThat(thai.headers().firstValue("Content-Language")).hasValue("th");
    assertThat(text(thai)).contains("สหกรณ์ออมทรัพย์ภูผาเงิน").contains("600.00");
    HttpResponse<byte[]> both = fetch("/assessments/report-1/report?lang=both", "*/*", "en");
    assertThat(both.headers().firstValue("Content-Language")).hasValue("th, en");
    assertThat(text(both))
        .contains("สหกรณ์ออมทรัพย์ภูผาเงิน")
        .contains("Phu Pha Ngoen Savings Cooperative");

    // Markdown by Accept or by format, the same text either way.
    HttpResponse<byte[]> markdown = fetch("/assessments/report-1/report", "text/markdown", "en");
    assertThat(markdown.statusCode()).isEqualTo(200);
    assertThat(markdown.headers().firstValue("Content-Type"))
        .hasValue("text/markdown;charset=UTF-8");
    assertThat(text(markdown))
        .contains("Phu Pha Ngoen Savings Cooperative")
        .contains("600.00")
        .doesNotContain("<!DOCTYPE");
    HttpResponse<byte[]> byFormat = fetch("/assessments/report-1/report?format=md", "*/*", "en");
    assertThat(byFormat.body()).isEqualTo(markdown.body());

    // A format or language the service does not have is a bad request.
    assertThat(fetch("/assessments/report-1/report?format=pdf", "*/*", "en").statusCode())
        .isEqualTo(400);
    assertThat(fetch("/assessments/report-1/report?lang=fr", "*/*", "en").statusCode())
        .isEqualTo(400);
  }

  @Test
  void escapesTheTextsOfAStoredAssessment() throws Exception {
    String attack = "<script>alert('x')</script>";
    store(document("report-2", "report-coop-2", "Loei", attack, "Coop " + attack, 50));

    for (String path :
        List.of(
            "/assessments/report-2/report?lang=both", "/assessments/report-2/report?format=md")) {
      String body = text(fetch(path, "*/*", "en"));
      assertThat(body).doesNotContain("<script").contains("&lt;script&gt;");
    }
  }

  @Test
  void sendsTheReportOfAProvincesRoundAsHtmlOrCsv() throws Exception {
    String province = "Bueng Kan";
    // Three final assessments at 70, 55 and 45 %: totals 700.00, 550.00 and 450.00 of 1000.
    store(document("bk-70", "bk-coop-a", province, "สหกรณ์ ก", "Coop Alpha", 70));
    store(document("bk-45", "bk-coop-c", province, "สหกรณ์ ค", "Coop Charlie", 45));
    store(document("bk-55", "bk-coop-b", province, "สหกรณ์ ข", "Coop Bravo", 55));
    String path =
        "/rounds/"
            + URLEncoder.encode(province, StandardCharsets.UTF_8).replace("+", "%20")
            + "/2567/report?rubric=cqa";

    HttpResponse<byte[]> html = fetch(path, "text/html", "en");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
    String page = text(html);
    assertThat(page).contains(CSP).contains("700.00").contains("550.00").contains("450.00");
    // The ranking: Alpha, then Bravo, then Charlie.
    assertThat(page.indexOf("Coop Alpha")).isPositive().isLessThan(page.indexOf("Coop Bravo"));
    assertThat(page.indexOf("Coop Bravo")).isLessThan(page.indexOf("Coop Charlie"));

    HttpResponse<byte[]> csv = fetch(path + "&format=csv&lang=both", "*/*", "en");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("round-cqa-2025.1-2567.csv");
    byte[] bytes = csv.body();
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    List<String> rows =
        new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
    // A header, then one row per organisation in ranking order.
    assertThat(rows).hasSize(4);
    assertThat(rows.get(1)).contains("Coop Alpha").contains("700.00");
    assertThat(rows.get(2)).contains("Coop Bravo");
    assertThat(rows.get(3)).contains("Coop Charlie");
    // The same by Accept.
    assertThat(fetch(path + "&lang=both", "text/csv", "en").body()).isEqualTo(bytes);
  }

  @Test
  void sendsTheHistoryReportOfAnOrganisation() throws Exception {
    // Three final assessments in three fiscal years, every item at 40, 55 and 70 %.
    String subject = "hist-report-coop";
    int[][] years = {{2565, 40}, {2566, 55}, {2567, 70}};
    for (int[] y : years) {
      store(
          TestDocuments.document(
              TestDocuments.cqa(
                  "hist-report-" + y[0],
                  subject,
                  "Nong Khai",
                  y[0],
                  AssessmentStatus.FINAL,
                  y[1])));
    }
    String path = "/organisations/" + subject + "/history/report?rubric=cqa";
    // The categories: the top-level criteria but the organisational profile (P.1, P.2), which is
    // not scored and so has no series; the CQA's seven.
    List<Criterion> categories =
        TestDocuments.CQA.criteria().stream()
            .filter(c -> c.kind() != CriterionKind.PROFILE)
            .toList();
    assertThat(categories).hasSize(7);

    HttpResponse<byte[]> english = fetch(path, "text/html", "en");
    assertThat(english.statusCode()).isEqualTo(200);
    assertThat(english.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
    assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
    String page = text(english);
    assertThat(page)
        .startsWith("<!DOCTYPE html>")
        .contains(CSP)
        .contains("Cooperative " + subject)
        .contains("B.E. 2565", "B.E. 2566", "B.E. 2567")
        .doesNotContain("สหกรณ์ " + subject);
    // One trend chart for the total, then one for each category (top-level criterion), in order.
    List<String> titles = trendTitles(page);
    assertThat(titles).hasSize(1 + categories.size());
    for (int i = 0; i < categories.size(); i++) {
      assertThat(titles.get(i + 1)).startsWith(categories.get(i).id() + " ");
    }

    // In Thai by Accept-Language: the organisation's and the categories' Thai names.
    HttpResponse<byte[]> thai = fetch(path, "text/html", "th");
    assertThat(thai.statusCode()).isEqualTo(200);
    assertThat(thai.headers().firstValue("Content-Language")).hasValue("th");
    String thaiPage = text(thai);
    assertThat(thaiPage).contains("สหกรณ์ " + subject).contains("พ.ศ. 2567");
    List<String> thaiTitles = trendTitles(thaiPage);
    assertThat(thaiTitles).hasSize(1 + categories.size());
    assertThat(thaiTitles.get(1))
        .isEqualTo(categories.get(0).id() + " " + categories.get(0).title().get(Language.TH));
    // The same report in Thai by lang=th, whatever Accept-Language says.
    assertThat(fetch(path + "&lang=th", "*/*", "en").body()).isEqualTo(thai.body());

    // A language or format the service does not have is a bad request.
    assertThat(fetch(path + "&lang=fr", "*/*", "en").statusCode()).isEqualTo(400);
    assertThat(fetch(path + "&format=csv", "*/*", "en").statusCode()).isEqualTo(400);

    // Nothing stored on that rubric: 404 with problem details, in the request's language.
    HttpResponse<byte[]> none =
        fetch("/organisations/" + subject + "/history/report?rubric=coop-governance", "*/*", "th");
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(none.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(MAPPER.readTree(none.body()).get("detail").asString())
        .isEqualTo(
            "ไม่มีการประเมินที่ปิดแล้ว (final) ของ " + subject + " ตามเกณฑ์ coop-governance");
    assertThat(fetch("/organisations/nobody/history/report", "text/html", "en").statusCode())
        .isEqualTo(404);
  }

  @Test
  void answersNotFoundWithBilingualProblemDetails() throws Exception {
    HttpResponse<byte[]> none = fetch("/assessments/no-such-one/report", "text/html", "th");
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(none.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(none.headers().firstValue("Content-Language")).hasValue("th");
    assertThat(MAPPER.readTree(none.body()).get("detail").asString())
        .isEqualTo("ไม่มีการประเมินรหัส no-such-one");

    HttpResponse<byte[]> round = fetch("/rounds/Nowhere/2567/report", "text/html", "en");
    assertThat(round.statusCode()).isEqualTo(404);
    assertThat(round.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(MAPPER.readTree(round.body()).get("detail").asString())
        .isEqualTo(
            "No assessment of province Nowhere in fiscal year 2567 against cqa@2025.1 is stored");
  }
}
