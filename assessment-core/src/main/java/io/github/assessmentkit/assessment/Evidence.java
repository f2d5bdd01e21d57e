package io.github.assessmentkit.assessment;

import io.github.assessmentkit.Extensions;
import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.AssessmentMessages;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.DateRange;
import io.github.assessmentkit.time.FiscalYear;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
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
 * @param collectedOn when it was collected (a year from 0 to 9999), or {@code null}
 * @param effective the period it speaks for, or {@code null}
 * @param expiresOn the last day it holds (a certificate's or licence's expiry; a year from 0 to
 *     9999), or {@code null} when it does not expire
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
    @Nullable LocalDate expiresOn,
    @Nullable String owner,
    @Nullable String note,
    Extensions extensions) {
  /**
   * How many days after a fiscal year ends its evidence may still be collected: the 150 days the
   * Cooperatives Act B.E. 2542 gives a cooperative to hold its annual general meeting after the end
   * of its accounting year.
   */
  public static final int CLOSING_DAYS = 150;

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /**
   * Creates the value, checking its components.
   *
   * @param id the id ratings cite
   * @param kind what sort of evidence it is
   * @param title a short name
   * @param location where it lives, or {@code null}; never opened by the library
   * @param sha256 the SHA-256 digest of its content as 64 lowercase hex digits, or {@code null}
   * @param collectedOn when it was collected (a year from 0 to 9999), or {@code null}
   * @param effective the period it speaks for, or {@code null}
   * @param expiresOn the last day it holds (a year from 0 to 9999), or {@code null} when it does
   *     not expire
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
    Checks.fourDigitYear(collectedOn, "collectedOn");
    Checks.fourDigitYear(expiresOn, "expiresOn");
    if (sha256 != null && !SHA256.matcher(sha256).matches()) {
      throw new InvalidValueException(AssessmentMessages.malformedSha256(id));
    }
    Checks.notNull(extensions, "extensions");
  }

  /**
   * Creates evidence that does not expire (the form before expiry dates were recorded).
   *
   * @param id the id ratings cite
   * @param kind what sort of evidence it is
   * @param title a short name
   * @param location where it lives, or {@code null}; never opened by the library
   * @param sha256 the SHA-256 digest of its content as 64 lowercase hex digits, or {@code null}
   * @param collectedOn when it was collected (a year from 0 to 9999), or {@code null}
   * @param effective the period it speaks for, or {@code null}
   * @param owner who keeps it, or {@code null}
   * @param note anything else, or {@code null}
   * @param extensions fields from a newer format, kept as they came
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Evidence(
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
    this(id, kind, title, location, sha256, collectedOn, effective, null, owner, note, extensions);
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

  /**
   * Returns this evidence with another expiry date.
   *
   * @param date the last day it holds, or {@code null} when it does not expire
   * @return the evidence
   */
  public Evidence withExpiry(@Nullable LocalDate date) {
    return new Evidence(
        id, kind, title, location, sha256, collectedOn, effective, date, owner, note, extensions);
  }

  /**
   * Returns this evidence with another collection date.
   *
   * @param date when it was collected, or {@code null}
   * @return the evidence
   */
  public Evidence withCollectedOn(@Nullable LocalDate date) {
    return new Evidence(
        id, kind, title, location, sha256, date, effective, expiresOn, owner, note, extensions);
  }

  /**
   * Returns this evidence with another effective period.
   *
   * @param period the period it speaks for, or {@code null}
   * @return the evidence
   */
  public Evidence withEffective(@Nullable DateRange period) {
    return new Evidence(
        id, kind, title, location, sha256, collectedOn, period, expiresOn, owner, note, extensions);
  }

  /**
   * Tells whether this evidence can back a rating of a fiscal year, and if not, why. Evidence is
   * valid for a year unless one of these holds, checked in this order:
   *
   * <ol>
   *   <li>its effective period does not cover the whole year (from the year's first day to its
   *       last);
   *   <li>it has no effective period and was collected before the year began: it can only speak for
   *       an earlier year;
   *   <li>it expires before the year's last day ({@code expiresOn} is the last day it holds, so
   *       evidence expiring on the last day still holds). A year is assessed as a whole, after the
   *       fact: a certificate that lapsed in June does not show the cooperative complied in
   *       September, so expiry before the start of the year alone would be too lenient;
   *   <li>it was collected after the year's closing window: more than {@link #CLOSING_DAYS} days
   *       after the year ended. Evidence of a year is normally gathered when the year is closed:
   *       the Cooperatives Act B.E. 2542 has the annual general meeting, which approves the audited
   *       statements, held within 150 days of the end of the accounting year, so its minutes are
   *       dated after the year and still speak for it. FY 2566 BE ends on 30 Sep 2023; its window
   *       closes on 27 Feb 2024 (30 Sep 2023 + 150 days), and evidence collected from 28 Feb 2024
   *       on is not valid for it.
   * </ol>
   *
   * <p>A date that is not recorded is not held against the evidence.
   *
   * @param period the fiscal year assessed
   * @return the reason, in Thai and English, or empty when the evidence is valid for the year
   */
  public Optional<Text> invalidFor(FiscalYear period) {
    Checks.notNull(period, "period");
    // the year's first and last days are worked out only for the dates the evidence has
    if (effective != null) {
      if (effective.from().isAfter(period.start()) || effective.to().isBefore(period.end())) {
        return Optional.of(
            AssessmentMessages.evidenceNotCovering(
                id, effective.from().toString(), effective.to().toString(), period.label()));
      }
    } else if (collectedOn != null && collectedOn.isBefore(period.start())) {
      return Optional.of(
          AssessmentMessages.evidenceCollectedBefore(id, collectedOn.toString(), period.label()));
    }
    if (expiresOn != null && expiresOn.isBefore(period.end())) {
      return Optional.of(
          AssessmentMessages.evidenceExpired(id, expiresOn.toString(), period.label()));
    }
    if (collectedOn != null && collectedOn.isAfter(period.end().plusDays(CLOSING_DAYS))) {
      return Optional.of(
          AssessmentMessages.evidenceCollectedAfter(id, collectedOn.toString(), period.label()));
    }
    return Optional.empty();
  }
}
