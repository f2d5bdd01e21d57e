package io.github.assessmentkit.results.internal;

import io.github.assessmentkit.assessment.Measure;
import io.github.assessmentkit.results.DimensionEvidence;
import io.github.assessmentkit.results.LetciDimension;
import io.github.assessmentkit.results.LetciReading;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The bilingual messages of results suggested from KPI data: the evidence of each LeTCI dimension,
 * what the next band needs and what does not fit. See {@link
 * io.github.assessmentkit.internal.Messages} for the rules every message follows.
 */
public final class ResultsMessages {
  private ResultsMessages() {}

  /**
   * @param indicatorId the indicator
   * @return "the rubric has no indicator 7.9a"
   */
  public static Text noSuchIndicator(String indicatorId) {
    return Text.of(
        "เกณฑ์ไม่มีตัวชี้วัด " + indicatorId, "the rubric has no indicator " + indicatorId);
  }

  /**
   * @param indicatorId the indicator
   * @return "indicator 1.1 is not on a band scale, so no LeTCI band can be suggested for it"
   */
  public static Text notOnABandScale(String indicatorId) {
    return Text.of(
        "ตัวชี้วัด " + indicatorId + " ไม่ได้ใช้มาตรวัดแบบช่วงคะแนน จึงเสนอช่วงคะแนน LeTCI ไม่ได้",
        "indicator "
            + indicatorId
            + " is not on a band scale, so no LeTCI band can be suggested for it");
  }

  /**
   * @param code the dimension
   * @param band the band
   * @param good the good measures
   * @param strong the strong measures
   * @param measures the measures
   * @return "dimension T: band 0 with 2 good and 3 strong of 2 measures does not fit"
   */
  public static Text countsDoNotFit(String code, int band, int good, int strong, int measures) {
    String what =
        code + ": band " + band + ", " + good + " good, " + strong + " strong, of " + measures;
    return Text.of(
        "จำนวนของมิติ "
            + what
            + " ไม่สอดคล้องกัน (ต้องเป็น 0 ≤ strong ≤ good ≤ measures, measures ≥ 1, band ≥ 1)",
        "the counts of dimension "
            + what
            + " do not fit (0 ≤ strong ≤ good ≤ measures, measures ≥ 1, band ≥ 1)");
  }

  /**
   * @param indicatorId the indicator
   * @param band the band
   * @param percent the percent
   * @return "the suggestion for 7.1a (band 0, 50 %) needs a measure, a band from 1, a percent from
   *     0 to 100 and the four dimensions in order"
   */
  public static Text suggestionDoesNotFit(String indicatorId, int band, int percent) {
    return Text.of(
        "ข้อเสนอสำหรับ "
            + indicatorId
            + " (ช่วงคะแนนที่ "
            + band
            + ", ร้อยละ "
            + percent
            + ") ต้องมีตัวชี้วัดอย่างน้อยหนึ่งตัว ช่วงคะแนนตั้งแต่ 1 ร้อยละ 0 ถึง 100 และครบสี่มิติตามลำดับ",
        "the suggestion for "
            + indicatorId
            + " (band "
            + band
            + ", "
            + percent
            + " %) needs a measure, a band from 1, a percent from 0 to 100 and the four"
            + " dimensions in order");
  }

  /**
   * @param indicatorId the indicator
   * @param band the band
   * @param percent its lowest percent
   * @param dimensions the dimensions' evidence
   * @return "7.1a: band 4 suggested (50 %): Le 5, T 4, C 4, I 5"
   */
  public static Text suggested(
      String indicatorId, int band, int percent, List<DimensionEvidence> dimensions) {
    StringBuilder each = new StringBuilder();
    for (DimensionEvidence d : dimensions) {
      each.append(each.length() == 0 ? "" : ", ")
          .append(d.dimension().code())
          .append(' ')
          .append(d.band());
    }
    return Text.of(
        indicatorId + ": เสนอช่วงคะแนนที่ " + band + " (ร้อยละ " + percent + "): " + each,
        indicatorId + ": band " + band + " suggested (" + percent + " %): " + each);
  }

