package io.github.assessmentkit.assessment;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.AssessmentMessages;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.time.DateRange;
import java.net.URI;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What backs a rating. The library records where evidence lives but never opens it.
 *
 * @param id the id ratings cite
 * @param kind what sort of evidence it is
 * @param title a short name
 * @param location where it lives, or {@code null}; never opened by the library
 * @param sha256 the SHA-256 digest of its content as 64 lowercase hex digits, or {@code null}
 * @param collectedOn when it was collected, or {@code null}
 * @param effective the period it speaks for, or {@code null}
 * @param owner who keeps it, or {@code null}
 * @param note anything else, or {@code null}
 * @param extensions fields from a newer format, kept as they came
 */
public record Evidence(
    String id,
    EvidenceKind kind,
    String title,
    @Nullable URI location,
    @Nullable String sha256,
    @Nullable LocalDate collectedOn,
    @Nullable DateRange effective,
    @Nullable String owner,
    @Nullable String note,
    Extensions extensions) {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /**
   * Creates the value, checking its components.
   *
   * @param id the id ratings cite
   * @param kind what sort of evidence it is
   * @param title a short name
   * @param location where it lives, or {@code null}; never opened by the library
   * @param sha256 the SHA-256 digest of its content as 64 lowercase hex digits, or {@code null}
   * @param collectedOn when it was collected, or {@code null}
   * @param effective the period it speaks for, or {@code null}
   * @param owner who keeps it, or {@code null}
   * @param note anything else, or {@code null}
   * @param extensions fields from a newer format, kept as they came
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Evidence {
    Checks.notBlank(id, "id");
    Checks.notNull(kind, "kind");
    Checks.notBlank(title, "title");
    if (sha256 != null && !SHA256.matcher(sha256).matches()) {
      throw new InvalidValueException(AssessmentMessages.malformedSha256(id));
    }
    Checks.notNull(extensions, "extensions");
  }

  /**
   * Creates evidence with only the required parts.
   *
   * @param id the id
   * @param kind the kind
   * @param title the title
   * @return the evidence
   */
  public static Evidence of(String id, EvidenceKind kind, String title) {
    return new Evidence(id, kind, title, null, null, null, null, null, null, Extensions.NONE);
  }
}
