package io.github.assessmentkit.cqa;

import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.AwardTier;
import io.github.assessmentkit.rubric.Condition;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Metric;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rung;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.util.ArrayList;
import java.util.List;

/** The ladders and the award scheme of the CQA set, as data. */
final class CqaAwards {
  /** The names of the eight scoring bands, lowest first; the three ladders share them. */
  private static final List<Text> BAND_NAMES =
      List.of(
          Text.of("เริ่มต้น", "early beginnings"),
          Text.of("เริ่มเป็นระบบ", "early systematic"),
          Text.of("เป็นระบบในเรื่องพื้นฐาน", "systematic in the basics"),
          Text.of("ได้ผลและใช้ทั่วถึง", "effective and widely used"),
          Text.of("ปรับปรุงด้วยข้อมูลอย่างต่อเนื่อง", "fact-based and improving"),
          Text.of("บูรณาการ ผลลัพธ์ดี", "integrated, with good results"),
          Text.of("เป็นผู้นำในหลายด้าน", "leading in many areas"),
          Text.of("เป็นแบบอย่างของผู้อื่น", "role model"));

  /** The highest value of each band, lowest band first: total points (of 1000). */
  private static final List<Integer> OVERALL_MAXIMA =
      List.of(275, 375, 475, 575, 675, 775, 875, 1000);

  /** The highest value of each band: points of categories 1 to 6 (of 550). */
  private static final List<Integer> PROCESS_MAXIMA =
      List.of(150, 200, 260, 320, 370, 430, 480, 550);

  /** The highest value of each band: points of category 7 (of 450). */
  private static final List<Integer> RESULTS_MAXIMA =
      List.of(125, 170, 210, 255, 300, 345, 390, 450);

  private static final Provenance BANDS_PROVENANCE =
      Provenance.unverified(
          Text.of(
              "ช่วงคะแนนของกรอบ Baldrige Excellence Framework 2023–2024 ตามที่จำได้",
              "Scoring bands of the Baldrige Excellence Framework 2023–2024, as recalled"),
          Text.of(
              "ช่วงคะแนนเหล่านี้นำมาจากกรอบ Baldrige ตามที่จำได้ ยังไม่ได้ตรวจทานกับต้นฉบับ"
                  + " ผู้ดูแลเกณฑ์ควรตรวจสอบก่อนใช้อย่างเป็นทางการ"
                  + " ช่วงคะแนนเขียนเป็นจำนวนเต็ม คะแนนที่มีทศนิยมซึ่งตกอยู่ระหว่างสองช่วง"
                  + " (เช่น 275.50) จัดอยู่ในช่วงที่สูงกว่า"
                  + " เพราะแต่ละช่วงเริ่มเมื่อคะแนนมากกว่าค่าสูงสุดของช่วงก่อนหน้า",
              "These ranges are recalled from the Baldrige framework and have not been checked"
                  + " against a stored copy; verify before official use. The ranges are written"
                  + " in whole points; a score with decimals that falls between two ranges (such"
                  + " as 275.50) belongs to the higher band, because each band starts above the"
                  + " highest value of the band below."));

  private CqaAwards() {}

  static Ladder overallBands() {
    return ladder(
        CqaCriteria.OVERALL_BANDS,
        Text.of("ช่วงคะแนนรวม (เต็ม 1000)", "Overall scoring band (of 1000)"),
        Metric.totalPoints(),
        OVERALL_MAXIMA);
  }

  static Ladder processBands() {
    return ladder(
        CqaCriteria.PROCESS_BANDS,
        Text.of("ช่วงคะแนนกระบวนการ หมวด 1–6 (เต็ม 550)", "Process band, categories 1–6 (of 550)"),
        Metric.points("1", "2", "3", "4", "5", "6"),
        PROCESS_MAXIMA);
  }

  static Ladder resultsBands() {
    return ladder(
        CqaCriteria.RESULTS_BANDS,
        Text.of("ช่วงคะแนนผลลัพธ์ หมวด 7 (เต็ม 450)", "Results band, category 7 (of 450)"),
        Metric.points("7"),
        RESULTS_MAXIMA);
  }

  /**
   * Builds an eight-band ladder, highest first: band {@code n} is reached above the highest value
   * of band {@code n - 1}; band 1 is the bottom.
   */
  private static Ladder ladder(String id, Text title, Metric metric, List<Integer> maxima) {
    List<Rung> rungs = new ArrayList<>();
    for (int band = maxima.size(); band >= 1; band--) {
      int low = band == 1 ? 0 : maxima.get(band - 2) + 1;
      Text name = BAND_NAMES.get(band - 1);
      String range = " (" + low + "–" + maxima.get(band - 1) + ")";
      Text label =
          Text.of(
              "ช่วงที่ " + band + " " + name.get(Language.TH) + range,
              "Band " + band + ", " + name.get(Language.EN) + range);
      rungs.add(
          band == 1
              ? Rung.bottom("band-1", label)
              : Rung.above("band-" + band, label, maxima.get(band - 2)));
    }
    return new Ladder(id, title, metric, rungs, BANDS_PROVENANCE);
  }

