package io.github.assessmentkit.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The counts behind one dimension's band fit together: 0 ≤ strong ≤ good ≤ measures, from one. */
class DimensionEvidenceTest {
  private static DimensionEvidence of(int band, int good, int strong, int measures) {
    return new DimensionEvidence(
        LetciDimension.TRENDS, band, good, strong, measures, Text.en("evidence"), null);
  }

  @Test
  void counts_at_their_bounds_fit() {
    // all strong of one measure; none good of one measure at band 1
    assertThat(of(6, 1, 1, 1).strong()).isEqualTo(1);
    assertThat(of(1, 0, 0, 1).good()).isZero();
    assertThat(of(4, 3, 0, 4).measures()).isEqualTo(4);
  }

  @Test
  void counts_out_of_order_are_refused_naming_the_dimension() {
    List<Runnable> wrong =
        List.of(
            () -> of(0, 0, 0, 1),
            () -> of(1, 0, 0, 0),
            () -> of(1, 1, -1, 1),
            () -> of(1, 1, 2, 2),
            () -> of(1, 3, 0, 2));
    for (Runnable w : wrong) {
      assertThatThrownBy(w::run)
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("the counts of dimension T: band ");
    }
    assertThatThrownBy(() -> of(1, 3, 0, 2))
        .hasMessage(
            "the counts of dimension T: band 1, 3 good, 0 strong, of 2 do not fit"
                + " (0 ≤ strong ≤ good ≤ measures, measures ≥ 1, band ≥ 1)");
  }

  @Test
  void each_dimension_has_a_code_and_a_label_in_both_languages() {
    assertThat(LetciDimension.values())
        .extracting(LetciDimension::code)
        .containsExactly("Le", "T", "C", "I");
    assertThat(LetciDimension.values())
        .extracting(d -> d.label().get(Language.EN))
        .containsExactly("Levels", "Trends", "Comparisons", "Integration");
    assertThat(LetciDimension.COMPARISONS.label().get(Language.TH)).isEqualTo("การเปรียบเทียบ");
  }
}
