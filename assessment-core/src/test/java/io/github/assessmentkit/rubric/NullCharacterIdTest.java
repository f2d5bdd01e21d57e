package io.github.assessmentkit.rubric;

import static io.github.assessmentkit.testing.MiniRubrics.yesNo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import org.junit.jupiter.api.Test;

/** The lowest code point, U+0000, is named like any other invisible character in an id. */
class NullCharacterIdTest {
  @Test
  void an_id_holding_the_null_character_does_not_build_and_names_u_0000() {
    // "a" U+0000 "b": printable at both ends, so not blank and not spaced; U+0000 cannot be seen
    Criterion hidden =
        Criterion.builder("a\u0000b", Text.en("one")).points(10).indicator(yesNo("x")).build();

    assertThatExceptionOfType(InvalidRubricException.class)
        .isThrownBy(
            () ->
                Rubric.builder("r", "1")
                    .title(Text.en("Rubric"))
                    .provenance(Provenance.unverified(Text.en("test"), Text.en("test")))
                    .defaultStrategy(Strategies.POINTS_SUM)
                    .criterion(hidden)
                    .build())
        .withMessage(
            "criterion id 'a\\u0000b' holds the invisible character U+0000;"
                + " ids must look exactly as they are")
        .satisfies(
            e ->
                assertThat(e.text().get(Language.TH))
                    .isEqualTo(
                        "รหัสเกณฑ์ 'a\\u0000b' มีอักขระที่มองไม่เห็น U+0000"
                            + " รหัสต้องไม่มีอักขระที่มองไม่เห็น"));
  }
}
