package io.github.assessmentkit.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

class LevelScaleTest {
  private final LevelScale maturity = MiniRubrics.levels();

  @Test
  void level_i_of_n_earns_i_over_n_minus_1() {
    // when / then levels 0..4: level 2 -> 2/4 = 0.5; level 3 -> 3/4 = 0.75; level 4 -> 1
    assertThat(maturity.fraction(RatingValue.choice("0"))).isEqualByComparingTo("0");
    assertThat(maturity.fraction(RatingValue.choice("2"))).isEqualByComparingTo("0.5");
    assertThat(maturity.fraction(RatingValue.choice("3"))).isEqualByComparingTo("0.75");
    assertThat(maturity.fraction(RatingValue.choice("4"))).isEqualByComparingTo("1");
  }

  @Test
  void names_the_level_and_knows_its_rank_and_bottom() {
    // when / then
    assertThat(maturity.label(RatingValue.choice("2")).orElseThrow()).isEqualTo(Text.en("defined"));
    assertThat(maturity.rank("3")).isEqualTo(3);
    assertThat(maturity.rank("9")).isEqualTo(-1);
    assertThat(maturity.isLowest(RatingValue.choice("0"))).isTrue();
    assertThat(maturity.isLowest(RatingValue.choice("1"))).isFalse();
    assertThat(maturity.type()).isEqualTo("levels");
  }

  @Test
  void allows_only_its_level_codes_as_choices() {
    // when / then
    assertThat(maturity.reject(RatingValue.choice("4"))).isEmpty();
    assertThat(maturity.reject(RatingValue.choice("5")).orElseThrow().get(Language.EN))
        .isEqualTo("'5' is not a level of this scale (levels: 0, 1, 2, 3, 4)");
    // a number is not a choice, even when it reads like a level's code
    assertThat(maturity.reject(RatingValue.of(2))).isPresent();
  }

  @Test
  void refuses_fewer_than_two_levels_or_a_repeated_code() {
    // given
    Level low = new Level("low", Text.en("low"), null);

    // when / then
    assertThatThrownBy(() -> new LevelScale(Text.en("s"), List.of(low)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a level scale needs at least two levels");
    assertThatThrownBy(() -> new LevelScale(Text.en("s"), List.of(low, low)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("level code low is listed twice");
    assertThatThrownBy(() -> new Level(" ", Text.en("blank"), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code cannot be blank");
  }
}
