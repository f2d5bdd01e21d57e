package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.DimensionRating;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.Dimension;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.ValidationReport;
import io.github.assessmentkit.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rating's {@code dimensions} and a rubric's {@code capByWeakestDimension} and {@code
 * requireEveryDimension} in JSON: read, written, in the schemas, checked with a pointer to the
 * place at fault, and absent from documents that do not use them.
 */
class DimensionsJsonTest {
  private final AssessmentJson json = AssessmentJson.standard();

  /** The award rubric with item 1.1 on the test bands described along A, D, L and I. */
  private static Rubric adliAward() {
    BandScale adli =
        new BandScale(
            Text.en("ADLI"),
            List.of(
                new Dimension("A", Text.en("Approach")),
                new Dimension("D", Text.en("Deployment")),
                new Dimension("L", Text.en("Learning")),
                new Dimension("I", Text.en("Integration"))),
            MiniRubrics.bands().bands());
    return Rubric.from(MiniRubrics.award())
        .replace(
            Criterion.builder("1.1", Text.en("Senior leaders"))
                .points(40)
                .indicator(Indicator.of("1.1", Text.en("How well do senior leaders lead?"), adli))
                .build())
        .build();
  }

  private static Assessment rated(Rubric rubric, Rating rating) {
    return MiniRubrics.assessmentOf(rubric).rating(rating).build();
  }

  private static Rating item70() {
    return Rating.of("1.1", 70)
        .withDimensions(
            DimensionRating.of("A", 70),
            DimensionRating.of(
                "D", 45, Text.of("ใช้เพียงสองฝ่ายจากห้าฝ่าย", "used by two units of five")),
            DimensionRating.of("L", 60, Text.th("ทบทวนปีละครั้ง")),
            DimensionRating.of("I", 65));
  }

  @Test
  void dimension_ratings_read_back_equal_after_writing() {
    // given
    Assessment assessment = rated(adliAward(), item70());

    // when
    String written = json.writeString(assessment);
    Assessment back = json.readAssessment(written);

    // then the form is {"dimension", "value", "rationale": {"th", "en"}}, and the schema agrees
    assertThat(back).isEqualTo(assessment);
    assertThat(back.ratings().get(0).dimension("D").orElseThrow().rationale())
        .isEqualTo(Text.of("ใช้เพียงสองฝ่ายจากห้าฝ่าย", "used by two units of five"));
    assertThat(written.replaceAll("\\s", ""))
        .contains(
            "\"dimensions\":[{\"dimension\":\"A\",\"value\":70},"
                + "{\"dimension\":\"D\",\"value\":45,\"rationale\":{\"th\":\"ใช้เพียงสองฝ่ายจากห้าฝ่าย\","
                + "\"en\":\"usedbytwounitsoffive\"}},"
                + "{\"dimension\":\"L\",\"value\":60,\"rationale\":{\"th\":\"ทบทวนปีละครั้ง\"}},"
                + "{\"dimension\":\"I\",\"value\":65}]");
    assertThat(SchemaTest.errors(DocumentFormat.ASSESSMENT, written)).isEmpty();
  }

  @Test
  void a_rating_without_dimension_ratings_is_written_without_the_field() {
    // given the example document, whose ratings rate no dimension
    byte[] example = Resources.bytes("examples/assessment-mini.json");

    // when
    Assessment read = json.readAssessment(example);
    String written = json.writeString(read);

    // then
    assertThat(read.ratings()).allSatisfy(r -> assertThat(r.dimensions()).isEmpty());
    assertThat(written).doesNotContain("\"dimensions\"");
  }

  @Test
  void a_rubric_declaring_both_rules_keeps_them_through_json() {
    // given
    Rubric strict =
        Rubric.from(adliAward()).capByWeakestDimension(true).requireEveryDimension(true).build();

    // when
    String written = json.writeString(strict);
    Rubric back = json.readRubric(written);

    // then
    assertThat(written.replaceAll("\\s", ""))
        .contains("\"capByWeakestDimension\":true,\"requireEveryDimension\":true");
    assertThat(back.capsByWeakestDimension()).isTrue();
    assertThat(back.requiresEveryDimension()).isTrue();
    assertThat(back).isEqualTo(strict);
    assertThat(SchemaTest.errors(DocumentFormat.RUBRIC, written)).isEmpty();
  }

  @Test
  void a_rubric_declaring_one_rule_writes_only_that_one() {
    // given
    Rubric capped = Rubric.from(adliAward()).capByWeakestDimension(true).build();

    // when
    String written = json.writeString(capped);

    // then
    assertThat(written).contains("\"capByWeakestDimension\"").doesNotContain("requireEvery");
    assertThat(json.readRubric(written)).isEqualTo(capped);
  }

