package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.rubric.Area;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.rubric.diff.NodeKind;
import io.github.assessmentkit.rubric.diff.RubricChange;
import io.github.assessmentkit.rubric.diff.RubricDiff;
import io.github.assessmentkit.scale.YesNoScale;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A rubric diff is written with each change's kind and both values, criteria, indicators, scales,
 * areas, ladders and award schemes in the rubric document's shapes, and reads back equal; a bad
 * document is refused with the place and rule of each problem.
 */
class RubricDiffJsonTest {
  private final AssessmentJson json = AssessmentJson.standard();
  private final Rubric v1 = MiniRubrics.award();

  private final Ladder stricter =
      new Ladder(
          "overall",
          Text.en("Overall"),
          Metric.totalPoints(),
          List.of(Rung.above("good", Text.en("good"), 50), Rung.bottom("fair", Text.en("fair"))),
          Provenance.unverified(Text.en("test"), Text.en("test")));

  private final Area tracked =
      new Area("2.1a", Text.of("ติดตามผลสมาชิกอย่างไร", "How are members' results tracked?"));

  /** Version 2 of the mini award, as in the core's diff test: six changes. */
  private final Rubric v2 =
      Rubric.from(v1)
          .version("2")
          .rename("1.2", Text.of("ธรรมาภิบาลและจริยธรรม", "Governance and ethics"))
          .reweight("1.1", 30)
          .reweight("1.2", 30)
          .addArea("2.1", tracked)
          .replaceLadder(stricter)
          .build();