  /**
   * The Thailand Quality Award ladder, adopted as the CQA set's default award scheme: tiers checked
   * from the highest down.
   */
  static AwardScheme tqa() {
    Condition customer = theme(Text.of("ด้านลูกค้า", "Customer theme"), "3", "7.2");
    Condition people = theme(Text.of("ด้านบุคลากร", "People theme"), "5", "7.3");
    Condition operation = theme(Text.of("ด้านการปฏิบัติการ", "Operation theme"), "6", "7.1");
    Condition innovation = theme(Text.of("ด้านนวัตกรรม", "Innovation theme"), "6.1", "2", "7.1");
    return new AwardScheme(
        CqaCriteria.AWARD_SCHEME,
        Text.of(
            "ลำดับขั้นรางวัลคุณภาพแห่งชาติ (TQA) ที่ใช้เป็นค่าเริ่มต้น",
            "Thailand Quality Award ladder (default)"),
        List.of(
            new AwardTier(
                CqaCriteria.TIER_GLOBAL_EXCELLENCE,
                Text.of(
                    "รางวัลคุณภาพแห่งชาติ ระดับความเป็นเลิศสากล (TQA Global Excellence)",
                    "TQA Global Excellence"),
                Condition.above(Metric.totalPoints(), 750)),
            new AwardTier(
                CqaCriteria.TIER_TQA,
                Text.of("รางวัลคุณภาพแห่งชาติ (TQA)", "Thailand Quality Award (TQA)"),
                Condition.above(Metric.totalPoints(), 650)),
            new AwardTier(
                CqaCriteria.TIER_TQC_PLUS,
                Text.of(
                    "รางวัลการบริหารสู่ความเป็นเลิศที่มีความโดดเด่นรายด้าน (TQC Plus)",
                    "Thailand Quality Class Plus (TQC Plus)"),
                Condition.allOf(
                    Condition.above(Metric.totalPoints(), 450),
                    Condition.atLeast(Metric.percent("1"), 50),
                    // one theme is enough; each result names its theme
                    Condition.anyOf(customer, people, operation, innovation))),
            new AwardTier(
                CqaCriteria.TIER_TQC,
                Text.of("รางวัลการบริหารสู่ความเป็นเลิศ (TQC)", "Thailand Quality Class (TQC)"),
                Condition.above(Metric.totalPoints(), 350))),
        Provenance.verified(
            Text.of(
                "รางวัลคุณภาพแห่งชาติ (tqa.or.th หน้า ประเภทและจำนวนรางวัล)",
                "Thailand Quality Award (tqa.or.th, types and number of awards)"),
            Text.of(
                "ลำดับขั้นและเงื่อนไข รวมทั้งเงื่อนไข TQC Plus ตรวจกับเว็บไซต์ TQA แล้ว"
                    + " แต่เป็นกฎของรางวัล TQA ที่นำมาใช้ ไม่ใช่กฎของ CQA"
                    + " เพราะไม่พบเกณฑ์รางวัลเฉพาะของ CQA ผู้ดูแลเกณฑ์ปรับค่าได้"
                    + " เว็บไซต์ TQA ปัจจุบันอาจระบุด้านที่ห้าของ TQC Plus"
                    + " ซึ่งไม่มีในแหล่งข้อมูลที่ใช้ จึงยังไม่ได้ใส่ไว้ (ยังไม่ได้ตรวจสอบ)",
                "The tiers and their conditions, TQC Plus included, were checked against the TQA"
                    + " site, but they are the Thailand Quality Award's rules adopted here, not a"
                    + " CQA rule: no CQA-specific thresholds were found, and maintainers may change"
                    + " them. The TQA site may now list a fifth TQC Plus theme that is not in our"
                    + " sources; it is not modelled (unverified).")));
  }

  /** A TQC Plus theme: every listed category or item at 50 % or more, under the theme's name. */
  private static Condition theme(Text name, String... criterionIds) {
    List<Condition> parts = new ArrayList<>();
    for (String id : criterionIds) {
      parts.add(Condition.atLeast(Metric.percent(id), 50));
    }
    return Condition.named(name, new Condition.AllOf(parts));
  }
}
