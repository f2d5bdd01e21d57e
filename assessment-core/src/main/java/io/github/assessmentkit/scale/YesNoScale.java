package io.github.assessmentkit.scale;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.internal.ScaleMessages;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A plain pass/fail answer: {@code yes} earns all the points and {@code no} none; there is no
 * partial answer. For a requirement that is met or not, where {@link YesPartialNoScale} would
 * accept {@code partial}.
 *
 * <pre>{@code
 * Indicator audited = Indicator.of("A1", Text.en("Accounts audited on time"), YesNoScale.STANDARD);
 * }</pre>
 *
 * <p>Immutable and thread-safe; every instance equals {@link #STANDARD}.
 */
public record YesNoScale() implements Scale {
  /** The code for a met requirement. */
  public static final String YES = "yes";

  /** The code for an unmet requirement. */
  public static final String NO = "no";

  /** The scale. */
  public static final YesNoScale STANDARD = new YesNoScale();

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitYesNo(this);
  }

  @Override
  public String type() {
    return "yes-no";
  }

  @Override
  public Optional<Text> reject(RatingValue value) {
    Optional<String> code = value.asChoice();
    if (code.isPresent() && (YES.equals(code.get()) || NO.equals(code.get()))) {
      return Optional.empty();
    }
    return Optional.of(ScaleMessages.notYesOrNo(value.toString()));
  }

  @Override
  public BigDecimal fraction(RatingValue value) {
    requireAllowed(value);
    return YES.equals(value.asChoice().orElseThrow()) ? BigDecimal.ONE : BigDecimal.ZERO;
  }

  @Override
  public Ratio exactFraction(RatingValue value) {
    return Ratio.of(fraction(value));
  }

  @Override
  public Optional<Text> label(RatingValue value) {
    requireAllowed(value);
    return Optional.of(
        YES.equals(value.asChoice().orElseThrow())
            ? Text.of("ใช่/ผ่าน", "Yes")
            : Text.of("ไม่ใช่/ไม่ผ่าน", "No"));
  }

  @Override
  public boolean isLowest(RatingValue value) {
    requireAllowed(value);
    return NO.equals(value.asChoice().orElseThrow());
  }
}
