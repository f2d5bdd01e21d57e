package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.cohort.Cohort;
import io.github.assessmentkit.cohort.OrganisationSummary;
import io.github.assessmentkit.cohort.RankingOrder;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.scoring.Scorer;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import io.github.assessmentkit.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Summaries as JSON: written once per document with the rubric version, fiscal year and node ids,
 * read back equal, refused with a place and rule when malformed, and under the read limits.
 */
class SummariesJsonTest {
  private static final Rubric RUBRIC = MiniRubrics.award();
  private static final FiscalYear YEAR = FiscalYear.ofBuddhistEra(2556);
  private final AssessmentJson json = AssessmentJson.standard();

  private static OrganisationSummary scored(String id, String province, int a, int b, int c) {
    Assessment assessment =
        Assessment.builder(
                "a-" + id,
                new Subject(id, Text.en(id), OrganisationType.FARMER_GROUP, province),
                RUBRIC.ref(),
                YEAR)
            .rating(Rating.of("1.1", a))
            .rating(Rating.of("1.2", b))
            .rating(Rating.of("2.1", c))
            .status(AssessmentStatus.FINAL)
            .build();
    return OrganisationSummary.of(Scorer.standard().score(RUBRIC, assessment));
  }

  private static final List<OrganisationSummary> ROUND =
      List.of(scored("fg-1", "Loei", 80, 60, 75), scored("fg-2", "Nong Khai", 30, 30, 60));

  private static String document(String summary) {
    return "{\"format\": \"assessmentkit/summaries\", \"formatVersion\": 1, \"rubric\":"
        + " \"mini-award@1\", \"period\": {\"era\": \"BE\", \"fiscalYear\": 2556}, \"nodes\":"
        + " [\"mini-award\", \"1\"], \"summaries\": ["
        + summary
        + "]}";
  }

  private static List<Violation> refusal(String document) {
    Throwable thrown = catchThrowable(() -> AssessmentJson.standard().readSummaries(document));
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    return ((JsonFormatException) thrown).report().violations();
  }

  @Test
  void writes_the_header_once_and_exact_pairs_per_node() {
    String written = json.writeSummaries(ROUND);
    // fg-1: 1.1 = 32, 1.2 = 12, 2.1 = 30; category 1 = 44 of 60; total 74 of 100
    assertThat(written)
        .contains("\"format\": \"assessmentkit/summaries\"")
        .contains("\"rubric\": \"mini-award@1\"")
        .contains("\"nodes\": [\n    \"mini-award\",\n    \"1\",\n    \"1.1\"");
    assertThat(written).containsOnlyOnce("\"period\"");
    assertThat(written.replaceAll("\\s", ""))
        .contains("\"exact\":[[\"74\",\"100\"],[\"44\",\"60\"],[\"32\",\"40\"]")
        .contains("\"levels\":[{\"ladder\":\"overall\",\"rung\":\"good\"}]")
        .contains("\"awards\":[{\"scheme\":\"mini\",\"tier\":\"gold\"}]");
    assertThat(SchemaTest.errors(DocumentFormat.SUMMARIES, written)).isEmpty();
  }

