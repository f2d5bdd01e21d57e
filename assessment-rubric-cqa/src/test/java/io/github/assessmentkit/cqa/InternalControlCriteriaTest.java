package io.github.assessmentkit.cqa;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.scale.Level;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.text.Language;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class InternalControlCriteriaTest {
  private final Rubric control = InternalControlCriteria.rubric();

  @Test
  void holds_the_five_coso_components_with_4_points_per_principle() {
    assertThat(control.ref().toString()).isEqualTo("internal-control@2025.1");
    assertThat(control.defaultStrategy()).isEqualTo(Strategies.POINTS_SUM);
    assertThat(control.criteria())
        .extracting(c -> c.title().get(Language.EN))
        .containsExactly(
            "Control environment",
            "Risk assessment",
            "Control activities",
            "Information and communication",
            "Monitoring activities");
    // 5, 4, 3, 3 and 2 principles at 4 points each: 20, 16, 12, 12, 8; 17 x 4 = 68
    assertThat(control.criteria())
        .extracting(Criterion::points)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(
            BigDecimal.valueOf(20),
            BigDecimal.valueOf(16),
            BigDecimal.valueOf(12),
            BigDecimal.valueOf(12),
            BigDecimal.valueOf(8));
    assertThat(control.totalPoints()).isEqualByComparingTo("68");
  }

  @Test
  void rates_the_seventeen_principles_in_order_on_the_control_levels() {
    assertThat(control.indicators())
        .extracting(Indicator::id)
        .containsExactly(
            "P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10", "P11", "P12", "P13", "P14",
            "P15", "P16", "P17");
    assertThat(control.indicators())
        .allSatisfy(
            i -> {
              assertThat(i.scale()).isSameAs(InternalControlCriteria.CONTROL_LEVELS);
              assertThat(i.text().isBilingual()).isTrue();
            });
    assertThat(control.criterion("C2").orElseThrow().indicators())
        .extracting(i -> i.text().get(Language.EN))
        .element(2)
        .asString()
        .startsWith("Fraud risk: ");
    assertThat(control.allCriteria().stream().flatMap(c -> c.areas().stream()))
        .extracting(a -> a.id())
        .contains("C1-scope", "P1-evidence", "P17-evidence");
  }

  @Test
  void describes_each_control_level_in_thai_and_english() {
    assertThat(InternalControlCriteria.CONTROL_LEVELS.levels())
        .extracting(Level::code)
        .containsExactly("0", "1", "2", "3", "4");
    assertThat(InternalControlCriteria.CONTROL_LEVELS.levels())
        .allSatisfy(
            l -> {
              assertThat(l.label().isBilingual()).isTrue();
              assertThat(l.descriptor()).isNotNull();
              assertThat(l.descriptor().isBilingual()).isTrue();
            });
  }

  @Test
  void rates_the_total_percent_on_four_levels_marked_unverified() {
    Ladder rating = control.ladder(InternalControlCriteria.RATING).orElseThrow();

    assertThat(rating.rungs())
        .extracting(r -> r.label().get(Language.TH))
        .containsExactly("ดีมาก", "ดี", "พอใช้", "ต้องปรับปรุง");
    assertThat(rating.rungs().subList(0, 3))
        .extracting(Rung::bound)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(BigDecimal.valueOf(85), BigDecimal.valueOf(70), BigDecimal.valueOf(50));
    assertThat(rating.provenance().verified()).isFalse();
    assertThat(control.provenance().verified()).isFalse();
    assertThat(control.awards()).isEmpty();
  }
}
