package io.github.assessmentkit.report.internal;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.report.spi.ReportLanguage;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the templates and the charts need to show a text or a number in the languages chosen.
 *
 * @param language the languages chosen
 */
public record Ui(ReportLanguage language) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** {@return the code of the document's language, for the {@code lang} of {@code <html>}} */
  public String htmlLang() {
    return code(language.primary());
  }

  /** {@return "both" when Thai and English are written side by side, else "one"} */
  public String mode() {
    return language == ReportLanguage.BOTH ? "both" : "one";
  }

  /**
   * Returns the parts of a text to show, each with its language: one part in one language, two
   * parts (Thai, then English) side by side when both are chosen and the text has both. A text
   * missing the language chosen shows the other, marked as that language.
   *
   * @param text the text
   * @return the parts, never empty
   */
  public List<Piece> pieces(Text text) {
    List<Piece> out = new ArrayList<>();
    for (Language wanted : language.languages()) {
      String value = wanted == Language.TH ? text.th() : text.en();
      if (value != null) {
        out.add(new Piece(code(wanted), value));
      }
    }
    if (out.isEmpty()) {
      Language other = language.primary().other();
      out.add(new Piece(code(other), text.get(other)));
    } else if (out.size() == 2 && out.get(0).value().equals(out.get(1).value())) {
      out.remove(1);
    }
    return out;
  }

  /**
   * Returns the parts of a label written in both languages.
   *
   * @param thai the Thai
   * @param english the English
   * @return the parts to show
   */
  public List<Piece> pieces(String thai, String english) {
    return pieces(Text.of(thai, english));
  }

  /**
   * Returns a text as one plain string in the languages chosen, joined by " / ", for places that
   * hold only plain text (an SVG title, a Markdown cell, a CSV cell).
   *
   * @param text the text
   * @return the string, not escaped
   */
  public String plain(@Nullable Text text) {
    if (text == null) {
      return "";
    }
    return pieces(text).stream().map(Piece::value).collect(Collectors.joining(" / "));
  }

  /**
   * Returns a label as one plain string in the languages chosen.
   *
   * @param thai the Thai
   * @param english the English
   * @return the string, not escaped
   */
  public String plain(String thai, String english) {
    return plain(Text.of(thai, english));
  }

  /**
   * Writes a decimal as it is, without exponent.
   *
   * @param value the value, or null
   * @return the value, or "—" when null
   */
  public String num(@Nullable BigDecimal value) {
    return value == null ? "—" : value.toPlainString();
  }

  /**
   * Writes a point value without trailing zeros (a maximum of 100.00 shows as 100).
   *
   * @param value the value
   * @return the value
   */
  public String points(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /**
   * Writes an exact fraction as a percent, rounded half-even to two places.
   *
   * @param fraction the fraction, or null
   * @return for example "62.50", or "—" when null
   */
  public String percent(@Nullable Ratio fraction) {
    return fraction == null ? "—" : fraction.times(100).round(2).toPlainString();
  }

  /**
   * Writes an exact value rounded half-even to two places.
   *
   * @param value the value
   * @return for example "712.50"
   */
  public String exact(Ratio value) {
    return value.round(2).toPlainString();
  }

  /**
   * Returns a percent as a share of 100, for the width of a bar, clamped to 0–100.
   *
   * @param percent the percent
   * @return the share, 0 to 1
   */
  static double share(BigDecimal percent) {
    BigDecimal clamped = percent.max(BigDecimal.ZERO).min(HUNDRED);
    return clamped.doubleValue() / 100.0;
  }

  private static String code(Language language) {
    return language.name().toLowerCase(Locale.ROOT);
  }
}
