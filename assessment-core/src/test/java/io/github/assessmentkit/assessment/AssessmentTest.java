package io.github.assessmentkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentTest {
  private final Subject coop =
      new Subject(
          "loei-savings-1",
          Text.of("สหกรณ์ออมทรัพย์ทดสอบ", "Test savings cooperative"),
          OrganisationType.SAVINGS,
          "Loei");

  private AssessmentBuilder builder() {
    return Assessment.builder(
        "a-2556", coop, RubricRef.parse("cqa@2025.1"), FiscalYear.ofBuddhistEra(2556));
  }

  @Test
  void starts_as_a_self_assessment_in_draft() {
    // when
    Assessment a = builder().build();

    // then
    assertThat(a.kind()).isEqualTo(AssessmentKind.SELF);
    assertThat(a.status()).isEqualTo(AssessmentStatus.DRAFT);
    assertThat(a.period().buddhistEra()).isEqualTo(2556);
    assertThat(a.ratings()).isEmpty();
  }

  @Test
  void finds_ratings_and_evidence_by_id_and_rerates_in_place() {
    // given
    Assessment a =
        builder()
            .rating(Rating.of("1.1", 35))
            .rating(Rating.of("1.2", 55))
            .evidence(Evidence.of("ev-1", EvidenceKind.DOCUMENT, "board minutes 2556"))
            .build();

    // when
    Assessment rerated = a.toBuilder().rerate(Rating.of("1.1", 45)).build();

    // then
    assertThat(a.rating("1.1").orElseThrow()).isEqualTo(Rating.of("1.1", 35));
    assertThat(rerated.rating("1.1").orElseThrow()).isEqualTo(Rating.of("1.1", 45));
    assertThat(rerated.ratings()).hasSize(2);
    assertThat(a.evidence("ev-1").orElseThrow().title()).isEqualTo("board minutes 2556");
    assertThat(a.rating("9.9")).isEmpty();
  }

  @Test
  void is_immutable() {
    // given
    Assessment a = builder().rating(Rating.of("1.1", 35)).build();

    // when / then
    assertThatThrownBy(() -> a.ratings().add(Rating.of("1.2", 5)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> a.evidence().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void evidence_digests_are_sha256_hex() {
    // when / then
    assertThatThrownBy(
            () ->
                new Evidence(
                    "ev-1",
                    EvidenceKind.RECORD,
                    "member register",
                    null,
                    "ABC",
                    null,
                    null,
                    null,
                    null,
                    io.github.assessmentkit.Extensions.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sha256 of evidence ev-1 must be 64 lowercase hex digits");
  }

  @Test
  void a_measure_keeps_one_value_per_fiscal_year_in_order() {
    // given
    Observation y2556 = new Observation(FiscalYear.ofBuddhistEra(2556), new BigDecimal("0.08"));
    Observation y2555 = new Observation(FiscalYear.ofBuddhistEra(2555), new BigDecimal("0.06"));

    // when
    Measure reserves =
        new Measure(
            "reserves",
            Text.en("reserve to assets"),
            "ratio",
            Direction.HIGHER_IS_BETTER,
            null,
            List.of(y2556, y2555));

    // then
    assertThat(reserves.series()).containsExactly(y2555, y2556);
    assertThat(reserves.latest()).contains(y2556);
    assertThatThrownBy(
            () ->
                new Measure(
                    "reserves",
                    Text.en("reserve to assets"),
                    "ratio",
                    Direction.HIGHER_IS_BETTER,
                    null,
                    List.of(y2556, y2556)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("measure reserves has two values for FY2013");
  }
}
