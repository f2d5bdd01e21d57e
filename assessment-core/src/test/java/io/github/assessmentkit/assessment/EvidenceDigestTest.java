package io.github.assessmentkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.time.DateRange;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Evidence's digest is exactly 64 lowercase hex digits or absent, and each {@code with} method
 * replaces one date and keeps every other field.
 */
class EvidenceDigestTest {
  /** The SHA-256 of the empty input, 64 lowercase hex digits. */
  private static final String EMPTY_SHA256 =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  private static Evidence withDigest(String sha256) {
    return new Evidence(
        "ev-1",
        EvidenceKind.DOCUMENT,
        "minutes",
        URI.create("https://example.org/minutes.pdf"),
        sha256,
        null,
        null,
        null,
        "secretary",
        "signed copy",
        Extensions.NONE);
  }

  private static InvalidValueException refusal(Runnable make) {
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class, make::run);
    assertThat(thrown).isNotNull();
    return thrown;
  }

  @Test
  void a_digest_of_64_lowercase_hex_digits_is_kept() {
    assertThat(withDigest(EMPTY_SHA256).sha256()).isEqualTo(EMPTY_SHA256);
  }

  @Test
  void a_digest_one_digit_short_or_long_is_refused_in_both_languages() {
    // 63 digits: the last one dropped; 65 digits: one "0" added
    String short63 = EMPTY_SHA256.substring(0, 63);
    String long65 = EMPTY_SHA256 + "0";

    // when
    InvalidValueException tooShort = refusal(() -> withDigest(short63));
    InvalidValueException tooLong = refusal(() -> withDigest(long65));

    // then
    assertThat(tooShort.getMessage())
        .isEqualTo("sha256 of evidence ev-1 must be 64 lowercase hex digits");
    assertThat(tooShort.text().get(Language.TH))
        .isEqualTo("sha256 ของหลักฐาน 'ev-1' ต้องเป็นเลขฐานสิบหกตัวพิมพ์เล็ก 64 หลัก");
    assertThat(tooLong.getMessage())
        .isEqualTo("sha256 of evidence ev-1 must be 64 lowercase hex digits");
  }

  @Test
  void an_uppercase_digest_is_refused() {
    assertThat(refusal(() -> withDigest(EMPTY_SHA256.toUpperCase())).getMessage())
        .isEqualTo("sha256 of evidence ev-1 must be 64 lowercase hex digits");
  }

  @Test
  void each_with_method_replaces_one_date_and_keeps_the_rest() {
    // given evidence with a digest, a location, an owner and a note
    Evidence e = withDigest(EMPTY_SHA256);
    LocalDate collected = LocalDate.of(2023, 1, 5);
    LocalDate expires = LocalDate.of(2024, 1, 1);
    DateRange effective = new DateRange(LocalDate.of(2022, 10, 1), LocalDate.of(2023, 9, 30));

    // when
    Evidence dated = e.withCollectedOn(collected).withExpiry(expires).withEffective(effective);

    // then the three dates are set and everything else is as it was
    assertThat(dated.collectedOn()).isEqualTo(collected);
    assertThat(dated.expiresOn()).isEqualTo(expires);
    assertThat(dated.effective()).isEqualTo(effective);
    assertThat(dated.id()).isEqualTo("ev-1");
    assertThat(dated.kind()).isEqualTo(EvidenceKind.DOCUMENT);
    assertThat(dated.title()).isEqualTo("minutes");
    assertThat(dated.location()).isEqualTo(URI.create("https://example.org/minutes.pdf"));
    assertThat(dated.sha256()).isEqualTo(EMPTY_SHA256);
    assertThat(dated.owner()).isEqualTo("secretary");
    assertThat(dated.note()).isEqualTo("signed copy");
    // and setting one date back to null leaves the other two
    Evidence undated = dated.withCollectedOn(null).withEffective(null);
    assertThat(undated.collectedOn()).isNull();
    assertThat(undated.effective()).isNull();
    assertThat(undated.expiresOn()).isEqualTo(expires);
  }

  @Test
  void a_blank_id_or_title_is_refused() {
    assertThat(refusal(() -> Evidence.of(" ", EvidenceKind.DOCUMENT, "minutes")).getMessage())
        .isEqualTo("id cannot be blank");
    assertThat(
            refusal(() -> Evidence.of("ev-1", EvidenceKind.DOCUMENT, "")).text().get(Language.TH))
        .isEqualTo("title ต้องไม่เป็นข้อความว่าง");
  }
}