  private static List<Violation> refusal(Runnable read) {
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class, read::run);
    assertThat(e).isNotNull();
    return e.report().violations();
  }

  private static String diffDocument(String changes) {
    return "{\"format\": \"assessmentkit/rubric-diff\", \"formatVersion\": 1,"
        + " \"from\": \"r@1\", \"to\": \"r@2\", \"changes\": ["
        + changes
        + "]}";
  }

  @Test
  void a_derived_rubric_s_diff_is_written_with_kinds_and_both_values_and_reads_back_equal() {
    RubricDiff diff = RubricDiff.between(v1, v2);

    String written = json.writeString(diff);

    // the six changes of the core's worked example, each with its kind and both values
    assertThat(written)
        .startsWith(
            "{\n  \"format\": \"assessmentkit/rubric-diff\",\n  \"formatVersion\": 1,\n"
                + "  \"from\": \"mini-award@1\",\n  \"to\": \"mini-award@2\",\n  \"changes\": [\n")
        .contains(
            "{\n      \"kind\": \"rubric-setting-changed\",\n      \"property\": \"version\",\n"
                + "      \"before\": {\n        \"th\": \"1\",\n        \"en\": \"1\"\n      },\n"
                + "      \"after\": {\n        \"th\": \"2\",\n        \"en\": \"2\"\n      }\n")
        .contains(
            "{\n      \"kind\": \"points-changed\",\n      \"id\": \"1.1\",\n"
                + "      \"before\": 40,\n      \"after\": 30\n    }")
        .contains(
            "\"kind\": \"renamed\",\n      \"node\": \"criterion\",\n      \"id\": \"1.2\",\n"
                + "      \"before\": {\n        \"en\": \"Governance\"\n      },\n"
                + "      \"after\": {\n        \"th\": \"ธรรมาภิบาลและจริยธรรม\",\n"
                + "        \"en\": \"Governance and ethics\"\n      }")
        .contains(
            "\"kind\": \"area-changed\",\n      \"criterion\": \"2.1\",\n      \"area\": \"2.1a\",\n"
                + "      \"after\": {\n        \"id\": \"2.1a\",\n")
        .contains("\"kind\": \"ladder-changed\",\n      \"id\": \"overall\",\n      \"before\": {")
        .endsWith("  ]\n}\n");
    // an area just added has no older value: "before" is left out
    assertThat(written).doesNotContain("\"area\": \"2.1a\",\n      \"before\"");
    RubricDiff read = json.readRubricDiff(written);
    assertThat(read).isEqualTo(diff);
    assertThat(read.toText(Language.TH)).isEqualTo(diff.toText(Language.TH));
    assertThat(json.writeString(read)).isEqualTo(written);
  }

  @Test
  void criteria_and_indicators_added_or_removed_carry_their_whole_definition() {
    Rubric smaller = Rubric.from(v1).version("3").remove("1.2").reweight("1.1", 60).build();
    RubricDiff removed = RubricDiff.between(v1, smaller);
    RubricDiff added = RubricDiff.between(smaller, v1);

    String written = json.writeString(added);

    // item 1.2 comes back under category 1 with its 20 points and its band indicator 1.2
    assertThat(written)
        .contains(
            "\"kind\": \"criterion-added\",\n      \"parent\": \"1\",\n      \"criterion\": {\n"
                + "        \"id\": \"1.2\",\n")
        .contains("\"kind\": \"indicator-added\",\n      \"parent\": \"1.2\",\n      \"indicator\"")
        .contains("\"type\": \"band\"");
    assertThat(json.readRubricDiff(written)).isEqualTo(added);
    assertThat(json.readRubricDiff(json.writeString(removed))).isEqualTo(removed);
    assertThat(json.readRubricDiff(json.writeString(removed)).changes())
        .extracting(RubricChange::getClass)
        .containsExactly(
            RubricChange.RubricSettingChanged.class,
            RubricChange.PointsChanged.class,
            RubricChange.CriterionRemoved.class,
            RubricChange.IndicatorRemoved.class);
  }

  @Test
  void a_diff_of_the_example_document_s_rubric_and_its_derivation_reads_back_equal() {
    // the example rubric read from JSON: band, levels, yes/partial/no, likert and measure scales
    Rubric example = json.readRubric(Resources.open("examples/rubric-mini.json"));
    Indicator g1 = example.indicator("G1").orElseThrow();
    Rubric derived =
        Rubric.from(example)
            .version("2")
            .replaceIndicator(
                new Indicator(
                    "G1",
                    g1.text(),
                    YesNoScale.STANDARD,
                    g1.weight(),
                    g1.evidenceRequired(),
                    g1.extensions(),
                    g1.notApplicableAllowed()))
            .moveIndicator("G2", "1.2")
            .rename("1.1", Text.of("ผู้นำ", "Leaders"))
            .build();
    RubricDiff diff = RubricDiff.between(example, derived);

    RubricDiff read = json.readRubricDiff(json.writeString(diff));

    // version; 1.1 renamed; under 1.2 the moved G2; G1's scale yes/partial/no -> yes/no
    assertThat(diff.changes())
        .extracting(RubricChange::getClass, RubricChange::target)
        .containsExactly(
            tuple(RubricChange.RubricSettingChanged.class, "version"),
            tuple(RubricChange.Renamed.class, "1.1"),
            tuple(RubricChange.Moved.class, "G2"),
            tuple(RubricChange.ScaleChanged.class, "G1"));
    assertThat(read).isEqualTo(diff);
    assertThat(SchemaTest.errors(DocumentFormat.RUBRIC_DIFF, json.writeString(diff))).isEmpty();
  }

  @Test
  void every_kind_of_change_reads_back_equal_through_every_entry_point() {
    RubricDiff diff = EvolutionSamples.everyKindOfChange();

    String written = json.writeString(diff);
    byte[] bytes = written.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.write(diff, out);

    Set<Class<?>> kinds = new LinkedHashSet<>();
    for (RubricChange c : diff.changes()) {
      kinds.add(c.getClass());
    }
    assertThat(kinds).containsExactlyInAnyOrder(RubricChange.class.getPermittedSubclasses());
    assertThat(out.toByteArray()).isEqualTo(bytes);
    assertThat(json.readRubricDiff(written)).isEqualTo(diff);
    assertThat(json.readRubricDiff(bytes)).isEqualTo(diff);
    assertThat(json.readRubricDiff(new ByteArrayInputStream(bytes))).isEqualTo(diff);
  }

  @Test
  void an_unknown_kind_is_refused_at_its_place_naming_the_known_kinds() {
    List<Violation> v =
        refusal(
            () ->
                json.readRubricDiff(
                    diffDocument(
                        "{\"kind\": \"points-changed\", \"id\": \"1\", \"before\": 1},"
                            + " {\"kind\": \"criterion-renamed\", \"id\": \"1\"}")));

    assertThat(v)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/changes/1/kind", "value.one-of"));
    assertThat(v.get(0).message().get(Language.EN))
        .startsWith("'criterion-renamed' is not allowed here (allowed: criterion-added,")
        .contains("criterion-added")
        .contains("rubric-setting-changed");
    assertThat(v.get(0).message().isBilingual()).isTrue();
  }

  @Test
  void an_area_change_with_neither_value_and_a_blank_criterion_id_inside_are_refused() {
    List<Violation> v =
        refusal(
            () ->
                json.readRubricDiff(
                    diffDocument(
                        "{\"kind\": \"area-changed\", \"criterion\": \"1\", \"area\": \"1a\"},"
                            + " {\"kind\": \"criterion-added\", \"criterion\": {\"id\": \" \","
                            + " \"title\": {\"en\": \"T\"}}},"
                            + " {\"kind\": \"moved\", \"node\": \"leaf\", \"id\": \"1\"}")));

    assertThat(v)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            tuple("/changes/0", "change.before-or-after"),
            tuple("/changes/1/criterion/id", "value.not-blank"),
            tuple("/changes/2/node", "value.one-of"));
    assertThat(v.get(0).message().get(Language.EN))
        .isEqualTo(
            "before or after is required: without before it was added, without after removed");
    assertThat(v).allSatisfy(x -> assertThat(x.message().isBilingual()).isTrue());
  }

  @Test
  void a_missing_value_an_unknown_field_and_a_malformed_reference_are_each_named() {
    String doc =
        "{\"format\": \"assessmentkit/rubric-diff\", \"formatVersion\": 1, \"from\": \"r1\","
            + " \"to\": \"r@2\", \"changes\": [{\"kind\": \"renamed\", \"node\": \"criterion\","
            + " \"id\": \"1\", \"before\": {\"en\": \"A\"}, \"colour\": \"red\"}]}";

    List<Violation> v = refusal(() -> json.readRubricDiff(doc));

    assertThat(v)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            tuple("/changes/0/after", "value.required"),
            tuple("/changes/0/colour", "json.unknown-field"),
            tuple("/from", "value.rubric-ref"));
  }

  @Test
  void another_document_type_is_refused_as_such() {
    List<Violation> v =
        refusal(() -> json.readRubricDiff(json.writeString(EvolutionSamples.mapping())));

    assertThat(v)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/format", "format.unknown"));
  }

  @Test
  void a_diff_is_read_under_the_codec_s_limits() {
    RubricDiff diff = RubricDiff.between(MiniRubrics.award(), v2);
    String written = json.writeString(diff);
    // the changes array holds six changes; the ladder's rungs array two
    AssessmentJson fiveAtMost = AssessmentJson.of(JsonLimits.DEFAULTS.withMaxArrayLength(5));
    AssessmentJson small =
        AssessmentJson.of(JsonLimits.DEFAULTS.withMaxDocumentBytes(written.length() / 2));
    AssessmentJson shallow = AssessmentJson.of(JsonLimits.DEFAULTS.withMaxNestingDepth(3));

    assertThat(refusal(() -> fiveAtMost.readRubricDiff(written)))
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/changes/5", "json.limit"));
    assertThat(refusal(() -> small.readRubricDiff(written.getBytes(StandardCharsets.UTF_8))))
        .extracting(Violation::rule)
        .containsExactly("json.limit");
    assertThat(refusal(() -> shallow.readRubricDiff(written)))
        .extracting(Violation::rule)
        .containsExactly("json.limit");
  }

  @Test
  void points_keep_their_scale_and_an_absent_value_stays_absent() {
    RubricDiff diff =
        new RubricDiff(
            v1.ref(),
            v2.ref(),
            List.of(
                new RubricChange.PointsChanged("1", new BigDecimal("60.00"), null),
                new RubricChange.WeightChanged(
                    NodeKind.CRITERION, "1", null, new BigDecimal("2.5"))));

    String written = json.writeString(diff);

    assertThat(written)
        .contains("\"id\": \"1\",\n      \"before\": 60.00\n    }")
        .contains("\"node\": \"criterion\",\n      \"id\": \"1\",\n      \"after\": 2.5\n");
    assertThat(json.readRubricDiff(written)).isEqualTo(diff);
  }

  @Test
  void a_criterion_inside_a_change_keeps_its_unknown_fields_as_in_a_rubric() {
    Criterion kept =
        json.readRubric(
                json.writeString(v1)
                    .replace(
                        "\"id\": \"1.2\",\n", "\"id\": \"1.2\",\n        \"x-note\": \"local\",\n"))
            .criterion("1.2")
            .orElseThrow();
    RubricDiff diff =
        new RubricDiff(v1.ref(), v2.ref(), List.of(new RubricChange.CriterionRemoved("1", kept)));

    String written = json.writeString(diff);

    assertThat(written).contains("\"x-note\": \"local\"");
    assertThat(json.readRubricDiff(written)).isEqualTo(diff);
    assertThat(kept.extensions().isEmpty()).isFalse();
  }
}
