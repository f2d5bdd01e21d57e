package io.github.assessmentkit.cqa.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.cqa.CooperativeStandardCriteria;
import io.github.assessmentkit.cqa.CqaCriteria;
import io.github.assessmentkit.cqa.CqaSets;
import io.github.assessmentkit.cqa.GovernanceCriteria;
import io.github.assessmentkit.cqa.InternalControlCriteria;
import io.github.assessmentkit.json.AssessmentJson;
import io.github.assessmentkit.json.GoldenVectorReport;
import io.github.assessmentkit.json.GoldenVectorReport.Mismatch;
import io.github.assessmentkit.json.GoldenVectors;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.text.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each shipped set's golden-vector folder, checked as a maintainer would: the set written in code,
 * and the same set written to JSON and read back, give every expected result.
 */
class GoldenVectorFoldersTest {
  private final AssessmentJson json = AssessmentJson.standard();
  private final Map<String, Rubric> sets =
      Map.of(
          CqaSets.CQA, CqaCriteria.rubric(),
          CqaSets.GOVERNANCE, GovernanceCriteria.rubric(),
          CqaSets.INTERNAL_CONTROL, InternalControlCriteria.rubric(),
          CqaSets.COOP_STANDARD, CooperativeStandardCriteria.rubric(),
          CqaSets.COOP_STANDARD_FARMER_GROUPS, CooperativeStandardCriteria.farmerGroups());

  @Test
  void each_set_and_its_json_copy_pass_their_folder() {
    for (Map.Entry<String, Rubric> set : sets.entrySet()) {
      // given
      Rubric copy = json.readRubric(json.writeString(set.getValue()));

      // when
      GoldenVectorReport asWritten =
          GoldenVectors.check(set.getValue(), GoldenFolders.of(set.getKey()));
      GoldenVectorReport readBack = GoldenVectors.check(copy, GoldenFolders.of(set.getKey()));

      // then
      assertThat(asWritten.failures()).as(set.getKey()).isEmpty();
      assertThat(readBack.failures()).as(set.getKey()).isEmpty();
      assertThat(asWritten.outcomes()).as(set.getKey()).isNotEmpty();
    }
  }

  @Test
  void each_file_with_its_assessment_in_place_is_as_the_writer_writes_it() throws IOException {
    for (String set : sets.keySet()) {
      try (Stream<Path> files = Files.list(GoldenFolders.of(set))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
          // given
          String text = Files.readString(file);

          // when
          String again = json.writeString(GoldenVectors.read(file));

          // then, unless it refers to its assessment by a path (the writer puts it in place)
          if (!text.contains("\"assessment\": \"")) {
            assertThat(again).as(file.toString()).isEqualTo(text);
          } else {
            assertThat(again).as(file.toString()).contains("\"assessment\": {");
          }
        }
      }
    }
  }

  @Test
  void a_vector_checked_against_another_set_fails_at_its_assessment() {
    // when the governance folder is checked against the internal-control set
    GoldenVectorReport report =
        GoldenVectors.check(InternalControlCriteria.rubric(), GoldenFolders.of(CqaSets.GOVERNANCE));

    // then each of the six vectors fails once, where its assessment stands: it answers another set
    assertThat(report.failures()).hasSize(6);
    Mismatch first = report.failures().get(0).mismatches().get(0);
    assertThat(first.pointer()).isEqualTo("/assessment");
    assertThat(first.explanation().get(Language.EN))
        .startsWith("the assessment cannot be scored: ");
  }
}
