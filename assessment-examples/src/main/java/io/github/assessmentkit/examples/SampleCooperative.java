package io.github.assessmentkit.examples;

import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.AssessmentKind;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.Subject;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.util.List;

/**
 * The demo's sample organisation, Phu Pha Ngoen Employees' Savings Cooperative (fictional), and its
 * two self-assessments of fiscal year 2566: against the CQA set and against the governance set. The
 * ratings are what an application would record from its users.
 */
final class SampleCooperative {
  static final Subject SUBJECT =
      new Subject(
          "phu-pha-ngoen-employees-savings",
          Text.of(
              "สหกรณ์ออมทรัพย์พนักงานภูผาเงิน จำกัด",
              "Phu Pha Ngoen Employees' Savings Cooperative Ltd."),
          OrganisationType.SAVINGS,
          "Loei");

  static final FiscalYear YEAR = FiscalYear.ofBuddhistEra(2566);

  private SampleCooperative() {}

  /** {@return the CQA self-assessment: one percentage per item, with strengths and OFIs} */
  static Assessment cqa(Rubric cqa) {
    return start("cqa", cqa)
        .rating(
            Rating.of("1.1", 70)
                .withFindings(
                    List.of(
                        "คณะกรรมการดำเนินการและผู้จัดการแปลงแผนกลยุทธ์ห้าปีเป็นแผนปฏิบัติการรายปี"
                            + " มีผู้รับผิดชอบ และทบทวนทุกไตรมาส",
                        "The board and manager turn a five-year strategic plan into yearly action"
                            + " plans with owners and quarterly reviews."),
                    List.of()))
        .rating(
            Rating.of("1.2", 65)
                .withFindings(
                    List.of(
                        "เปิดเผยงบการเงินที่ผ่านการตรวจสอบ มติคณะกรรมการ และยอดของสมาชิกแต่ละคนทางออนไลน์",
                        "Audited statements, board resolutions and each member's balances are"
                            + " open to members online."),
                    List.of()))
        .rating(Rating.of("2.1", 55))
        .rating(
            Rating.of("2.2", 70)
                .withFindings(
                    List.of(
                        "แผนปฏิบัติการรายปีมีเป้าหมาย ผู้รับผิดชอบ และการทบทวนทุกไตรมาส",
                        "Yearly action plans have targets, owners and quarterly reviews."),
                    List.of()))
        .rating(
            Rating.of("3.1", 40)
                .withFindings(
                    List.of(),
                    List.of(
                        "ยังไม่ได้รับฟังสมาชิกรุ่นใหม่แยกเป็นกลุ่ม จึงยังไม่รู้ความต้องการที่แท้จริง",
                        "Younger members are not heard separately; their needs are guessed.")))
        .rating(Rating.of("3.2", 60))
        .rating(Rating.of("4.1", 55))
        .rating(Rating.of("4.2", 65))
        .rating(Rating.of("5.1", 50))
        .rating(
            Rating.of("5.2", 35)
                .withFindings(
                    List.of(),
                    List.of(
                        "ยังไม่มีแผนสืบทอดตำแหน่งผู้จัดการและเจ้าหน้าที่หลักอย่างเป็นระบบ",
                        "No systematic succession plan for the manager and key staff.")))
        .rating(Rating.of("6.1", 55))
        .rating(
            Rating.of("6.2", 40)
                .withFindings(
                    List.of(),
                    List.of(
                        "มีแผนรองรับกรณีระบบล่มบนกระดาษ แต่ยังไม่เคยซ้อม",
                        "The business-continuity plan for a system outage has never been tested.")))
        .rating(
            Rating.of("7.1", 45)
                .withFindings(
                    List.of(),
                    List.of(
                        "ผลลัพธ์ด้านบริการ เช่น เวลาอนุมัติเงินกู้ มีข้อมูลเพียงสองปีและยังไม่เทียบกับสหกรณ์อื่น",
                        "Service results such as loan approval time cover two years only and are"
                            + " not yet compared with other cooperatives.")))
        .rating(
            Rating.of("7.2", 65)
                .withFindings(
                    List.of(
                        "ความพึงพอใจของสมาชิกเพิ่มขึ้นต่อเนื่องห้าปี และเทียบกับสหกรณ์ออมทรัพย์อื่นได้",
                        "Member satisfaction has risen for five years and compares well with other"
                            + " savings cooperatives."),
                    List.of()))
        .rating(
            Rating.of("7.3", 45)
                .withFindings(
                    List.of(),
                    List.of(
                        "ยังไม่วัดความผูกพันและการพัฒนาของเจ้าหน้าที่อย่างสม่ำเสมอ",
                        "Staff engagement and development are not measured regularly yet.")))
        .rating(
            Rating.of("7.4", 55)
                .withFindings(
                    List.of(),
                    List.of(
                        "รายงานการแก้ไขข้อสังเกตของผู้สอบบัญชีเป็นรายปี แต่ยังไม่แสดงแนวโน้ม",
                        "Resolved audit findings are reported each year, but no trend is shown.")))
        .rating(
            Rating.of("7.5", 65)
                .withFindings(
                    List.of(
                        "หนี้ค้างชำระลดลงต่อเนื่องห้าปี",
                        "Overdue loans have fallen for five years in a row."),
                    List.of()))
        .build();
  }

  /** {@return the governance self-assessment: one answer per indicator} */
  static Assessment governance(Rubric governance) {
    AssessmentBuilder b = start("governance", governance);
    String answers =
        "G1.1=yes G1.2=4 G1.3=yes G1.4=yes G1.5=4 G1.6=4 "
            + "G2.1=yes G2.2=4 G2.3=yes G2.4=4 G2.5=yes "
            + "G3.1=yes G3.2=4 G3.3=3 G3.4=yes G3.5=yes G3.6=4 "
            + "G4.1=2 G4.2=3 G4.3=2 G4.4=yes G4.5=3 G4.6=4 "
            + "G5.1=4 G5.2=4 G5.3=4 G5.4=3 G5.5=4 G5.6=4 "
            + "G6.1=3 G6.2=4 G6.3=yes G6.4=3 G6.5=3 G6.6=yes";
    for (String answer : answers.split(" ")) {
      String[] pair = answer.split("=");
      b.rating(Rating.choice(pair[0], pair[1]));
    }
    return b.build();
  }

  private static AssessmentBuilder start(String what, Rubric rubric) {
    return Assessment.builder(SUBJECT.id() + "-" + what + "-2566", SUBJECT, rubric.ref(), YEAR)
        .kind(AssessmentKind.SELF);
  }
}
