package io.github.assessmentkit.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample documents the module's README sends with curl get the answers it shows. */
class ReadmeSamplesTest extends HttpTestBase {
  private static String sample(String name) throws Exception {
    return Files.readString(Path.of("samples", name), StandardCharsets.UTF_8);
  }

  @Test
  void theSampleScores423Point50() throws Exception {
    HttpResponse<String> response =
        postJson("/assessments/scorecard", sample("loei-savings-2567.json"));

    assertThat(response.statusCode()).isEqualTo(200);
    // Each item's percentage of its points: 55 % × 65 + 45 % × 50 + 40 % × 45 + 35 % × 45
    // + 50 % × 40 + 45 % × 45 + 40 % × 45 + 45 % × 45 + 50 % × 40 + 40 % × 45 + 45 % × 40
    // + 40 % × 45 + 35 % × 120 + 40 % × 80 + 45 % × 80 + 30 % × 80 + 50 % × 90
    // = 35.75 + 22.5 + 18 + 15.75 + 20 + 20.25 + 18 + 20.25 + 20 + 18 + 18 + 18 + 42 + 32 + 36
    //   + 24 + 45 = 423.50
    assertThat(TestDocuments.JSON.readScorecard(response.body()).total())
        .isEqualByComparingTo("423.50");
  }

  @Test
  void theMistakenSampleIsRefusedWithBothProblems() throws Exception {
    HttpResponse<String> response =
        post("/assessments", "application/json", sample("loei-savings-2567-mistake.json"), "th");

    assertThat(response.statusCode()).isEqualTo(422);
    List<String> rules = new ArrayList<>();
    tree(response).get("violations").forEach(v -> rules.add(v.get("rule").asString()));
    assertThat(rules).contains("rating.value-in-scale", "rating.indicator-exists");
    assertThat(get("/assessments/loei-savings-2567-mistake", "en").statusCode()).isEqualTo(404);
  }
}