  private static Text goodPhrase(LetciDimension d) {
    return switch (d) {
      case LEVELS -> Text.of("ถึงหรือดีกว่าเป้าหมาย", "at or beyond its target");
      case TRENDS ->
          Text.of(
              "ดีขึ้นต่อเนื่อง "
                  + LetciReading.TREND_STREAK
                  + " ช่วงล่าสุด (อย่างน้อย "
                  + LetciReading.TREND_POINTS
                  + " จุดข้อมูล)",
              "improving over the last "
                  + LetciReading.TREND_STREAK
                  + " periods (at least "
                  + LetciReading.TREND_POINTS
                  + " points)");
      case COMPARISONS ->
          Text.of(
              "ถึงหรือดีกว่าค่าเปรียบเทียบอย่างน้อยหนึ่งค่า",
              "at or beyond at least one comparison");
      case INTEGRATION ->
          Text.of("เชื่อมโยงกับความต้องการหลักของสหกรณ์", "linked to a key requirement");
    };
  }

  private static Text strongPhrase(LetciDimension d) {
    return switch (d) {
      case LEVELS ->
          Text.of(
              "ถึงเป้าหมายและถึงหรือดีกว่าค่าเปรียบเทียบทุกค่า",
              "at or beyond its target and every comparison");
      case TRENDS ->
          Text.of(
              "ดีขึ้นต่อเนื่อง "
                  + LetciReading.SUSTAINED_STREAK
                  + " ช่วงล่าสุด (อย่างน้อย 5 จุดข้อมูล)",
              "improving over the last "
                  + LetciReading.SUSTAINED_STREAK
                  + " periods (at least five points)");
      case COMPARISONS ->
          Text.of("ถึงหรือดีกว่าค่าเปรียบเทียบทุกค่า", "at or beyond every comparison");
      case INTEGRATION ->
          Text.of(
              "เชื่อมโยงกับความต้องการหลักและมีข้อมูลอย่างน้อย "
                  + LetciReading.TREND_POINTS
                  + " จุดสำหรับคาดการณ์",
              "linked to a key requirement with at least "
                  + LetciReading.TREND_POINTS
                  + " points to project from");
    };
  }

  /**
   * @param d the dimension
   * @param nextBand the band above the one it supports
   * @param more how many more measures it needs
   * @param strong whether they must be strong rather than good
   * @return "Trends: band 5 needs 1 more measure improving over the last 4 periods (at least five
   *     points)"
   */
  public static Text dimensionToNext(LetciDimension d, int nextBand, int more, boolean strong) {
    Text phrase = strong ? strongPhrase(d) : goodPhrase(d);
    return Text.of(
        d.label().get(Language.TH)
            + ": ช่วงคะแนนที่ "
            + nextBand
            + " ต้องมีตัวชี้วัดที่"
            + phrase.get(Language.TH)
            + " เพิ่มอีก "
            + more
            + " ตัว",
        d.label().get(Language.EN)
            + ": band "
            + nextBand
            + " needs "
            + more
            + " more measure"
            + (more == 1 ? "" : "s")
            + " "
            + phrase.get(Language.EN));
  }

