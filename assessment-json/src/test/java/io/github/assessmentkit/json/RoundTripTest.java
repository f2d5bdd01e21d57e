package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentKind;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.Assessor;
import io.github.assessmentkit.assessment.Evidence;
import io.github.assessmentkit.assessment.EvidenceKind;
import io.github.assessmentkit.assessment.Measure;
import io.github.assessmentkit.assessment.Observation;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.Direction;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.DateRange;
import io.github.assessmentkit.time.FiscalYear;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoundTripTest {
  private final AssessmentJson json = AssessmentJson.standard();

  @Test
  void a_rubric_using_every_scale_type_reads_back_equal_after_writing() {
    // given
    Rubric rubric = json.readRubric(Resources.open("examples/rubric-mini.json"));

    // when
    Rubric back = json.readRubric(json.writeString(rubric));

    // then
    assertThat(back).isEqualTo(rubric);
    assertThat(back.indicators()).hasSize(5);
  }

  @Test
  void rubrics_built_in_code_read_back_equal_after_writing() {
    // given
    Rubric award = MiniRubrics.award();
    Rubric checklist = MiniRubrics.checklist();

    // when / then
    assertThat(json.readRubric(json.writeString(award))).isEqualTo(award);
    assertThat(json.readRubric(json.writeString(checklist))).isEqualTo(checklist);
  }

  @Test
  void an_assessment_with_every_kind_of_rating_and_record_reads_back_equal_after_writing() {
    // given
    Assessment assessment = everything();

    // when
    Assessment back = json.readAssessment(json.writeString(assessment));

    // then
    assertThat(back).isEqualTo(assessment);
  }

  @Test
  void unknown_fields_written_by_a_newer_version_are_kept_and_written_back() {
    // given the example carries fields this version does not know, at three levels
    Assessment read = json.readAssessment(Resources.open("examples/assessment-mini.json"));

    // when
    String written = json.writeString(read);

    // then
    assertThat(read.extensions().fields())
        .containsExactly(
            Map.entry(
                "source",
                "{\"system\":\"coop-portal\",\"exportedAt\":\"2023-10-05T09:30:00+07:00\"}"));
    assertThat(read.ratings().get(0).extensions().fields())
        .containsExactly(Map.entry("confidence", "\"high\""));
    assertThat(read.evidence().get(0).extensions().fields())
        .containsExactly(Map.entry("pages", "[3,4]"));
    assertThat(written)
        .contains("\"confidence\": \"high\"")
        .contains("\"exportedAt\": \"2023-10-05T09:30:00+07:00\"");
    assertThat(json.readAssessment(written)).isEqualTo(read);
  }

  @Test
  void unknown_fields_of_a_rubric_criterion_and_indicator_are_kept() {
    // given
    Rubric rubric = json.readRubric(Resources.open("examples/rubric-mini.json"));

    // then
    assertThat(rubric.extensions().fields())
        .containsExactly(Map.entry("publisher", "{\"name\":\"test\",\"year\":2566}"));
    assertThat(rubric.criterion("2").orElseThrow().extensions().fields())
        .containsExactly(Map.entry("owner", "{\"unit\":\"governance office\"}"));
    assertThat(rubric.indicator("1.1").orElseThrow().extensions().fields())
        .containsExactly(Map.entry("reviewNote", "\"kept as it came\""));
    assertThat(json.writeString(rubric)).contains("\"reviewNote\": \"kept as it came\"");
  }

  @Test
  void decimals_travel_without_binary_floating_point_loss_and_keep_their_scale() {
    // given 0.1 has no exact double; 12345678901234.123456 needs 20 significant digits
    Assessment assessment =
        MiniRubrics.assessmentOf(MiniRubrics.award())
            .rating(Rating.of("1.1", RatingValue.of(new BigDecimal("0.1"))))
            .rating(Rating.of("1.2", RatingValue.of(new BigDecimal("12345678901234.123456"))))
            .rating(Rating.of("2.1", RatingValue.of(new BigDecimal("35.50"))))
            .build();

    // when
    String written = json.writeString(assessment);
    Assessment back = json.readAssessment(written);

    // then the text holds the digits as given, and the values keep their scale (35.50 is not 35.5)
    assertThat(written)
        .contains("\"value\": 0.1\n")
        .contains("\"value\": 12345678901234.123456")
        .contains("\"value\": 35.50");
    assertThat(numeric(back, 2)).isEqualTo(new BigDecimal("35.50"));
    assertThat(numeric(back, 1)).isEqualTo(new BigDecimal("12345678901234.123456"));
    assertThat(back).isEqualTo(assessment);
  }

  @Test
  void decimals_are_written_as_plain_numbers_without_exponents() {
    // given 1E+3 is the decimal 1000 held with a negative scale
    Assessment assessment =
        MiniRubrics.assessmentOf(MiniRubrics.award())
            .rating(Rating.of("1.1", RatingValue.of(new BigDecimal("1E+3"))))
            .build();

    // when
    String written = json.writeString(assessment);

    // then
    assertThat(written).contains("\"value\": 1000").doesNotContain("E+");
  }

  @Test
  void the_same_value_is_always_written_as_the_same_bytes_with_newline_line_ends() {
    // given
    Assessment assessment = everything();
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();

    // when
    json.write(assessment, first);
    json.write(json.readAssessment(json.writeString(assessment)), second);

    // then
    assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
    String text = first.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("\r").endsWith("}\n").startsWith("{\n  \"format\": ");
  }

  @Test
  void thai_text_with_combining_marks_and_zero_width_spaces_travels_unchanged() {
    // given the example's rationale breaks a Thai word group with U+200B, as Thai writers do
    Assessment read = json.readAssessment(Resources.open("examples/assessment-mini.json"));
    String rationale = read.ratings().get(0).rationale();

    // when
    String written = json.writeString(read);

    // then the text is kept code point for code point and written unescaped
    assertThat(rationale).isEqualTo("มีแนวทางที่เป็นระบบ\u200Bแต่ยังไม่ครอบคลุมทุกหน่วยงาน");
    assertThat(written).contains("มีแนวทางที่เป็นระบบ\u200Bแต่ยังไม่ครอบคลุมทุกหน่วยงาน");
    assertThat(json.readAssessment(written).ratings().get(0).rationale()).isEqualTo(rationale);
  }

  @Test
  void
      a_fiscal_year_given_in_the_common_era_reads_as_the_same_year_and_is_written_in_the_buddhist_era() {
    // given CE 2023 is BE 2566 (2023 + 543)
    String doc =
        BadInputCorpusTest.minimal()
            .replace(
                "{\"era\": \"BE\", \"fiscalYear\": 2566}",
                "{\"era\": \"CE\", \"fiscalYear\": 2023}");

    // when
    Assessment read = json.readAssessment(doc);

    // then
    assertThat(read.period()).isEqualTo(FiscalYear.ofBuddhistEra(2566));
    assertThat(json.writeString(read)).contains("\"era\": \"BE\",\n    \"fiscalYear\": 2566");
  }

  @Test
  void an_extension_named_like_a_field_of_the_format_is_refused_rather_than_written_twice() {
    // given extensions set in code, one of them called "status"
    Assessment assessment =
        MiniRubrics.assessmentOf(MiniRubrics.award())
            .extensions(Extensions.of(Map.of("status", "\"archived\"")))
            .build();

    // when / then
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.writeString(assessment))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("extension 'status' has the name of a field the format already writes");
  }

  @Test
  void a_failing_output_stream_surfaces_as_an_unchecked_io_exception() {
    // given
    java.io.OutputStream broken =
        new java.io.OutputStream() {
          @Override
          public void write(int b) throws java.io.IOException {
            throw new java.io.IOException("disk full");
          }
        };

    // when / then
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.write(everything(), broken))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasRootCauseMessage("disk full");
  }

  private static BigDecimal numeric(Assessment a, int rating) {
    RatingState.Rated rated = (RatingState.Rated) a.ratings().get(rating).state();
    return ((RatingValue.Numeric) rated.value()).number();
  }

  /** An assessment that sets every field the format has. */
  static Assessment everything() {
    return MiniRubrics.assessmentOf(MiniRubrics.award())
        .kind(AssessmentKind.EXTERNAL)
        .status(AssessmentStatus.REVIEWED)
        .assessor(new Assessor("p1", "สมชาย", "ผู้ตรวจ"))
        .assessor(new Assessor("p2", "Jane", null))
        .rating(
            Rating.of("1.1", 35)
                .withEvidence("e1")
                .withRationale("ชัดเจน")
                .withFindings(List.of("ดี"), List.of("ควรวัดผล"))
                .by("p1"))
        .rating(Rating.notApplicable("1.2", "ไม่มีหน่วยงานนี้"))
        .rating(Rating.unknown("2.1", null))
        .rating(Rating.unknown("9.1", "ask the manager"))
        .rating(Rating.choice("G1", "partial"))
        .evidence(
            new Evidence(
                "e1",
                EvidenceKind.RECORD,
                "ทะเบียนสมาชิก",
                URI.create("file:///records/members.xlsx"),
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                LocalDate.of(2023, 3, 1),
                new DateRange(LocalDate.of(2022, 10, 1), LocalDate.of(2023, 9, 30)),
                "ฝ่ายทะเบียน",
                "copy",
                Extensions.of(Map.of("pages", "[1,2]", "checkedBy", "\"p2\""))))
        .evidence(Evidence.of("e2", EvidenceKind.INTERVIEW, "manager"))
        .measure(
            new Measure(
                "reserve",
                Text.of("ทุนสำรอง", "Reserve"),
                "ratio",
                Direction.HIGHER_IS_BETTER,
                new BigDecimal("0.10"),
                List.of(
                    new Observation(FiscalYear.ofBuddhistEra(2566), new BigDecimal("0.120")),
                    new Observation(FiscalYear.ofBuddhistEra(2565), new BigDecimal("0.095")))))
        .extensions(Extensions.of(Map.of("exportedBy", "{\"system\":\"x\",\"v\":[1,2.50]}")))
        .build();
  }

  @Test
  void a_number_written_with_an_exponent_reads_as_the_whole_number_and_reads_back_equal() {
    // given the mini award's item 1.1 rated 1e2 (100 %) and 2.1 rated 4E1 (40 %) by another
    // program; read as they are, they would be 1E+2 and 4E+1 (scale -2 and -1), written back as
    // 100 and 40, and so not equal after a round trip
    String document =
        json.writeString(
                MiniRubrics.assessmentOf(MiniRubrics.award())
                    .rating(io.github.assessmentkit.assessment.Rating.of("1.1", 100))
                    .rating(io.github.assessmentkit.assessment.Rating.of("2.1", 40))
                    .build())
            .replace("\"value\": 100", "\"value\": 1e2")
            .replace("\"value\": 40", "\"value\": 4E1");
    assertThat(document).contains("1e2").contains("4E1");

    // when
    Assessment read = json.readAssessment(document);
    Assessment back = json.readAssessment(json.writeString(read));

    // then they read as 100 and 40, scale 0, and the round trip keeps them equal
    assertThat(read.rating("1.1").orElseThrow().state())
        .isEqualTo(
            new io.github.assessmentkit.assessment.RatingState.Rated(
                io.github.assessmentkit.scale.RatingValue.of(new java.math.BigDecimal("100"))));
    assertThat(back).isEqualTo(read);
    assertThat(json.writeString(back)).contains("\"value\": 100").contains("\"value\": 40");
  }
}
