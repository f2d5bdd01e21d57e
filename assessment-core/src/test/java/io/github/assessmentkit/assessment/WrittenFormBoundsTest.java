package io.github.assessmentkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.time.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The model holds no value a document cannot write: dates have a year of four digits, as {@code
 * YYYY-MM-DD} writes it, and an assessor's name has something visible in it, as a text must.
 */
class WrittenFormBoundsTest {
  private final Evidence plain = Evidence.of("ev-1", EvidenceKind.DOCUMENT, "minutes");

  private static InvalidValueException refusal(Runnable make) {
    Throwable thrown = catchThrowable(make::run);
    assertThat(thrown).isInstanceOf(InvalidValueException.class);
    return (InvalidValueException) thrown;
  }

  @Test
  void evidence_dates_past_the_year_9999_are_refused_with_a_bilingual_message() {
    // given the latest date of a LocalDate and the first day of the year 10000
    LocalDate farthest = LocalDate.MAX; // +999999999-12-31
    LocalDate tenThousand = LocalDate.of(10_000, 1, 1);

    // when / then
    InvalidValueException collected = refusal(() -> plain.withCollectedOn(tenThousand));
    assertThat(collected.getMessage())
        .isEqualTo(
            "collectedOn must be a date with a four-digit year (0000 to 9999), as YYYY-MM-DD"
                + " writes it, was +10000-01-01");
    assertThat(collected.text().get(Language.TH))
        .isEqualTo(
            "collectedOn ต้องเป็นวันที่ที่มีปีสี่หลัก (0000 ถึง 9999) ตามรูปแบบ YYYY-MM-DD"
                + " แต่ได้รับ +10000-01-01");
    assertThat(refusal(() -> plain.withExpiry(farthest)).getMessage())
        .startsWith("expiresOn must be a date with a four-digit year")
        .endsWith("was +999999999-12-31");
    assertThat(refusal(() -> new DateRange(LocalDate.of(2023, 1, 1), tenThousand)).getMessage())
        .startsWith("to must be a date with a four-digit year");
    assertThat(refusal(() -> new DateRange(LocalDate.of(-1, 1, 1), tenThousand)).getMessage())
        .isEqualTo(
            "from must be a date with a four-digit year (0000 to 9999), as YYYY-MM-DD writes it,"
                + " was -0001-01-01");
  }

  @Test
  void the_first_and_last_days_a_document_can_write_are_kept() {
    // given 0000-01-01 and 9999-12-31
    LocalDate first = LocalDate.of(0, 1, 1);
    LocalDate last = LocalDate.of(9999, 12, 31);

    // when
    Evidence e =
        plain.withCollectedOn(first).withExpiry(last).withEffective(new DateRange(first, last));

    // then
    assertThat(e.collectedOn()).isEqualTo(first);
    assertThat(e.expiresOn()).isEqualTo(last);
    assertThat(e.effective()).isEqualTo(new DateRange(first, last));
  }

  @Test
  void an_assessor_name_with_nothing_visible_is_refused_like_a_blank_text() {
    // given one space, one no-break space, one zero-width space, and a byte-order mark
    for (String name : new String[] {" ", "\u00a0", "\u200b", "\ufeff", "\u00a0\u200b "}) {
      // when
      InvalidValueException e = refusal(() -> new Assessor("a1", name, null));

      // then
      assertThat(e.getMessage())
          .as("%s", name.codePoints().boxed().toList())
          .isEqualTo("name cannot be blank");
      assertThat(e.text().get(Language.TH)).isEqualTo("name ต้องไม่เป็นข้อความว่าง");
    }
    assertThat(new Assessor("a1", "\u00a0สมชาย", null).name()).isEqualTo("\u00a0สมชาย");
  }
}
