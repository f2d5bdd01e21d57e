package io.github.assessmentkit.analysis;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A strength or an opportunity for improvement (OFI) at one scored leaf criterion.
 *
 * @param criterionId the criterion
 * @param title its name
 * @param earned points earned
 * @param possible points possible
 * @param percent earned as a percent of possible
 * @param atStake points not yet earned ({@code possible - earned})
 * @param label the band or level reached, or {@code null}
 * @param nextStep what the next band would need and add, or {@code null}
 * @param notes the assessors' own strengths (for a strength) or OFIs (for an OFI)
 */
public record Finding(
    String criterionId,
    Text title,
    BigDecimal earned,
    BigDecimal possible,
    BigDecimal percent,
    BigDecimal atStake,
    @Nullable Text label,
    @Nullable Text nextStep,
    List<String> notes) {
  /**
   * Creates the value, checking its components.
   *
   * @param criterionId the criterion
   * @param title its name
   * @param earned points earned
   * @param possible points possible
   * @param percent earned as a percent of possible
   * @param atStake points not yet earned ({@code possible - earned})
   * @param label the band or level reached, or {@code null}
   * @param nextStep what the next band would need and add, or {@code null}
   * @param notes the assessors' own strengths (for a strength) or OFIs (for an OFI)
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public Finding {
    Checks.notBlank(criterionId, "criterionId");
    Checks.notNull(title, "title");
    Checks.notNull(earned, "earned");
    Checks.notNull(possible, "possible");
    Checks.notNull(percent, "percent");
    Checks.notNull(atStake, "atStake");
    notes = Checks.copy(notes, "notes");
  }
}
