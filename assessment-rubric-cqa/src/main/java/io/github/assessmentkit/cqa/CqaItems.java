package io.github.assessmentkit.cqa;

import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionBuilder;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.text.Text;

/**
 * The shapes every CQA category and item share: a category holds items with fixed points; an item
 * holds one band-scale indicator with the item's own id, which the examiner rates with a
 * percentage, and its areas to address.
 */
final class CqaItems {
  private CqaItems() {}

  /** A category: process (1 to 6) or results (7). */
  static CriterionBuilder category(String id, Text title, int points, CriterionKind kind) {
    return Criterion.builder(id, title).kind(kind).points(points);
  }

  /** A process item (categories 1 to 6), rated on ADLI. */
  static CriterionBuilder process(String id, Text title, int points) {
    Text question =
        Text.of(
            "หัวข้อ "
                + id
                + ": เลือกช่วงคะแนนที่ตรงกับแนวทาง การนำไปปฏิบัติ การเรียนรู้ และการบูรณาการ (ADLI)"
                + " ของสหกรณ์มากที่สุด แล้วเลือกร้อยละในช่วงนั้น",
            "Item "
                + id
                + ": pick the band that best fits the cooperative's approach, deployment, learning"
                + " and integration (ADLI), then a percentage within it");
    return Criterion.builder(id, title)
        .kind(CriterionKind.PROCESS)
        .points(points)
        .indicator(Indicator.of(id, question, CqaScales.ADLI));
  }

  /** A results item (category 7), rated on LeTCI. */
  static CriterionBuilder results(String id, Text title, int points) {
    Text question =
        Text.of(
            "หัวข้อ "
                + id
                + ": เลือกช่วงคะแนนที่ตรงกับระดับ แนวโน้ม การเปรียบเทียบ และการบูรณาการ (LeTCI)"
                + " ของผลลัพธ์มากที่สุด แล้วเลือกร้อยละในช่วงนั้น",
            "Item "
                + id
                + ": pick the band that best fits the levels, trends, comparisons and integration"
                + " (LeTCI) of the results, then a percentage within it");
    return Criterion.builder(id, title)
        .kind(CriterionKind.RESULTS)
        .points(points)
        .indicator(Indicator.of(id, question, CqaScales.LETCI));
  }
}
