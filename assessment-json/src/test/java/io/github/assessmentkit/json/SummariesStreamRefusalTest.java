package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.cohort.OrganisationSummary;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.time.FiscalYear;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Writing summaries to a stream refuses what writing them to a string refuses — none at all, or
 * summaries of different rubric versions, fiscal years or nodes — before a byte is written.
 */
class SummariesStreamRefusalTest {
  private static final FiscalYear YEAR = FiscalYear.ofBuddhistEra(2556);
  private final AssessmentJson json = AssessmentJson.standard();

  private static OrganisationSummary summary(String id, String version, FiscalYear year) {
    return OrganisationSummary.builder(
            id, OrganisationType.SAVINGS, new RubricRef("mini-award", version), year)
        .node("mini-award", Ratio.of(50), Ratio.of(100))
        .build();
  }

  @Test
  void no_summaries_are_refused_and_nothing_is_written() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(() -> json.writeSummaries(List.of(), out))
        .isInstanceOf(InvalidValueException.class);
    assertThat(out.size()).isZero();
  }

  @Test
  void summaries_of_two_rubric_versions_are_refused_naming_the_organisation() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<OrganisationSummary> mixed =
        List.of(summary("coop-a", "1", YEAR), summary("coop-b", "2", YEAR));

    assertThatThrownBy(() -> json.writeSummaries(mixed, out))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("organisation coop-b was scored against mini-award@2, not mini-award@1");
    assertThat(out.size()).isZero();
  }

  @Test
  void summaries_of_two_fiscal_years_are_refused() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<OrganisationSummary> mixed =
        List.of(
            summary("coop-a", "1", YEAR), summary("coop-b", "1", FiscalYear.ofBuddhistEra(2557)));

    assertThatThrownBy(() -> json.writeSummaries(mixed, out))
        .isInstanceOf(InvalidValueException.class);
    assertThat(out.size()).isZero();
  }
}