  @Test
  void a_rubric_without_the_rules_is_written_without_the_fields_and_reads_as_off() {
    // given the example rubric, which does not declare them
    byte[] example = Resources.bytes("examples/rubric-mini.json");

    // when
    Rubric read = json.readRubric(example);
    String written = json.writeString(read);

    // then
    assertThat(read.capsByWeakestDimension()).isFalse();
    assertThat(read.requiresEveryDimension()).isFalse();
    assertThat(written).doesNotContain("Dimension\"");
    assertThat(new String(example, StandardCharsets.UTF_8)).doesNotContain("Dimension\"");
    assertThat(json.writeString(adliAward()))
        .doesNotContain("capByWeakestDimension")
        .doesNotContain("requireEveryDimension");
  }

  @Test
  void a_rule_that_is_not_a_boolean_is_refused_with_its_pointer() {
    // given
    String written =
        json.writeString(Rubric.from(adliAward()).requireEveryDimension(true).build())
            .replaceFirst(
                "\"requireEveryDimension\"\\s*:\\s*true", "\"requireEveryDimension\": \"yes\"");

    // then
    assertThat(written).contains("\"yes\"");
    assertThat(SchemaTest.errors(DocumentFormat.RUBRIC, written)).isNotEmpty();
    assertThatExceptionOfType(JsonFormatException.class)
        .isThrownBy(() -> json.readRubric(written))
        .satisfies(
            e ->
                assertThat(e.report().violations())
                    .extracting(Violation::path, Violation::rule)
                    .contains(tuple("/requireEveryDimension", "json.type")));
  }

  @Test
  void a_malformed_dimension_rating_is_refused_at_its_place_in_both_languages() {
    // given four dimension ratings, each wrong in one way: no code, 120 %, a field a dimension
    // rating does not have, and a rationale in neither language
    String document =
        json.writeString(rated(adliAward(), Rating.of("1.1", 70)))
            .replaceFirst(
                "\"value\" ?: ?70",
                "\"value\": 70, \"dimensions\": ["
                    + "{\"value\": 70},"
                    + " {\"dimension\": \"D\", \"value\": 120},"
                    + " {\"dimension\": \"L\", \"value\": 60, \"weight\": 2},"
                    + " {\"dimension\": \"I\", \"value\": 65, \"rationale\": {\"en\": \"\"}}]");

    // when
    ValidationReport report = json.validateAssessment(adliAward(), document);

    // then
    assertThat(report.violations())
        .extracting(Violation::path, Violation::rule)
        .contains(
            tuple("/ratings/0/dimensions/0/dimension", "value.required"),
            tuple("/ratings/0/dimensions/1/value", "value.at-most"),
            tuple("/ratings/0/dimensions/2/weight", "json.unknown-field"),
            tuple("/ratings/0/dimensions/3/rationale", "text.required"));
    assertThat(report.violations()).allSatisfy(v -> assertThat(v.message().isBilingual()).isTrue());
    assertThat(SchemaTest.errors(DocumentFormat.ASSESSMENT, document)).isNotEmpty();
    assertThatExceptionOfType(JsonFormatException.class)
        .isThrownBy(() -> json.readAssessment(document));
  }

  @Test
  void validating_a_document_names_a_missing_dimension_when_the_rubric_requires_every_one() {
    // given a rubric requiring every dimension, and 1.1 rated 70 with A, D and L but not I
    Rubric strict = Rubric.from(adliAward()).requireEveryDimension(true).build();
    String document =
        json.writeString(
            rated(
                strict,
                Rating.of("1.1", 70)
                    .withDimensions(
                        DimensionRating.of("A", 70),
                        DimensionRating.of("D", 45),
                        DimensionRating.of("L", 60))));

    // when
    ValidationReport report = json.validateAssessment(strict, document);

    // then
    assertThat(report.isValid()).isFalse();
    assertThat(report.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("/ratings/0/dimensions");
              assertThat(v.rule()).isEqualTo("rating.every-dimension-rated");
              assertThat(v.value()).isEqualTo("I");
              assertThat(v.indicator()).contains("1.1");
              assertThat(v.message().en())
                  .isEqualTo(
                      "indicator '1.1' is rated 70, above 0, but dimension I is not rated;"
                          + " the rubric requires every dimension");
            });
    // and the same document is valid against the rubric that does not require it
    assertThat(json.validateAssessment(adliAward(), document).isValid()).isTrue();
  }
}