  /**
   * @param d the dimension
   * @param good the good measures
   * @param strong the strong measures
   * @param measures the measures read
   * @return "2 of 2 measures at or beyond its target, 1 at or beyond its target and every
   *     comparison (savings 6.2, target 5; members 81, target 80)"
   */
  public static Text evidence(LetciDimension d, int good, int strong, List<Measure> measures) {
    StringBuilder th = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (Measure m : measures) {
      th.append(th.length() == 0 ? "" : "; ");
      en.append(en.length() == 0 ? "" : "; ");
      String latest = m.latest().orElseThrow().value().toPlainString();
      switch (d) {
        case LEVELS -> {
          BigDecimal target = m.target();
          th.append(m.id()).append(' ').append(latest);
          en.append(m.id()).append(' ').append(latest);
          if (target == null) {
            th.append(" ไม่มีเป้าหมาย");
            en.append(", no target");
          } else {
            th.append(" เป้าหมาย ").append(target.toPlainString());
            en.append(", target ").append(target.toPlainString());
          }
        }
        case TRENDS -> {
          int streak = LetciReading.improvingStreak(m);
          int points = m.series().size();
          th.append(m.id())
              .append(" ดีขึ้นต่อเนื่อง ")
              .append(streak)
              .append(" ช่วง จาก ")
              .append(points)
              .append(" จุด");
          en.append(m.id())
              .append(' ')
              .append(streak)
              .append(streak == 1 ? " period" : " periods")
              .append(" of improvement in ")
              .append(points)
              .append(points == 1 ? " point" : " points");
        }
        case COMPARISONS -> {
          int matched = LetciReading.comparisonsMatched(m);
          int of = m.comparisons().size();
          th.append(m.id())
              .append(" ถึงหรือดีกว่า ")
              .append(matched)
              .append(" จาก ")
              .append(of)
              .append(" ค่าเปรียบเทียบ");
          en.append(m.id())
              .append(" at or beyond ")
              .append(matched)
              .append(" of ")
              .append(of)
              .append(of == 1 ? " comparison" : " comparisons");
        }
        case INTEGRATION -> {
          if (m.requirements().isEmpty()) {
            th.append(m.id()).append(" ไม่ได้เชื่อมโยงกับความต้องการหลัก");
            en.append(m.id()).append(" not linked to a key requirement");
          } else {
            String reqs = String.join(", ", m.requirements());
            th.append(m.id()).append(" เชื่อมโยงกับ ").append(reqs);
            en.append(m.id()).append(" linked to ").append(reqs);
          }
        }
      }
    }
    int n = measures.size();
    return Text.of(
        good
            + " จาก "
            + n
            + " ตัวชี้วัด"
            + goodPhrase(d).get(Language.TH)
            + " "
            + strong
            + " ตัว"
            + strongPhrase(d).get(Language.TH)
            + " ("
            + th
            + ")",
        good
            + " of "
            + n
            + (n == 1 ? " measure " : " measures ")
            + goodPhrase(d).get(Language.EN)
            + ", "
            + strong
            + " "
            + strongPhrase(d).get(Language.EN)
            + " ("
            + en
            + ")");
  }

  /**
   * @param nextBand the band above the one suggested
   * @param supporting how many dimensions support it already
   * @param below the dimensions that do not, each with a next band to reach
   * @return "band 5 needs 3 of the 4 dimensions at band 5 or above; 2 are: Trends: band 5 needs …;
   *     Comparisons: band 5 needs …"
   */
  public static Text missing(int nextBand, int supporting, List<DimensionEvidence> below) {
    StringBuilder th = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (DimensionEvidence e : below) {
      // a dimension below the suggested band (at most 5) always has a next band to reach
      Text next = Objects.requireNonNull(e.toNext());
      th.append("; ").append(next.get(Language.TH));
      en.append("; ").append(next.get(Language.EN));
    }
    int need = LetciReading.DIMENSIONS_FOR_A_BAND;
    return Text.of(
        "ช่วงคะแนนที่ "
            + nextBand
            + " ต้องมีอย่างน้อย "
            + need
            + " ใน 4 มิติถึงช่วงคะแนนที่ "
            + nextBand
            + " ขณะนี้มี "
            + supporting
            + " มิติ"
            + th,
        "band "
            + nextBand
            + " needs "
            + need
            + " of the 4 dimensions at band "
            + nextBand
            + " or above; "
            + supporting
            + (supporting == 1 ? " is" : " are")
            + en);
  }
}
