package io.github.assessmentkit.results;

import io.github.assessmentkit.text.Text;

/**
 * The four dimensions results are judged on, with the codes the LeTCI band scales give them.
 * Thread-safe: an enum.
 */
public enum LetciDimension {
  /** Levels: the latest values against their targets and comparisons. */
  LEVELS("Le", "ระดับผลการดำเนินงาน", "Levels"),
  /** Trends: how many periods in a row the values improved. */
  TRENDS("T", "แนวโน้ม", "Trends"),
  /** Comparisons: the latest values against the comparison values present. */
  COMPARISONS("C", "การเปรียบเทียบ", "Comparisons"),
  /** Integration: whether the measures are linked to the organisation's key requirements. */
  INTEGRATION("I", "การบูรณาการ", "Integration");

  private final String code;
  private final Text label;

  LetciDimension(String code, String th, String en) {
    this.code = code;
    this.label = Text.of(th, en);
  }

  /** {@return the dimension's code on a LeTCI band scale: Le, T, C or I} */
  public String code() {
    return code;
  }

  /** {@return the dimension's name in Thai and English} */
  public Text label() {
    return label;
  }
}
