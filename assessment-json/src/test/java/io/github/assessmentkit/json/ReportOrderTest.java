package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.assessmentkit.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * The problems of a document are reported in document order: by property name, then by array index
 * as a number (rating 2 before rating 10), an object before what it contains.
 */
class ReportOrderTest {
  @Test
  void ratings_are_ordered_by_their_index_as_a_number() {
    // given eleven ratings, of which 2 and 10 have an object as value
    StringBuilder ratings = new StringBuilder();
    for (int i = 0; i <= 10; i++) {
      String value = i == 2 || i == 10 ? "{}" : "1";
      ratings.append(i == 0 ? "" : ", ");
      ratings.append("{\"indicator\": \"1.1\", \"value\": ").append(value).append("}");
    }
    String minimal = BadInputCorpusTest.minimal();
    String doc = minimal.substring(0, minimal.length() - 1) + ", \"ratings\": [" + ratings + "]}";

    // when
    JsonFormatException e =
        catchThrowableOfType(
            () -> AssessmentJson.standard().readAssessment(doc), JsonFormatException.class);

    // then "2" comes before "10", though "10" comes first as text
    assertThat(e.report().violations())
        .extracting(Violation::path)
        .containsSubsequence("/ratings/2/value", "/ratings/10/value");
  }
}
