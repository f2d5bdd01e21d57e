package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;

class JsonLimitsTest {
  @Test
  void the_defaults_are_as_documented() {
    // then 16 MiB = 16 x 1024 x 1024 = 16,777,216 bytes
    assertThat(JsonLimits.DEFAULTS).isEqualTo(new JsonLimits(16_777_216L, 64, 1_000_000, 50));
    assertThat(AssessmentJson.standard().limits()).isEqualTo(JsonLimits.DEFAULTS);
  }

  @Test
  void a_caller_can_tighten_a_limit() {
    // given a reader allowing 2 levels of nesting; the minimal document nests 3 deep
    AssessmentJson shallow =
        AssessmentJson.builder().limits(JsonLimits.DEFAULTS.withMaxNestingDepth(2)).build();

    // when
    Throwable thrown = catchThrowable(() -> shallow.readAssessment(BadInputCorpusTest.minimal()));

    // then
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    assertThat(((JsonFormatException) thrown).report().violations().get(0).message().en())
        .isEqualTo("the document nests deeper than the limit of 2 levels");
    assertThat(AssessmentJson.standard().readAssessment(BadInputCorpusTest.minimal()).id())
        .isEqualTo("a");
  }

  @Test
  void limits_out_of_range_are_refused_where_they_are_set() {
    assertThatThrownBy(() -> JsonLimits.DEFAULTS.withMaxNestingDepth(501))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxNestingDepth must be from 1 to 500, was 501");
    assertThatThrownBy(() -> JsonLimits.DEFAULTS.withMaxStringLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxStringLength must be 1 or more, was 0");
  }

  @Test
  void a_string_document_is_held_to_the_size_limit_too() {
    // given a reader of documents up to 100 bytes
    AssessmentJson small =
        AssessmentJson.builder().limits(JsonLimits.DEFAULTS.withMaxDocumentBytes(100)).build();

    // when
    Throwable thrown = catchThrowable(() -> small.readAssessment(BadInputCorpusTest.minimal()));

    // then
    assertThat(((JsonFormatException) thrown).report().violations().get(0).rule())
        .isEqualTo("json.limit");
  }

  @Test
  void of_gives_the_codec_the_builder_gives() {
    // given the limits of a reader allowing 2 levels of nesting
    JsonLimits shallow = JsonLimits.DEFAULTS.withMaxNestingDepth(2);

    // when
    AssessmentJson json = AssessmentJson.of(shallow);

    // then it holds the limits and refuses the minimal document (3 levels deep) as the built one
    assertThat(json.limits()).isEqualTo(shallow);
    assertThat(json.limits()).isEqualTo(AssessmentJson.builder().limits(shallow).build().limits());
    Throwable thrown = catchThrowable(() -> json.readAssessment(BadInputCorpusTest.minimal()));
    assertThat(((JsonFormatException) thrown).report().violations().get(0).message().en())
        .isEqualTo("the document nests deeper than the limit of 2 levels");
  }

  @Test
  void of_refuses_missing_limits_in_both_languages() {
    // when
    Throwable thrown = catchThrowable(() -> AssessmentJson.of(null));

    // then
    assertThat(thrown)
        .isInstanceOf(io.github.assessmentkit.MissingValueException.class)
        .hasMessage("limits cannot be null");
    assertThat(((io.github.assessmentkit.Bilingual) thrown).text().th())
        .isEqualTo("limits ต้องไม่เป็น null");
  }
}
