package io.github.assessmentkit.scale;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.ScaleMessages;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A checklist answer: {@code yes} earns all the points, {@code no} none, and {@code partial} the
 * declared share (half by default).
 *
 * @param partialCredit the fraction {@code partial} earns, more than 0 and less than 1
 */
public record YesPartialNoScale(BigDecimal partialCredit) implements Scale {
  /** The code for a fully met requirement. */
  public static final String YES = "yes";

  /** The code for a partly met requirement. */
  public static final String PARTIAL = "partial";

  /** The code for an unmet requirement. */
  public static final String NO = "no";

  /** The usual scale, where {@code partial} earns half. */
  public static final YesPartialNoScale STANDARD = new YesPartialNoScale(new BigDecimal("0.5"));

  /**
   * Creates the value, checking its components.
   *
   * @param partialCredit the fraction {@code partial} earns, more than 0 and less than 1
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component is blank or out of range
   */
  public YesPartialNoScale {
    Checks.notNull(partialCredit, "partialCredit");
    if (partialCredit.signum() <= 0 || partialCredit.compareTo(BigDecimal.ONE) >= 0) {
      throw new InvalidValueException(ScaleMessages.partialCreditOutOfRange(partialCredit));
    }
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitYesPartialNo(this);
  }

  @Override
  public String type() {
    return "yes-partial-no";
  }

  @Override
  public Optional<Text> reject(RatingValue value) {
    Optional<String> code = value.asChoice();
    if (code.isPresent()
        && (YES.equals(code.get()) || PARTIAL.equals(code.get()) || NO.equals(code.get()))) {
      return Optional.empty();
    }
    return Optional.of(ScaleMessages.notAnAnswer(value.toString()));
  }

  @Override
  public BigDecimal fraction(RatingValue value) {
    requireAllowed(value);
    return switch (value.asChoice().orElseThrow()) {
      case YES -> BigDecimal.ONE;
      case PARTIAL -> partialCredit;
      default -> BigDecimal.ZERO;
    };
  }

  @Override
  public Ratio exactFraction(RatingValue value) {
    return Ratio.of(fraction(value));
  }

  @Override
  public Optional<Text> label(RatingValue value) {
    requireAllowed(value);
    return Optional.of(
        switch (value.asChoice().orElseThrow()) {
          case YES -> Text.of("มี/ดำเนินการครบ", "Yes");
          case PARTIAL -> Text.of("ดำเนินการบางส่วน", "Partly");
          default -> Text.of("ไม่มี/ไม่ได้ดำเนินการ", "No");
        });
  }

  @Override
  public boolean isLowest(RatingValue value) {
    requireAllowed(value);
    return NO.equals(value.asChoice().orElseThrow());
  }
}
