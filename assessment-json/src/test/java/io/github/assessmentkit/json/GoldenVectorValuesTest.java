package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.assessmentkit.Bilingual;
import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.scoring.IndicatorStatus;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.ValidationReport;
import io.github.assessmentkit.validation.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The values of a golden vector made in code: an expectation must expect something, a strategy and
 * a tier must not be blank, the names of the conditions held are copied and may not be null; and
 * the refusals of unreadable documents say where their first problem is.
 */
class GoldenVectorValuesTest {
  private static final Assessment ASSESSMENT =
      MiniRubrics.assessmentOf(MiniRubrics.award()).build();

  private static String english(Runnable make) {
    Throwable e = catchThrowable(make::run);
    assertThat(e).as("a refusal").isInstanceOf(Bilingual.class);
    return ((Bilingual) e).getMessage(Language.EN);
  }

  @Test
  void a_node_must_expect_at_least_one_value_and_any_one_is_enough() {
    BigDecimal one = BigDecimal.ONE;

    assertThat(english(() -> new GoldenVector.NodeValues(null, null, null, null))).contains("node");
    assertThat(new GoldenVector.NodeValues(one, null, null, null).earned()).isEqualTo(one);
    assertThat(new GoldenVector.NodeValues(null, one, null, null).possible()).isEqualTo(one);
    assertThat(new GoldenVector.NodeValues(null, null, one, null).percent()).isEqualTo(one);
    assertThat(new GoldenVector.NodeValues(null, null, null, false).applicable()).isFalse();
  }

  @Test
  void an_indicator_must_expect_at_least_one_value_and_any_one_is_enough() {
    BigDecimal two = new BigDecimal("2.00");

    assertThat(english(() -> new GoldenVector.IndicatorValues(null, null, null)))
        .isEqualTo("an indicator's expectation needs at least one of earned, possible or status");
    assertThat(new GoldenVector.IndicatorValues(two, null, null).earned()).isEqualTo(two);
    assertThat(new GoldenVector.IndicatorValues(null, two, null).possible()).isEqualTo(two);
    assertThat(new GoldenVector.IndicatorValues(null, null, IndicatorStatus.RATED).status())
        .isEqualTo(IndicatorStatus.RATED);
  }

  @Test
  void a_blank_strategy_or_tier_is_refused_and_null_means_none() {
    GoldenVector.Expected total = GoldenVector.Expected.ofTotal(BigDecimal.TEN);

    assertThat(english(() -> new GoldenVector("v", null, ASSESSMENT, " ", total)))
        .isEqualTo("strategy cannot be blank");
    assertThat(new GoldenVector("v", null, ASSESSMENT, null, total).strategy()).isNull();
    assertThat(english(() -> new GoldenVector.Award(" ", null))).isEqualTo("tier cannot be blank");
    assertThat(new GoldenVector.Award(null, null).tier()).isNull();
  }

  @Test
  void the_names_of_the_conditions_held_are_copied_and_may_not_be_null() {
    List<Text> names = new ArrayList<>(List.of(Text.of("ด้านลูกค้า", "Customer theme")));
    List<Text> withNull = new ArrayList<>();
    withNull.add(null);

    GoldenVector.Award award = new GoldenVector.Award("gold", names);
    names.add(Text.en("added later"));

    assertThat(award.namedConditionsHeld())
        .containsExactly(Text.of("ด้านลูกค้า", "Customer theme"));
    assertThat(english(() -> new GoldenVector.Award("gold", withNull)))
        .isEqualTo("namedConditionsHeld[0] cannot be null");
  }

  @Test
  void a_refusal_names_its_first_problem_or_the_document_when_it_has_no_place() {
    Violation atRoot = new Violation("", "json.syntax", null, Text.of("ผิดรูปแบบ", "malformed"));
    ValidationReport report = new ValidationReport(List.of(atRoot));

    JsonFormatException plain = new JsonFormatException(report);
    GoldenVectorFormatException file = new GoldenVectorFormatException("v.json", report);

    // one problem, at the document itself
    assertThat(plain.getMessage(Language.EN))
        .isEqualTo("the JSON document cannot be read: 1 problem; first: (document) malformed");
    assertThat(plain.getMessage(Language.TH))
        .isEqualTo("อ่านเอกสาร JSON ไม่ได้ พบปัญหา 1 จุด; จุดแรก: (document) ผิดรูปแบบ");
    assertThat(file.getMessage(Language.EN))
        .isEqualTo(
            "the golden vector file 'v.json' cannot be read: 1 problem;"
                + " first: (document) json.syntax malformed");
    assertThat(file.getMessage(Language.TH))
        .isEqualTo(
            "อ่านไฟล์เวกเตอร์ทองคำ 'v.json' ไม่ได้ พบปัญหา 1 จุด;"
                + " จุดแรก: (document) json.syntax ผิดรูปแบบ");
  }

  @Test
  void a_refusal_without_a_problem_cannot_be_made() {
    ValidationReport none = new ValidationReport(List.of());

    InvalidValueException plain =
        catchThrowableOfType(InvalidValueException.class, () -> new JsonFormatException(none));
    InvalidValueException file =
        catchThrowableOfType(
            InvalidValueException.class, () -> new GoldenVectorFormatException("v.json", none));

    assertThat(plain.getMessage(Language.EN))
        .isEqualTo("a JsonFormatException needs at least one violation");
    assertThat(file.getMessage(Language.TH))
        .isEqualTo("JsonFormatException ต้องมีปัญหาอย่างน้อยหนึ่งข้อ");
  }
}
