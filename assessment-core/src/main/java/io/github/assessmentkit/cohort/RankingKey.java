package io.github.assessmentkit.cohort;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.CohortMessages;
import io.github.assessmentkit.text.Text;
import org.jspecify.annotations.Nullable;

/**
 * One key of a ranking: a criterion's (or the total's) earned points or percent, higher first. A
 * value that does not apply (the criterion was excluded as not applicable) ranks below every value.
 *
 * @param criterionId the criterion, or {@code null} for the total (the root of the scorecard)
 * @param percent whether the key reads the percent of the possible points (else the points earned)
 */
public record RankingKey(@Nullable String criterionId, boolean percent) {
  /**
   * Creates the value, checking its components.
   *
   * @param criterionId the criterion, or {@code null} for the total
   * @param percent whether the key reads the percent (else the points)
   * @throws io.github.assessmentkit.InvalidValueException if the criterion id is blank
   */
  public RankingKey {
    if (criterionId != null) {
      Checks.notBlank(criterionId, "criterionId");
    }
  }

  /** {@return the total points earned: the usual first key} */
  public static RankingKey totalPoints() {
    return new RankingKey(null, false);
  }

  /**
   * Reads a criterion's percent.
   *
   * @param criterionId the criterion, for example {@code "1"} for CQA category 1
   * @return the key
   */
  public static RankingKey percent(String criterionId) {
    return new RankingKey(Checks.notBlank(criterionId, "criterionId"), true);
  }

  /**
   * Reads a criterion's earned points.
   *
   * @param criterionId the criterion, for example {@code "7"} for the CQA results category
   * @return the key
   */
  public static RankingKey points(String criterionId) {
    return new RankingKey(Checks.notBlank(criterionId, "criterionId"), false);
  }

  /** {@return the key's name in Thai and English, for example "percent of 1"} */
  public Text name() {
    if (criterionId == null) {
      return percent ? CohortMessages.key("total", true) : CohortMessages.total();
    }
    return CohortMessages.key(criterionId, percent);
  }
}
