package io.github.assessmentkit.cqa;

import io.github.assessmentkit.history.HistoryRules;
import io.github.assessmentkit.history.Plaque;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;

/**
 * The default thresholds for reading the history of the three shipped assessment sets across fiscal
 * years ({@link HistoryRules}): what fall is flagged, when a series has a direction, how long a
 * streak of improvement is, and which plaque is watched. Every figure here is this library's
 * choice, not an official one, and each rules value says so in its provenance; docs/sources.md in
 * the repository lists them.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>set</th><th>fall flagged</th><th>coverage fall</th><th>direction</th>
 *       <th>streak</th><th>plaque</th></tr>
 *   <tr><td>{@code coop-governance}</td><td>10 points</td><td>5 points</td>
 *       <td>3 years, steady within 1 point a year</td><td>3 rises</td>
 *       <td>the provincial plaque</td></tr>
 *   <tr><td>{@code internal-control}</td><td>15 points</td><td>5 points</td>
 *       <td>3 years, steady within 1 point a year</td><td>3 rises</td><td>none</td></tr>
 *   <tr><td>{@code cqa}</td><td>10 points</td><td>5 points</td>
 *       <td>3 years, steady within 1 point a year</td><td>3 rises</td><td>none</td></tr>
 * </table>
 *
 * <p>Why these: a fall of one level's width is flagged, the width of the set's own ladder (10
 * points between the governance levels 90 / 80 / 70 / 60; 15 between the internal-control ratings
 * 85 / 70; 10 for the CQA, two steps of 5 on an item's band scale); coverage falling by 5 points is
 * two of the 35 governance indicators, or one of the 17 CQA items or internal-control principles
 * (5.88 points each). The CQA's award ladder is flagged by the award rule itself; the governance
 * plaque, an award scheme of its set, is watched as a plaque.
 *
 * <p>Thread-safe: every value is immutable.
 */
public final class CqaHistoryRules {
  private CqaHistoryRules() {}

  private static Provenance ours(String why, String whyTh) {
    return Provenance.unverified(
        Text.of("ทางเลือกของ AssessmentKit", "AssessmentKit's choice"),
        Text.of(
            "ค่าเหล่านี้เป็นทางเลือกของไลบรารี ไม่ใช่ตัวเลขทางการ: " + whyTh,
            "These thresholds are this library's choice, not official figures: " + why));
  }

  /** {@return the defaults for {@code coop-governance}, watching the provincial plaque} */
  public static HistoryRules governance() {
    return HistoryRules.defaults(GovernanceCriteria.ID)
        .withNodeDrop(BigDecimal.TEN)
        .withPlaques(
            List.of(
                Plaque.award(
                    GovernanceCriteria.PLAQUE,
                    Text.of("โล่ธรรมาภิบาลดีเด่นระดับจังหวัด", "Provincial governance plaque"),
                    GovernanceCriteria.PLAQUE,
                    GovernanceCriteria.PLAQUE_GRANTED)))
        .withProvenance(
            ours(
                "a fall of 10 points is the width of one governance level (90 / 80 / 70 / 60).",
                "การลดลง 10 จุดเท่ากับช่วงของระดับธรรมาภิบาลหนึ่งระดับ (90 / 80 / 70 / 60)"));
  }

  /** {@return the defaults for {@code internal-control}} */
  public static HistoryRules internalControl() {
    return HistoryRules.defaults(InternalControlCriteria.ID)
        .withNodeDrop(BigDecimal.valueOf(15))
        .withProvenance(
            ours(
                "a fall of 15 points is the width of one rating (85 / 70).",
                "การลดลง 15 จุดเท่ากับช่วงของระดับการควบคุมภายในหนึ่งระดับ (85 / 70)"));
  }

  /** {@return the defaults for {@code cqa}} */
  public static HistoryRules cqa() {
    return HistoryRules.defaults(CqaCriteria.ID)
        .withNodeDrop(BigDecimal.TEN)
        .withProvenance(
            ours(
                "a fall of 10 points is two steps of an item's band scale.",
                "การลดลง 10 จุดเท่ากับสองขั้นของแถบคะแนนของหัวข้อ"));
  }
}
