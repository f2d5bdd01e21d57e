package io.github.assessmentkit.cqa;

import io.github.assessmentkit.scale.Band;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.Dimension;
import io.github.assessmentkit.text.Text;
import java.util.List;
import java.util.Map;

/**
 * The two band scales of the CQA criteria set: {@link #ADLI} for the process items of categories 1
 * to 6 and {@link #LETCI} for the results items of category 7. Each has six bands with the
 * percentages an examiner may choose in them (0, 5 | 10 to 25 | 30 to 45 | 50 to 65 | 70 to 85 | 90
 * to 100, in steps of 5) and a descriptor per dimension, in Thai and English.
 *
 * <p>The bands and their steps follow the Baldrige scoring guidelines as used by the Thailand
 * Quality Award family; the descriptors are written for cooperatives and farmer groups.
 *
 * <pre>{@code
 * Indicator item = Indicator.of("3.1", Text.en("Voice of the member"), CqaScales.ADLI);
 * CqaScales.ADLI.bandOf(55).orElseThrow().number(); // 4
 * }</pre>
 *
 * <p>Thread-safe: immutable constants.
 */
public final class CqaScales {

  /**
   * Approach, Deployment, Learning, Integration: the scale of process items (categories 1 to 6).
   */
  public static final BandScale ADLI =
      new BandScale(
          Text.of("ADLI (หัวข้อกระบวนการ หมวด 1–6)", "ADLI (process items, categories 1–6)"),
          List.of(
              new Dimension("A", Text.of("แนวทาง", "Approach")),
              new Dimension("D", Text.of("การนำไปปฏิบัติ", "Deployment")),
              new Dimension("L", Text.of("การเรียนรู้", "Learning")),
              new Dimension("I", Text.of("การบูรณาการ", "Integration"))),
          List.of(
              band(
                  1,
                  List.of(0, 5),
                  Text.of(
                      "ยังไม่มีวิธีทำงานที่เป็นระบบ แก้ปัญหาไปตามที่เกิดขึ้น",
                      "No systematic method yet; work reacts to problems as they arise."),
                  Map.of(
                      "A",
                      Text.of(
                          "ไม่มีวิธีทำงานที่เป็นระบบ มีเพียงคำบอกเล่าหรือตัวอย่างเป็นครั้งคราว",
                          "No systematic method is shown; only stories or one-off examples."),
                      "D",
                      Text.of(
                          "แทบไม่มีการนำวิธีใดไปใช้ในฝ่ายหรือบริการต่าง ๆ",
                          "Hardly any method is in use across units or services."),
                      "L",
                      Text.of(
                          "ปรับปรุงเฉพาะเมื่อเกิดปัญหาแล้ว ไม่มีการทบทวนอย่างสม่ำเสมอ",
                          "Changes happen only after something goes wrong; nothing is reviewed regularly."),
                      "I",
                      Text.of(
                          "แต่ละฝ่ายต่างคนต่างทำ ไม่เชื่อมโยงกับเป้าหมายของสหกรณ์",
                          "Each unit works on its own, with no link to the cooperative's goals."))),
              band(
                  2,
                  List.of(10, 15, 20, 25),
                  Text.of(
                      "เริ่มมีวิธีทำงานที่เป็นระบบในเรื่องพื้นฐาน",
                      "A systematic method is starting to take shape for the basics."),
                  Map.of(
                      "A",
                      Text.of(
                          "เริ่มมีวิธีทำงานที่เป็นระบบสำหรับข้อกำหนดพื้นฐานของหัวข้อ",
                          "A systematic method is beginning to cover the item's basic requirements."),
                      "D",
                      Text.of(
                          "เพิ่งเริ่มนำไปใช้ หลายฝ่ายยังไม่ได้เริ่ม จึงเห็นผลได้น้อย",
                          "Use has only just begun; many units have not started, so progress is slow."),
                      "L",
                      Text.of(
                          "เริ่มขยับจากการแก้ปัญหาเฉพาะหน้าไปสู่การปรับปรุงทั่วไป",
                          "First moves from fixing problems towards general improvement."),
                      "I",
                      Text.of(
                          "เชื่อมโยงกับฝ่ายอื่นบ้าง ส่วนใหญ่ผ่านการร่วมกันแก้ปัญหา",
                          "Some links with other units, mostly through solving problems together."))),
              band(
                  3,
                  List.of(30, 35, 40, 45),
                  Text.of(
                      "มีวิธีทำงานที่เป็นระบบและได้ผลในเรื่องพื้นฐาน และกำลังขยายการใช้",
                      "An effective, systematic method covers the basics and is being rolled out."),
                  Map.of(
                      "A",
                      Text.of(
                          "มีวิธีทำงานที่เป็นระบบและได้ผล ครอบคลุมข้อกำหนดพื้นฐานของหัวข้อ",
                          "An effective, systematic method meets the item's basic requirements."),
                      "D",
                      Text.of(
                          "นำไปใช้แล้วในส่วนใหญ่ แม้บางฝ่ายยังอยู่ในช่วงเริ่มต้น",
                          "The method is in use in most places, though some units are just starting."),
                      "L",
                      Text.of(
                          "เริ่มประเมินและปรับปรุงกระบวนการสำคัญอย่างเป็นระบบ",
                          "Systematic review and improvement of key processes has begun."),
                      "I",
                      Text.of(
                          "เริ่มสอดคล้องกับความต้องการพื้นฐานที่ระบุในลักษณะองค์กรและหมวดอื่น",
                          "Early alignment with the basic needs named in the profile and other categories."))),
              band(
                  4,
                  List.of(50, 55, 60, 65),
                  Text.of(
                      "วิธีทำงานตอบข้อกำหนดโดยรวม ใช้ทั่วถึง และปรับปรุงด้วยข้อมูลจริง",
                      "Methods meet the overall requirements, are widely used and improved on facts."),
                  Map.of(
                      "A",
                      Text.of(
                          "มีวิธีทำงานที่เป็นระบบและได้ผล ตอบข้อกำหนดโดยรวมของหัวข้อ",
                          "An effective, systematic method meets the item's overall requirements."),
                      "D",
                      Text.of(
                          "ใช้อย่างทั่วถึง แม้บางฝ่ายหรือบางบริการอาจยังทำได้ไม่เท่ากัน",
                          "Widely used, although use may still vary between units or services."),
                      "L",
                      Text.of(
                          "ประเมินและปรับปรุงอย่างเป็นระบบโดยอาศัยข้อมูล และเริ่มแบ่งปันบทเรียนระหว่างฝ่าย",
                          "Fact-based, systematic review and improvement, with some sharing of lessons between units."),
                      "I",
                      Text.of(
                          "สอดคล้องกับความต้องการของสหกรณ์ที่ระบุในลักษณะองค์กรและหมวดอื่น",
                          "Aligned with the needs named in the profile and the other categories."))),
              band(
                  5,
                  List.of(70, 75, 80, 85),
                  Text.of(
                      "ตอบข้อกำหนดหลายด้าน ไม่มีช่องว่างสำคัญ มีนวัตกรรม และบูรณาการ",
                      "Meets multiple requirements with no major gaps; innovative and integrated."),
                  Map.of(
                      "A",
                      Text.of(
                          "วิธีทำงานได้ผลและตอบข้อกำหนดหลายด้านของหัวข้อ",
                          "An effective method meets the item's multiple requirements."),
                      "D",
                      Text.of(
                          "ใช้ทั่วทั้งสหกรณ์ ไม่มีช่องว่างที่สำคัญ",
                          "In use across the cooperative with no significant gaps."),
                      "L",
                      Text.of(
                          "การวิเคราะห์ข้อมูล การเรียนรู้ และนวัตกรรมเป็นเครื่องมือหลักในการปรับปรุงและแบ่งปันผล",
                          "Analysis, learning and innovation are the main tools for improvement, and results are shared."),
                      "I",
                      Text.of(
                          "บูรณาการกับความต้องการปัจจุบันและอนาคตของสหกรณ์",
                          "Integrated with the cooperative's current and future needs."))),
              band(
                  6,
                  List.of(90, 95, 100),
                  Text.of(
                      "ตอบครบทุกข้อกำหนด ใช้เต็มที่ สร้างนวัตกรรม บูรณาการ และเป็นแบบอย่างให้ผู้อื่น",
                      "Fully meets all requirements; fully used, innovative, integrated and a model for others."),
                  Map.of(
                      "A",
                      Text.of(
                          "วิธีทำงานได้ผลและตอบข้อกำหนดทุกด้านของหัวข้ออย่างครบถ้วน",
                          "An effective method fully meets every requirement of the item."),
                      "D",
                      Text.of(
                          "ใช้เต็มที่ทุกฝ่ายทุกบริการ โดยไม่มีจุดอ่อนหรือช่องว่างที่สำคัญ",
                          "Fully used in every unit and service, without significant weaknesses or gaps."),
                      "L",
                      Text.of(
                          "การเรียนรู้และนวัตกรรมเป็นเรื่องปกติ สหกรณ์และกลุ่มเกษตรกรอื่นมาเรียนรู้เป็นแบบอย่าง",
                          "Learning and innovation are routine; other cooperatives and farmer groups come to learn from it."),
                      "I",
                      Text.of(
                          "บูรณาการอย่างสมบูรณ์กับความต้องการปัจจุบันและอนาคตของสหกรณ์",
                          "Fully integrated with the cooperative's current and future needs.")))));

