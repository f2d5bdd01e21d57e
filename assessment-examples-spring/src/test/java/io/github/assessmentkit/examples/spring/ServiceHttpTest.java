package io.github.assessmentkit.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.cohort.OrganisationSummary;
import io.github.assessmentkit.scoring.Scorer;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The service's endpoints over HTTP, each answer checked against the library's own result. */
class ServiceHttpTest extends HttpTestBase {
  /** A Thai letter: a message in Thai has at least one. */
  private static final String THAI = ".*[\\u0E01-\\u0E5B].*";

  private static String doc(String id, AssessmentStatus status, int percent) {
    return TestDocuments.document(
        TestDocuments.cqa(id, "coop-" + id, "Loei", 2567, status, percent));
  }

  /** A document whose item 1.1 is rated 42 %, which is not a step (of 5) of any CQA band. */
  private static String misfit(String id) {
    Assessment a = TestDocuments.cqa(id, "coop-" + id, "Loei", 2567, AssessmentStatus.DRAFT, 50);
    return TestDocuments.document(a.toBuilder().rerate(Rating.of("1.1", 42)).build());
  }

  @Test
  void listsAndSendsTheRegisteredRubrics() throws Exception {
    HttpResponse<String> list = get("/rubrics", "en");
    assertThat(list.statusCode()).isEqualTo(200);
    List<String> refs = new ArrayList<>();
    tree(list).forEach(n -> refs.add(n.get("ref").asString()));
    assertThat(refs)
        .contains(
            "cqa@2025.1",
            "coop-governance@2025.1",
            "internal-control@2025.1",
            "coop-standard@2025.1");
    assertThat(tree(get("/rubrics", "th")).get(0).get("title").asString()).matches(THAI);

    HttpResponse<String> cqa = get("/rubrics/cqa@2025.1", "en");
    assertThat(cqa.statusCode()).isEqualTo(200);
    assertThat(cqa.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
    assertThat(TestDocuments.JSON.readRubric(cqa.body())).isEqualTo(TestDocuments.CQA);
    assertThat(get("/rubrics/cqa", "en").body()).isEqualTo(cqa.body());

    HttpResponse<String> missing = get("/rubrics/no-such-set", "en");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void scoresADocumentAsTheLibraryDoes() throws Exception {
    String document = doc("score-1", AssessmentStatus.DRAFT, 60);

    HttpResponse<String> response = postJson("/assessments/scorecard", document);

    assertThat(response.statusCode()).isEqualTo(200);
    // The very bytes the codec writes for the scorecard the library computes here.
    Assessment a = TestDocuments.JSON.readAssessment(document);
    String expected = TestDocuments.JSON.writeString(Scorer.standard().score(TestDocuments.CQA, a));
    assertThat(response.body()).isEqualTo(expected);
    // Every item at 60 %: 60 % of 1000 points.
    assertThat(TestDocuments.JSON.readScorecard(response.body()).total())
        .isEqualByComparingTo("600.00");
    // Scoring stores nothing.
    assertThat(get("/assessments/score-1", "en").statusCode()).isEqualTo(404);
  }

  @Test
  void validatesADocument() throws Exception {
    HttpResponse<String> ok =
        postJson("/assessments/validation", doc("valid-1", AssessmentStatus.DRAFT, 50));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(tree(ok).get("valid").asBoolean()).isTrue();

    HttpResponse<String> bad = postJson("/assessments/validation", misfit("valid-2"));
    assertThat(bad.statusCode()).isEqualTo(422);
    JsonNode problem = tree(bad);
    assertThat(problem.get("status").asInt()).isEqualTo(422);
    JsonNode violation = problem.get("violations").get(0);
    assertThat(violation.get("rule").asString()).isEqualTo("rating.value-in-scale");
    assertThat(violation.get("path").asString()).startsWith("/ratings/");
    assertThat(violation.get("indicator").asString()).isEqualTo("1.1");
    assertThat(violation.get("value").asString()).isEqualTo("42");
  }

  @Test
  void refusesADocumentThatDoesNotFitItsRubricWith422InTheRequestedLanguage() throws Exception {
    HttpResponse<String> en =
        post("/assessments/scorecard", "application/json", misfit("m-1"), "en");
    HttpResponse<String> th =
        post(
            "/assessments/scorecard", "application/json", misfit("m-1"), "th-TH,th;q=0.9,en;q=0.5");

    assertThat(en.statusCode()).isEqualTo(422);
    assertThat(en.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(th.statusCode()).isEqualTo(422);
    JsonNode inEnglish = tree(en);
    JsonNode inThai = tree(th);
    assertThat(inEnglish.get("language").asString()).isEqualTo("en");
    assertThat(inThai.get("language").asString()).isEqualTo("th");
    assertThat(th.headers().firstValue("Content-Language")).hasValue("th");
    assertThat(inEnglish.get("title").asString())
        .isEqualTo("The assessment does not fit its rubric");
    assertThat(inThai.get("title").asString()).matches(THAI);
    assertThat(inEnglish.get("violations").get(0).get("message").asString()).doesNotMatch(THAI);
    assertThat(inThai.get("violations").get(0).get("message").asString()).matches(THAI);
    assertThat(inThai.get("violations").get(0).get("rule").asString())
        .isEqualTo(inEnglish.get("violations").get(0).get("rule").asString());
  }

  @Test
  void refusesAnUnreadableDocumentWith400() throws Exception {
    HttpResponse<String> broken =
        post(
            "/assessments/scorecard",
            "application/json",
            "{\"format\": \"assessmentkit/assess",
            "th");
    assertThat(broken.statusCode()).isEqualTo(400);
    JsonNode problem = tree(broken);
    assertThat(problem.get("title").asString()).matches(THAI);
    assertThat(problem.get("violations").get(0).get("rule").asString()).isEqualTo("json.syntax");

    // JSON, but a rubric document where an assessment is expected: also unreadable as one.
    HttpResponse<String> other =
        postJson("/assessments/scorecard", TestDocuments.JSON.writeString(TestDocuments.CQA));
    assertThat(other.statusCode()).isEqualTo(400);
    assertThat(tree(other).get("violations").size()).isPositive();
  }

  @Test
  void refusesADocumentOfAnUnknownRubricWith422() throws Exception {
    String document =
        doc("unknown-rubric", AssessmentStatus.DRAFT, 50).replace("cqa@2025.1", "cqa@1999.1");
    HttpResponse<String> response = postJson("/assessments", document);
    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode violation = tree(response).get("violations").get(0);
    assertThat(violation.get("path").asString()).isEqualTo("/rubric");
    assertThat(violation.get("rule").asString()).isEqualTo("rubric.registered");
    assertThat(get("/assessments/unknown-rubric", "en").statusCode()).isEqualTo(404);
  }

  @Test
  void refusesATooLargeDocumentWith413WhetherItsLengthIsDeclaredOrNot() throws Exception {
    // The test service takes at most 1 MiB (1,048,576 bytes): one more is too many.
    byte[] tooLarge = new byte[1_048_577];
    java.util.Arrays.fill(tooLarge, (byte) ' ');

    HttpResponse<String> declared =
        CLIENT.send(
            HttpRequest.newBuilder(uri("/assessments/scorecard"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(tooLarge))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    HttpResponse<String> chunked =
        CLIENT.send(
            HttpRequest.newBuilder(uri("/assessments"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(tooLarge)))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

    for (HttpResponse<String> r : List.of(declared, chunked)) {
      assertThat(r.statusCode()).isEqualTo(413);
      JsonNode violation = tree(r).get("violations").get(0);
      assertThat(violation.get("rule").asString()).isEqualTo("json.limit");
      assertThat(violation.get("value").asString()).isEqualTo("1048576");
    }
  }

  @Test
  void refusesAnotherContentTypeWith415() throws Exception {
    HttpResponse<String> response =
        post("/assessments", "text/plain", doc("typed-1", AssessmentStatus.DRAFT, 50), "th");
    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(tree(response).get("title").asString()).matches(THAI);
    assertThat(get("/assessments/typed-1", "en").statusCode()).isEqualTo(404);
  }

  @Test
  void storesReplacesAndThenKeepsAFinalAssessment() throws Exception {
    String draft = doc("store-1", AssessmentStatus.DRAFT, 50);
    HttpResponse<String> created = postJson("/assessments", draft);
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValue("/assessments/store-1");
    // The stored document reads back as the assessment sent.
    assertThat(TestDocuments.JSON.readAssessment(get("/assessments/store-1", "en").body()))
        .isEqualTo(TestDocuments.JSON.readAssessment(draft));
    assertThat(get("/assessments/store-1/scorecard", "en").body()).isEqualTo(created.body());

    // A draft cannot be made final at once: it is submitted first.
    String fin = doc("store-1", AssessmentStatus.FINAL, 60);
    HttpResponse<String> skipped = post("/assessments", "application/json", fin, "th");
    assertThat(skipped.statusCode()).isEqualTo(409);
    assertThat(tree(skipped).get("title").asString()).matches(THAI);
    assertThat(
            postJson("/assessments", doc("store-1", AssessmentStatus.SUBMITTED, 60)).statusCode())
        .isEqualTo(200);
    HttpResponse<String> replaced = postJson("/assessments", fin);
    assertThat(replaced.statusCode()).isEqualTo(200);

    HttpResponse<String> refused =
        postJson("/assessments", doc("store-1", AssessmentStatus.DRAFT, 90));
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(tree(refused).get("detail").asString()).contains("store-1");
    String stored = get("/assessments/store-1", "en").body();
    assertThat(TestDocuments.JSON.readAssessment(stored))
        .isEqualTo(TestDocuments.JSON.readAssessment(fin));
    // 60 % of 1000 points, the final one's.
    assertThat(
            TestDocuments.JSON
                .readScorecard(get("/assessments/store-1/scorecard", "en").body())
                .total())
        .isEqualByComparingTo("600.00");
  }

  @Test
  void storesNothingFromARejectedDocument() throws Exception {
    assertThat(postJson("/assessments", misfit("rejected-1")).statusCode()).isEqualTo(422);
    String truncated = doc("rejected-2", AssessmentStatus.DRAFT, 50);
    assertThat(
            postJson("/assessments", truncated.substring(0, truncated.length() - 2)).statusCode())
        .isEqualTo(400);

    assertThat(get("/assessments/rejected-1", "en").statusCode()).isEqualTo(404);
    assertThat(get("/assessments/rejected-2", "en").statusCode()).isEqualTo(404);
    assertThat(tree(get("/assessments/rejected-1", "en")).get("status").asInt()).isEqualTo(404);
  }

  @Test
  void runsAProvincesRound() throws Exception {
    String province = "Nong Bua Lam Phu";
    // In the round: three final assessments of 2567.
    store("nb-60", "nb-coop-a", province, 2567, AssessmentStatus.FINAL, 60);
    store("nb-40", "nb-coop-c", province, 2567, AssessmentStatus.FINAL, 40);
    store("nb-50", "nb-coop-b", province, 2567, AssessmentStatus.FINAL, 50);
    // Not in it: a draft, another year.
    store("nb-draft", "nb-coop-d", province, 2567, AssessmentStatus.DRAFT, 90);
    store("nb-2566", "nb-coop-e", province, 2566, AssessmentStatus.FINAL, 90);

    String path =
        "/rounds/"
            + URLEncoder.encode(province, StandardCharsets.UTF_8).replace("+", "%20")
            + "/2567?rubric=cqa";
    HttpResponse<String> response = get(path, "en");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode round = tree(response);
    assertThat(round.get("province").asString()).isEqualTo(province);
    assertThat(round.get("rubric").asString()).isEqualTo("cqa@2025.1");
    assertThat(round.get("fiscalYear").asInt()).isEqualTo(2567);
    assertThat(round.get("size").asInt()).isEqualTo(3);
    // Totals: 60, 50 and 40 % of 1000 points, ranked 1, 2, 3.
    List<String> subjects = new ArrayList<>();
    List<String> totals = new ArrayList<>();
    List<Integer> ranks = new ArrayList<>();
    round
        .get("ranking")
        .forEach(
            s -> {
              subjects.add(s.get("subject").asString());
              totals.add(s.get("totalPoints").decimalValue().toPlainString());
              ranks.add(s.get("rank").asInt());
            });
    assertThat(subjects).containsExactly("nb-coop-a", "nb-coop-b", "nb-coop-c");
    assertThat(totals).containsExactly("600.00", "500.00", "400.00");
    assertThat(ranks).containsExactly(1, 2, 3);
    // The cohort, as the codec wrote it, reads back in ranking order.
    List<OrganisationSummary> summaries =
        TestDocuments.JSON.readSummaries(MAPPER.writeValueAsString(round.get("summaries")));
    assertThat(summaries)
        .extracting(OrganisationSummary::subjectId)
        .containsExactly("nb-coop-a", "nb-coop-b", "nb-coop-c");

    // Drafts too when asked: four organisations, the draft at 90 % first.
    JsonNode withDrafts = tree(get(path + "&status=final&status=draft", "en"));
    assertThat(withDrafts.get("size").asInt()).isEqualTo(4);
    assertThat(withDrafts.get("ranking").get(0).get("subject").asString()).isEqualTo("nb-coop-d");

    assertThat(get("/rounds/Nowhere/2567", "en").statusCode()).isEqualTo(404);
    assertThat(get(path.replace("/2567", "/year"), "en").statusCode()).isEqualTo(400);
    assertThat(get(path + "&status=lost", "en").statusCode()).isEqualTo(400);
  }

  private void store(
      String id, String subject, String province, int year, AssessmentStatus status, int percent)
      throws Exception {
    HttpResponse<String> r =
        postJson(
            "/assessments",
            TestDocuments.document(
                TestDocuments.cqa(id, subject, province, year, status, percent)));
    assertThat(r.statusCode()).isEqualTo(201);
  }
}
