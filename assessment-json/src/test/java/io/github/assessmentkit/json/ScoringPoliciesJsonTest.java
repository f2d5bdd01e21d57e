package io.github.assessmentkit.json;

import static io.github.assessmentkit.testing.MiniRubrics.yesNo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.networknt.schema.Error;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.NotApplicablePolicy;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.ResultScale;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.ScoringPolicies;
import io.github.assessmentkit.rubric.UnratedPolicy;
import io.github.assessmentkit.rubric.WhenNothingCounts;
import io.github.assessmentkit.scoring.Strategies;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scoring policies, result scales, weights of 0 and criteria holding indicators beside their
 * children in rubric documents. {@code notApplicablePolicy} is a string for the policies without a
 * parameter and {@code {"countAt": fraction}} for counting at a fraction; {@code whenMissing},
 * {@code whenUnknown} and {@code whenNothingCounts} are strings; {@code resultScale} is {@code
 * {"name", "min", "max"}}. All are optional and left out when not declared.
 */
class ScoringPoliciesJsonTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final AssessmentJson json = AssessmentJson.standard();

  /**
   * 100 points stated on 0-5 as well; rubric-wide: not applicable counts at 0.6, missing leaves and
   * renormalises, nothing-counts means met. Category 1 (60) leaves not-applicable parts out of the
   * maximum, leaves unknown ratings out of it too, and holds indicator 1.0 (weight 20, counting as
   * 20 points) beside 1.1 (30: 1.1a weight 1, 1.1b weight 0; nothing-counts = not met) and 1.2 (10,
   * not applicable counts at 0.25). Category 2 (40) counts missing ratings as zero and shares
   * between 2.1 (weight 1) and 2.2 (weight 0). 20 + 30 + 10 = 60; 60 + 40 = 100.
   */
  private static Rubric rubric() {
    return Rubric.builder("policies-test", "1")
        .title(Text.en("Policies"))
        .provenance(Provenance.unverified(Text.en("test"), Text.en("test")))
        .totalPoints(100)
        .resultScale(ResultScale.of(Text.of("ระดับ", "level"), 0, 5))
        .defaultStrategy(Strategies.POINTS_SUM)
        .notApplicablePolicy(NotApplicablePolicy.countAt(new BigDecimal("0.6")))
        .whenMissing(UnratedPolicy.EXCLUDE_AND_RENORMALISE)
        .whenNothingCounts(WhenNothingCounts.MET)
        .criterion(
            Criterion.builder("1", Text.en("one"))
                .points(60)
                .notApplicable(NotApplicablePolicy.EXCLUDE_FROM_MAXIMUM)
                .whenUnknown(UnratedPolicy.EXCLUDE_FROM_MAXIMUM)
                .indicator(yesNo("1.0").withWeight(20))
                .child(
                    "1.1",
                    Text.en("one one"),
                    c ->
                        c.points(30)
                            .whenNothingCounts(WhenNothingCounts.NOT_MET)
                            .indicator(yesNo("1.1a"))
                            .indicator(yesNo("1.1b").withWeight(0)))
                .child(
                    "1.2",
                    Text.en("one two"),
                    c ->
                        c.points(10)
                            .notApplicable(NotApplicablePolicy.countAt(new BigDecimal("0.25")))
                            .indicator(yesNo("1.2a")))
                .build())
        .criterion(
            Criterion.builder("2", Text.en("two"))
                .points(40)
                .whenMissing(UnratedPolicy.COUNT_AS_ZERO)
                .child("2.1", Text.en("two one"), c -> c.weight(1).indicator(yesNo("2.1a")))
                .child("2.2", Text.en("two two"), c -> c.weight(0).indicator(yesNo("2.2a")))
                .build())
        .build();
  }

  private static String compact(String document, String pointer) {
    return MAPPER.writeValueAsString(MAPPER.readTree(document).at(pointer));
  }

  @Test
  void a_rubric_with_every_policy_reads_back_equal_and_writes_the_same_bytes_again() {
    // given
    Rubric rubric = rubric();

    // when
    String written = json.writeString(rubric);
    Rubric back = json.readRubric(written);

    // then
    assertThat(back).isEqualTo(rubric);
    assertThat(json.writeString(back)).isEqualTo(written);
    assertThat(back.policiesOf("1.2"))
        .isEqualTo(
            new ScoringPolicies(
                NotApplicablePolicy.countAt(new BigDecimal("0.25")),
                UnratedPolicy.EXCLUDE_AND_RENORMALISE,
                UnratedPolicy.EXCLUDE_FROM_MAXIMUM,
                WhenNothingCounts.MET));
    assertThat(back.resultScale()).contains(ResultScale.of(Text.of("ระดับ", "level"), 0, 5));
    assertThat(back.criterion("1").orElseThrow().indicators()).hasSize(1);
    assertThat(back.criterion("1").orElseThrow().children()).hasSize(2);
  }

  @Test
  void each_policy_is_written_in_its_json_form_and_only_where_declared() {
    // when
    String written = json.writeString(rubric());
    JsonNode tree = MAPPER.readTree(written);

    // then the rubric-wide ones, the default whenUnknown left out
    assertThat(compact(written, "/resultScale"))
        .isEqualTo("{\"name\":{\"th\":\"ระดับ\",\"en\":\"level\"},\"min\":0,\"max\":5}");
    assertThat(compact(written, "/notApplicablePolicy")).isEqualTo("{\"countAt\":0.6}");
    assertThat(tree.at("/whenMissing").stringValue()).isEqualTo("exclude-and-renormalise");
    assertThat(tree.has("whenUnknown")).isFalse();
    assertThat(tree.at("/whenNothingCounts").stringValue()).isEqualTo("met");
    // and a criterion's, as declared
    assertThat(tree.at("/criteria/0/notApplicablePolicy").stringValue())
        .isEqualTo("exclude-from-maximum");
    assertThat(tree.at("/criteria/0/whenUnknown").stringValue()).isEqualTo("exclude-from-maximum");
    assertThat(tree.at("/criteria/0/whenMissing").isMissingNode()).isTrue();
    assertThat(tree.at("/criteria/0/children/0/whenNothingCounts").stringValue())
        .isEqualTo("not-met");
    assertThat(compact(written, "/criteria/0/children/1/notApplicablePolicy"))
        .isEqualTo("{\"countAt\":0.25}");
    assertThat(tree.at("/criteria/1/whenMissing").stringValue()).isEqualTo("count-as-zero");
    // and weights of 0, and indicators beside children
    assertThat(tree.at("/criteria/0/children/0/indicators/1/weight").decimalValue()).isZero();
    assertThat(tree.at("/criteria/1/children/1/weight").decimalValue()).isZero();
    assertThat(tree.at("/criteria/0/indicators/0/id").stringValue()).isEqualTo("1.0");
    assertThat(tree.at("/criteria/0/children/0/id").stringValue()).isEqualTo("1.1");
  }

  @Test
  void a_rubric_that_declares_no_policy_is_written_as_before() {
    // when
    String written = json.writeString(MiniRubrics.award());
    JsonNode tree = MAPPER.readTree(written);

    // then only the rubric-wide not-applicable policy, as it always was
    assertThat(tree.at("/notApplicablePolicy").stringValue()).isEqualTo("exclude-and-renormalise");
    assertThat(written)
        .doesNotContain("whenMissing")
        .doesNotContain("whenUnknown")
        .doesNotContain("whenNothingCounts")
        .doesNotContain("resultScale")
        .doesNotContain("countAt");
    assertThat(tree.at("/criteria/0/notApplicablePolicy").isMissingNode()).isTrue();
  }

  @Test
  void what_the_writer_produces_conforms_to_the_schema() {
    // when
    String written = json.writeString(rubric());
    String plain =
        json.writeString(
            Rubric.from(rubric()).notApplicablePolicy(NotApplicablePolicy.COUNT_AS_MET).build());

    // then
    assertThat(SchemaTest.errors(DocumentFormat.RUBRIC, written)).isEmpty();
    assertThat(SchemaTest.errors(DocumentFormat.RUBRIC, plain)).isEmpty();
  }

  @Test
  void the_schema_and_the_reader_refuse_a_fraction_above_1_naming_its_pointer() {
    // given
    String doc = rubricWith("", r -> r.putObject("notApplicablePolicy").put("countAt", 1.2));

    // when
    List<Violation> violations = violations(doc);

    // then
    assertThat(schemaPaths(doc)).contains("/notApplicablePolicy");
    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo("value.fraction");
              assertThat(v.path()).isEqualTo("/notApplicablePolicy/countAt");
              assertThat(v.message().get(Language.EN))
                  .isEqualTo("countAt must be a fraction from 0 to 1");
              assertThat(v.message().get(Language.TH))
                  .isEqualTo("countAt ต้องเป็นสัดส่วนตั้งแต่ 0 ถึง 1");
            });
  }

  @Test
  void a_criterion_s_fraction_below_0_is_refused_at_its_place() {
    // given
    String doc =
        rubricWith("/criteria/1", c -> c.putObject("notApplicablePolicy").put("countAt", -0.5));

    // when / then
    assertThat(schemaPaths(doc)).contains("/criteria/1/notApplicablePolicy");
    assertThat(violations(doc))
        .extracting(v -> v.rule() + " " + v.path())
        .containsExactly("value.fraction /criteria/1/notApplicablePolicy/countAt");
  }

  @Test
  void an_unknown_policy_name_is_refused_with_the_names_allowed() {
    // given
    String doc = rubricWith("/criteria/0", c -> c.put("whenMissing", "skip"));

    // when
    List<Violation> violations = violations(doc);

    // then
    assertThat(schemaPaths(doc)).contains("/criteria/0/whenMissing");
    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo("value.one-of");
              assertThat(v.path()).isEqualTo("/criteria/0/whenMissing");
              assertThat(v.message().get(Language.EN))
                  .isEqualTo(
                      "'skip' is not allowed here (allowed: count-as-zero,"
                          + " exclude-and-renormalise, exclude-from-maximum)");
              assertThat(v.message().get(Language.TH))
                  .isEqualTo(
                      "'skip' ไม่ใช่ค่าที่ใช้ได้ (ค่าที่ใช้ได้: count-as-zero,"
                          + " exclude-and-renormalise, exclude-from-maximum)");
            });
  }

  @Test
  void an_unknown_not_applicable_policy_lists_the_names_and_the_count_at_form() {
    // given the kind's name, which takes its fraction in the object form instead
    String doc = rubricWith("", r -> r.put("notApplicablePolicy", "count-at-fraction"));

    // when / then
    assertThat(schemaPaths(doc)).contains("/notApplicablePolicy");
    assertThat(violations(doc))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo("value.one-of");
              assertThat(v.path()).isEqualTo("/notApplicablePolicy");
              assertThat(v.message().get(Language.EN))
                  .isEqualTo(
                      "'count-at-fraction' is not allowed here (allowed: exclude-and-renormalise,"
                          + " exclude-from-maximum, count-as-met, {\"countAt\": 0 to 1})");
            });
    assertThat(violations(rubricWith("/criteria/0", c -> c.put("whenNothingCounts", "maybe"))))
        .extracting(v -> v.rule() + " " + v.path())
        .containsExactly("value.one-of /criteria/0/whenNothingCounts");
  }

  @Test
  void the_count_at_form_needs_its_fraction_and_nothing_else_and_a_policy_is_no_number() {
    // when / then
    assertThat(violations(rubricWith("", r -> r.putObject("notApplicablePolicy"))))
        .extracting(v -> v.rule() + " " + v.path() + " " + v.message().get(Language.EN))
        .containsExactly("value.required /notApplicablePolicy/countAt countAt is required");
    assertThat(
            violations(
                rubricWith(
                    "", r -> r.putObject("notApplicablePolicy").put("countAt", 0.5).put("of", 5))))
        .extracting(v -> v.rule() + " " + v.path())
        .containsExactly("json.unknown-field /notApplicablePolicy/of");
    assertThat(violations(rubricWith("", r -> r.put("notApplicablePolicy", 0.5))))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo("json.type");
              assertThat(v.path()).isEqualTo("/notApplicablePolicy");
              assertThat(v.message().get(Language.EN))
                  .isEqualTo("must be a string or an object, found a number");
            });
  }

  @Test
  void a_result_scale_whose_minimum_is_not_below_its_maximum_is_refused_at_its_place() {
    // given min 5 and max 5, which the schema cannot compare
    String doc =
        rubricWith(
            "",
            r -> {
              ObjectNode s = r.putObject("resultScale");
              s.putObject("name").put("en", "level");
              s.put("min", 5).put("max", 5);
            });

    // when / then
    assertThat(SchemaTest.errors(DocumentFormat.RUBRIC, doc)).isEmpty();
    assertThat(violations(doc))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo("value.consistent");
              assertThat(v.path()).isEqualTo("/resultScale");
              assertThat(v.message().get(Language.EN))
                  .isEqualTo("a result scale needs min below max, was min 5, max 5");
              assertThat(v.message().get(Language.TH))
                  .isEqualTo(
                      "ข้อมูลขัดแย้งกัน: มาตราที่ใช้แสดงผลรวมต้องมี min น้อยกว่า max แต่ได้รับ min 5,"
                          + " max 5");
            });
  }

  @Test
  void a_result_scale_without_its_maximum_or_with_a_stray_field_is_refused() {
    // given
    String doc =
        rubricWith(
            "",
            r -> {
              ObjectNode s = r.putObject("resultScale");
              s.putObject("name").put("en", "level");
              s.put("min", 0).put("step", 1);
            });

    // when / then
    assertThat(schemaPaths(doc)).contains("/resultScale");
    assertThat(violations(doc))
        .extracting(v -> v.rule() + " " + v.path())
        .containsExactlyInAnyOrder(
            "json.unknown-field /resultScale/step", "value.required /resultScale/max");
  }

  @Test
  void a_weight_of_0_is_read_and_a_negative_one_refused() {
    // given
    String zero = rubricWith("/criteria/0/children/0/indicators/0", i -> i.put("weight", 0));
    String negative = rubricWith("/criteria/0/children/0/indicators/0", i -> i.put("weight", -1));

    // when / then (1.1's only indicator weighs 0 and 1.1 has 40 points to share)
    assertThat(violations(zero))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo("rubric.consistent");
              assertThat(v.path()).isEqualTo("/criteria/0/children/0");
              assertThat(v.message().get(Language.EN))
                  .isEqualTo("the parts of '1.1' all weigh 0, so its 40 points cannot be shared");
            });
    assertThat(schemaPaths(negative)).contains("/criteria/0/children/0/indicators/0/weight");
    assertThat(violations(negative))
        .extracting(v -> v.rule() + " " + v.path())
        .containsExactly("value.not-negative /criteria/0/children/0/indicators/0/weight");
  }

  @Test
  void a_criterion_weighing_0_beside_one_that_counts_is_read() {
    // given the checklist, G2 weighing 0 beside G1 weighing 2
    Rubric checklist = Rubric.from(MiniRubrics.checklist()).modify("G2", c -> c.weight(0)).build();

    // when
    String written = json.writeString(checklist);

    // then
    assertThat(json.readRubric(written)).isEqualTo(checklist);
    assertThat(SchemaTest.errors(DocumentFormat.RUBRIC, written)).isEmpty();
    assertThat(violations(written.replace("\"weight\": 0", "\"weight\": -0.5")))
        .extracting(v -> v.rule() + " " + v.path())
        .containsExactly("value.not-negative /criteria/1/weight");
  }

  private List<Violation> violations(String doc) {
    Throwable thrown = catchThrowable(() -> json.readRubric(doc));
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    List<Violation> out = ((JsonFormatException) thrown).report().violations();
    for (Violation v : out) {
      assertThat(v.message().isBilingual()).as("%s is bilingual", v).isTrue();
    }
    return out;
  }

  private static List<String> schemaPaths(String doc) {
    return SchemaTest.errors(DocumentFormat.RUBRIC, doc).stream()
        .map(Error::getInstanceLocation)
        .map(Object::toString)
        .toList();
  }

  /** Writes the mini award, changes the object at a path, and gives the document back. */
  private String rubricWith(String pointer, Consumer<ObjectNode> change) {
    JsonNode tree = MAPPER.readTree(json.writeString(MiniRubrics.award()));
    change.accept((ObjectNode) tree.at(pointer));
    return MAPPER.writeValueAsString(tree);
  }
}