  /** Levels, Trends, Comparisons, Integration: the scale of results items (category 7). */
  public static final BandScale LETCI =
      new BandScale(
          Text.of("LeTCI (หัวข้อผลลัพธ์ หมวด 7)", "LeTCI (results items, category 7)"),
          List.of(
              new Dimension("Le", Text.of("ระดับผลการดำเนินงาน", "Levels")),
              new Dimension("T", Text.of("แนวโน้ม", "Trends")),
              new Dimension("C", Text.of("การเปรียบเทียบ", "Comparisons")),
              new Dimension("I", Text.of("การบูรณาการ", "Integration"))),
          List.of(
              band(
                  1,
                  List.of(0, 5),
                  Text.of(
                      "ไม่มีผลลัพธ์ที่รายงาน หรือผลลัพธ์อยู่ในระดับต่ำ",
                      "No results reported, or results are poor."),
                  Map.of(
                      "Le",
                      Text.of(
                          "ไม่มีผลลัพธ์ หรือผลลัพธ์ที่มีอยู่ในระดับต่ำ",
                          "No results are shown, or the results shown are poor."),
                      "T",
                      Text.of(
                          "ไม่มีข้อมูลแนวโน้ม หรือแนวโน้มส่วนใหญ่แย่ลง",
                          "No trend data, or most trends are getting worse."),
                      "C",
                      Text.of("ไม่มีข้อมูลเปรียบเทียบ", "No comparative data."),
                      "I",
                      Text.of(
                          "ไม่มีผลลัพธ์ในเรื่องที่สำคัญต่อพันธกิจของสหกรณ์",
                          "No results for areas that matter to the cooperative's mission."))),
              band(
                  2,
                  List.of(10, 15, 20, 25),
                  Text.of("มีผลลัพธ์บ้าง เพิ่งเริ่มเก็บ", "A few early results."),
                  Map.of(
                      "Le",
                      Text.of(
                          "มีผลลัพธ์ไม่กี่ตัว บางตัวอยู่ในระดับดี",
                          "A few results, some at good levels."),
                      "T",
                      Text.of(
                          "มีข้อมูลแนวโน้มน้อย บางตัวเริ่มดีขึ้น",
                          "Little trend data; some results are improving."),
                      "C",
                      Text.of(
                          "มีข้อมูลเปรียบเทียบน้อยหรือไม่มีเลย", "Little or no comparative data."),
                      "I",
                      Text.of(
                          "มีผลลัพธ์ในเรื่องสำคัญต่อสมาชิกหรือกลยุทธ์เพียงไม่กี่เรื่อง",
                          "Results cover only a few areas important to members or strategy."))),
              band(
                  3,
                  List.of(30, 35, 40, 45),
                  Text.of(
                      "ผลลัพธ์ดีในหลายเรื่อง และเริ่มเห็นแนวโน้ม",
                      "Good results in many areas, with some trends."),
                  Map.of(
                      "Le",
                      Text.of(
                          "ผลลัพธ์อยู่ในระดับดีในหลายเรื่องของหัวข้อ",
                          "Good levels in many areas of the item."),
                      "T",
                      Text.of(
                          "เริ่มเห็นแนวโน้มที่ดีขึ้นในผลลัพธ์บางเรื่อง",
                          "Improving trends are starting to show for some results."),
                      "C",
                      Text.of(
                          "เริ่มหาข้อมูลเปรียบเทียบกับสหกรณ์อื่น",
                          "Starting to obtain comparisons with other cooperatives."),
                      "I",
                      Text.of(
                          "มีผลลัพธ์ในหลายเรื่องที่สำคัญต่อสมาชิกและกลยุทธ์",
                          "Results cover many areas important to members and strategy."))),
              band(
                  4,
                  List.of(50, 55, 60, 65),
                  Text.of("แนวโน้มดี และเริ่มมีการเปรียบเทียบ", "Good trends; comparisons begin."),
                  Map.of(
                      "Le",
                      Text.of(
                          "ผลลัพธ์อยู่ในระดับดีในเรื่องส่วนใหญ่ของหัวข้อ",
                          "Good levels in most areas of the item."),
                      "T",
                      Text.of(
                          "แนวโน้มดีขึ้นในเรื่องส่วนใหญ่ที่สำคัญต่อพันธกิจ",
                          "Improving trends in most areas that matter to the mission."),
                      "C",
                      Text.of(
                          "เทียบกับสหกรณ์อื่นหรือค่าอ้างอิงได้บางเรื่อง และบางเรื่องทำได้ดีกว่า",
                          "Some results are compared with peers or benchmarks, and some compare well."),
                      "I",
                      Text.of(
                          "ผลลัพธ์ครอบคลุมความต้องการหลักของสมาชิก ตลาด และกระบวนการส่วนใหญ่",
                          "Results cover most key member, market and process requirements."))),
              band(
                  5,
                  List.of(70, 75, 80, 85),
                  Text.of(
                      "ผลลัพธ์ดีถึงดีเยี่ยม เทียบกับผู้อื่นได้ดี และบูรณาการ",
                      "Good to excellent results that compare well and are integrated."),
                  Map.of(
                      "Le",
                      Text.of(
                          "ผลลัพธ์อยู่ในระดับดีถึงดีเยี่ยมในเรื่องส่วนใหญ่",
                          "Good to excellent levels in most areas."),
                      "T",
                      Text.of(
                          "แนวโน้มที่ดีต่อเนื่องเป็นเวลานานในเรื่องส่วนใหญ่",
                          "Favourable trends sustained over time in most areas."),
                      "C",
                      Text.of(
                          "ผลลัพธ์ส่วนใหญ่ดีกว่าหรือเทียบเท่าสหกรณ์อื่นและค่าอ้างอิง",
                          "Most results match or beat other cooperatives and benchmarks."),
                      "I",
                      Text.of(
                          "ผลลัพธ์ครอบคลุมความต้องการหลักเกือบทั้งหมด และใช้คาดการณ์อนาคตได้",
                          "Results cover nearly all key requirements and support projections."))),
              band(
                  6,
                  List.of(90, 95, 100),
                  Text.of(
                      "เป็นผู้นำ ผลลัพธ์อยู่ในระดับที่ผู้อื่นใช้เป็นค่าเทียบ",
                      "A leader; results are the benchmark for others."),
                  Map.of(
                      "Le",
                      Text.of(
                          "ผลลัพธ์อยู่ในระดับดีเยี่ยมในเรื่องส่วนใหญ่",
                          "Excellent levels in most areas."),
                      "T",
                      Text.of(
                          "แนวโน้มที่ดีต่อเนื่องในทุกเรื่องที่สำคัญ",
                          "Favourable trends sustained in all important areas."),
                      "C",
                      Text.of(
                          "เป็นผู้นำในจังหวัดหรือในประเภทสหกรณ์เดียวกัน และเป็นค่าเทียบของผู้อื่น",
                          "Leads its province or cooperative type and serves as others' benchmark."),
                      "I",
                      Text.of(
                          "ผลลัพธ์ครอบคลุมความต้องการหลักทั้งหมด และใช้คาดการณ์อนาคตได้ดี",
                          "Results fully cover key requirements and give sound projections.")))));

  private CqaScales() {}

  private static Band band(int number, List<Integer> percents, Text summary, Map<String, Text> d) {
    return new Band(number, percents, summary, d);
  }
}