  @Test
  void reads_back_what_it_wrote_equal_and_byte_for_byte() {
    String written = json.writeSummaries(ROUND);
    List<OrganisationSummary> read = json.readSummaries(written);
    assertThat(read).isEqualTo(ROUND);
    assertThat(json.writeSummaries(read)).isEqualTo(written);
    // the readers of bytes and streams agree, and the nodes are shared by the summaries read
    byte[] bytes = written.getBytes(StandardCharsets.UTF_8);
    assertThat(json.readSummaries(bytes)).isEqualTo(ROUND);
    assertThat(json.readSummaries(new ByteArrayInputStream(bytes))).isEqualTo(ROUND);
    assertThat(read.get(0).nodeIds()).isSameAs(read.get(1).nodeIds());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeSummaries(ROUND, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(written);
    // and a cohort takes them
    Cohort cohort = Cohort.of(RUBRIC, YEAR, read);
    assertThat(cohort.rank(RankingOrder.byTotal()).overall().standings().get(0).subjectId())
        .isEqualTo("fg-1");
  }

  @Test
  void keeps_a_node_that_does_not_apply_and_an_undecided_outcome() {
    OrganisationSummary s =
        OrganisationSummary.builder("coop-9", OrganisationType.SAVINGS, RUBRIC.ref(), YEAR)
            .node("mini-award", Ratio.of(100, 3), Ratio.of(100))
            .notApplicable("1", Ratio.ZERO)
            .level("overall", null)
            .award("mini", null, true)
            .build();
    String written = json.writeSummaries(List.of(s));
    assertThat(written.replaceAll("\\s", ""))
        .contains("\"exact\":[[\"100/3\",\"100\"],[null,\"0\"]]")
        .contains("{\"ladder\":\"overall\",\"undecided\":true}")
        .contains("{\"scheme\":\"mini\",\"undecided\":true}");
    assertThat(SchemaTest.errors(DocumentFormat.SUMMARIES, written)).isEmpty();
    OrganisationSummary read = json.readSummaries(written).get(0);
    assertThat(read).isEqualTo(s);
    assertThat(read.earned("1")).isEmpty();
    assertThat(read.province()).isNull();
  }

  @Test
  void refuses_values_that_do_not_match_the_nodes() {
    List<Violation> v =
        refusal(
            document(
                "{\"subject\": \"a\", \"type\": \"savings\", \"exact\": [[\"1\", \"2\"]],"
                    + " \"levels\": [], \"awards\": []}"));
    assertThat(v)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/summaries/0/exact", "summary.values-per-node"));
    assertThat(v.get(0).message().en())
        .isEqualTo("the summary gives 1 values, but needs one per node: 2");
  }

  @Test
  void refuses_a_pair_that_is_not_two_ratios() {
    List<Violation> v =
        refusal(
            document(
                "{\"subject\": \"a\", \"type\": \"savings\", \"exact\": [[\"1\"], [\"x\", \"2\"]],"
                    + " \"levels\": [], \"awards\": []}"));
    assertThat(v)
        .extracting(Violation::path, Violation::rule)
        .contains(
            tuple("/summaries/0/exact/0", "summary.values-pair"),
            tuple("/summaries/0/exact/1/0", "json.ratio"));
  }

  @Test
  void refuses_what_a_summary_refuses_where_it_stands() {
    // 3 earned of a possible 2
    List<Violation> v =
        refusal(
            document(
                "{\"subject\": \"a\", \"type\": \"savings\", \"exact\": [[\"3\", \"2\"], [\"1\","
                    + " \"2\"]], \"levels\": [], \"awards\": []}"));
    assertThat(v)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/summaries/0", "value.consistent"));
    assertThat(v.get(0).message().en())
        .contains("organisation a: mini-award earns more than its possible points");
  }

  @Test
  void reports_missing_and_unknown_fields() {
    List<Violation> v =
        refusal(
            document(
                "{\"type\": \"savings\", \"exact\": [[\"1\", \"2\"], [\"1\", \"2\"]],"
                    + " \"levels\": [], \"awards\": [], \"colour\": \"red\"}"));
    assertThat(v)
        .extracting(Violation::path, Violation::rule)
        .containsExactlyInAnyOrder(
            tuple("/summaries/0/colour", "json.unknown-field"),
            tuple("/summaries/0/subject", "value.required"));
  }

  @Test
  void reads_under_the_limits_of_every_document() {
    // two summaries in an array of at most one
    String written = json.writeSummaries(ROUND);
    Throwable thrown =
        catchThrowable(
            () ->
                AssessmentJson.of(JsonLimits.DEFAULTS.withMaxArrayLength(1))
                    .readSummaries(written));
    assertThat(thrown).isInstanceOf(JsonFormatException.class);
    assertThat(((JsonFormatException) thrown).report().violations())
        .extracting(Violation::rule)
        .containsExactly("json.limit");
    // a document larger than allowed
    Throwable big =
        catchThrowable(
            () ->
                AssessmentJson.of(JsonLimits.DEFAULTS.withMaxDocumentBytes(100))
                    .readSummaries(written));
    assertThat(((JsonFormatException) big).report().violations())
        .extracting(Violation::rule)
        .containsExactly("json.limit");
  }

  @Test
  void refuses_to_write_summaries_of_two_rubric_versions_naming_the_organisation() {
    OrganisationSummary other =
        OrganisationSummary.builder(
                "coop-x", OrganisationType.SAVINGS, new RubricRef("mini-award", "2"), YEAR)
            .node("mini-award", Ratio.of(50), Ratio.of(100))
            .build();
    assertThatThrownBy(() -> json.writeSummaries(List.of(ROUND.get(0), other)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("organisation coop-x was scored against mini-award@2, not mini-award@1");
    assertThatThrownBy(() -> json.writeSummaries(List.of()))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void a_document_of_another_type_is_refused() {
    List<Violation> v = refusal("{\"format\": \"assessmentkit/scorecard\", \"formatVersion\": 1}");
    assertThat(v)
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/format", "format.unknown"));
  }
}
