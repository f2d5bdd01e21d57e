package io.github.assessmentkit.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.history.History;
import io.github.assessmentkit.history.Point;
import io.github.assessmentkit.history.YearEntry;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An organisation's history over HTTP, from what was stored. */
class HistoryHttpTest extends HttpTestBase {
  private void store(String id, int year, AssessmentStatus status, int percent) throws Exception {
    HttpResponse<String> r =
        postJson(
            "/assessments",
            TestDocuments.document(
                TestDocuments.cqa(id, "hist-coop", "Udon Thani", year, status, percent)));
    assertThat(r.statusCode()).isEqualTo(201);
  }

  @Test
  void sendsTheHistoryOfTheFinalAssessmentsOneByYear() throws Exception {
    store("hist-2565", 2565, AssessmentStatus.FINAL, 40);
    store("hist-2566", 2566, AssessmentStatus.FINAL, 50);
    store("hist-2567", 2567, AssessmentStatus.FINAL, 60);
    // Not in it: a draft of the next year.
    store("hist-2568", 2568, AssessmentStatus.DRAFT, 70);

    HttpResponse<String> response = get("/organisations/hist-coop/history?rubric=cqa", "en");

    assertThat(response.statusCode()).isEqualTo(200);
    History history = TestDocuments.JSON.readHistory(response.body());
    assertThat(history.subject().id()).isEqualTo("hist-coop");
    assertThat(history.rubricId()).isEqualTo("cqa");
    assertThat(history.years())
        .extracting(YearEntry::assessmentId)
        .containsExactly("hist-2565", "hist-2566", "hist-2567");
    // The total's series: 40, 50 and 60 % of 1000 points; each year 10 points above the last.
    List<String> percents = new ArrayList<>();
    List<String> changes = new ArrayList<>();
    for (Point p : history.node("cqa").orElseThrow().points()) {
      percents.add(p.percent() == null ? "-" : p.percent().stripTrailingZeros().toPlainString());
      changes.add(p.change() == null ? "-" : p.change().stripTrailingZeros().toPlainString());
    }
    assertThat(percents).containsExactly("40", "50", "60");
    assertThat(changes).containsExactly("-", "10", "10");

    assertThat(get("/organisations/nobody/history", "en").statusCode()).isEqualTo(404);
    assertThat(get("/organisations/hist-coop/history?rubric=coop-governance", "en").statusCode())
        .isEqualTo(404);
  }
}
