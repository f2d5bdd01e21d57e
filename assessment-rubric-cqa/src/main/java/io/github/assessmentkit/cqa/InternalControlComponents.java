package io.github.assessmentkit.cqa;

import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionBuilder;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.text.Text;

/**
 * The five COSO components of the internal-control set, each holding its principles as indicators
 * on {@link InternalControlCriteria#CONTROL_LEVELS}; every principle is worth 4 points, one per
 * level. The areas say which records show each principle.
 */
final class InternalControlComponents {
  private InternalControlComponents() {}

  /** {@return C1, control environment (5 principles, 20 points)} */
  static Criterion controlEnvironment() {
    return component(
            "C1",
            Text.of("สภาพแวดล้อมการควบคุม", "Control environment"),
            5,
            Text.of(
                "บรรยากาศและโครงสร้างที่ทำให้ทุกคนในสหกรณ์ให้ความสำคัญกับการควบคุมภายใน",
                "The tone and structure that make everyone in the cooperative take internal control seriously."))
        .indicator(
            principle(
                "P1",
                Text.of(
                    "ความซื่อตรงและจริยธรรม: คณะกรรมการดำเนินการและผู้จัดการแสดงความซื่อตรง กำหนดจรรยาบรรณเป็นลายลักษณ์อักษร และจัดการเมื่อมีการฝ่าฝืน",
                    "Integrity and ethical values: the board and manager show integrity, set a written code of conduct and act on any breach.")))
        .area(
            "P1-evidence",
            Text.of(
                "จรรยาบรรณ แบบลงนามรับทราบ และบันทึกการดำเนินการเมื่อมีการฝ่าฝืน",
                "Code of conduct, signed acknowledgements and records of action on breaches."))
        .indicator(
            principle(
                "P2",
                Text.of(
                    "ความเป็นอิสระและการกำกับดูแลของคณะกรรมการ: คณะกรรมการดำเนินการกำกับดูแลการควบคุมภายในอย่างเป็นอิสระจากฝ่ายจัดการ โดยมีผู้ตรวจสอบกิจการช่วยสอบทาน",
                    "Board independence and oversight: the board oversees internal control independently of management, with the internal inspector's help.")))
        .area(
            "P2-evidence",
            Text.of(
                "รายงานการประชุมที่พิจารณารายงานผู้ตรวจสอบกิจการ และคำสั่งแบ่งหน้าที่ของคณะกรรมการ",
                "Minutes reviewing the inspector's reports and the board's division of duties."))
        .indicator(
            principle(
                "P3",
                Text.of(
                    "โครงสร้าง สายการรายงาน และอำนาจหน้าที่: มีผังองค์กร คำบรรยายลักษณะงาน และการมอบอำนาจอนุมัติที่ชัดเจนเป็นลายลักษณ์อักษร",
                    "Structure, reporting lines and authority: there is a clear organisation chart, job descriptions and written delegation of approval authority.")))
        .area(
            "P3-evidence",
            Text.of(
                "ผังองค์กร คำบรรยายลักษณะงาน และระเบียบหรือคำสั่งมอบอำนาจ",
                "Organisation chart, job descriptions and delegation orders."))
        .indicator(
            principle(
                "P4",
                Text.of(
                    "ความรู้ความสามารถ: สหกรณ์สรรหา พัฒนา และรักษาเจ้าหน้าที่ กรรมการ และผู้ตรวจสอบกิจการที่มีความรู้ตรงกับงาน",
                    "Competence: the cooperative recruits, trains and keeps staff, directors and inspectors with the skills their roles need.")))
        .area(
            "P4-evidence",
            Text.of(
                "แผนฝึกอบรม ประวัติการอบรม และคุณสมบัติตามตำแหน่ง",
                "Training plan, training records and role requirements."))
        .indicator(
            principle(
                "P5",
                Text.of(
                    "ความรับผิดชอบต่อหน้าที่: ทุกคนรู้หน้าที่ด้านการควบคุมของตน และมีการประเมิน ชมเชย หรือแก้ไขตามผลงานจริง",
                    "Accountability: everyone knows their control duties and is appraised, recognised or corrected according to actual performance.")))
        .area(
            "P5-evidence",
            Text.of(
                "ผลประเมินการปฏิบัติงาน และบันทึกการดำเนินการทางวินัย",
                "Performance appraisals and disciplinary records."))
        .build();
  }

  /** {@return C2, risk assessment (4 principles, 16 points)} */
  static Criterion riskAssessment() {
    return component(
            "C2",
            Text.of("การประเมินความเสี่ยง", "Risk assessment"),
            4,
            Text.of(
                "การค้นหาและวิเคราะห์สิ่งที่อาจทำให้สหกรณ์ไม่บรรลุวัตถุประสงค์",
                "Finding and analysing what could stop the cooperative from meeting its objectives."))
        .indicator(
            principle(
                "P6",
                Text.of(
                    "การกำหนดวัตถุประสงค์ที่เหมาะสม: สหกรณ์กำหนดวัตถุประสงค์ด้านธุรกิจ รายงานการเงิน และการปฏิบัติตามกฎหมายให้ชัดเจนพอที่จะระบุความเสี่ยงได้",
                    "Suitable objectives: the cooperative sets business, reporting and compliance objectives clearly enough to identify risks.")))
        .area(
            "P6-evidence",
            Text.of(
                "แผนกลยุทธ์ แผนปฏิบัติการ และเป้าหมายที่วัดได้",
                "Strategic plan, action plan and measurable targets."))
        .indicator(
            principle(
                "P7",
                Text.of(
                    "การระบุและวิเคราะห์ความเสี่ยง: สหกรณ์ระบุความเสี่ยง เช่น สินเชื่อ สภาพคล่อง ราคาผลผลิต สินค้าคงเหลือ และกฎหมาย แล้ววิเคราะห์เพื่อกำหนดวิธีจัดการ",
                    "Identify and analyse risks: risks such as credit, liquidity, crop prices, stock and legal risk are identified and analysed to decide how to manage them.")))
        .area(
            "P7-evidence",
            Text.of(
                "ทะเบียนความเสี่ยง และรายงานการประชุมที่พิจารณาความเสี่ยง",
                "Risk register and minutes discussing risks."))
        .indicator(
            principle(
                "P8",
                Text.of(
                    "ความเสี่ยงการทุจริต: สหกรณ์พิจารณาโอกาสเกิดการทุจริตในเรื่องเงินสด สินค้า เงินกู้ และการจัดซื้อ เมื่อประเมินความเสี่ยง",
                    "Fraud risk: fraud opportunities in cash, stock, loans and purchasing are considered when risks are assessed.")))
        .area(
            "P8-evidence",
            Text.of(
                "ผลประเมินความเสี่ยงการทุจริต และมาตรการป้องกันที่กำหนด",
                "Fraud-risk assessment and the prevention measures set."))
        .indicator(
            principle(
                "P9",
                Text.of(
                    "การเปลี่ยนแปลงที่สำคัญ: สหกรณ์ระบุและประเมินการเปลี่ยนแปลงที่อาจกระทบการควบคุม เช่น ธุรกิจใหม่ ผู้จัดการคนใหม่ กฎหมายใหม่ หรือภัยธรรมชาติ",
                    "Significant change: changes that could affect controls, such as a new business, a new manager, new laws or natural disasters, are identified and assessed.")))
        .area(
            "P9-evidence",
            Text.of(
                "บันทึกการประเมินผลกระทบก่อนเริ่มธุรกิจใหม่หรือเปลี่ยนระบบงาน",
                "Impact assessments made before new businesses or system changes."))
        .build();
  }

  /** {@return C3, control activities (3 principles, 12 points)} */
  static Criterion controlActivities() {
    return component(
            "C3",
            Text.of("กิจกรรมการควบคุม", "Control activities"),
            3,
            Text.of(
                "วิธีปฏิบัติที่ลดความเสี่ยงให้อยู่ในระดับที่ยอมรับได้",
                "The practical steps that keep risks at an acceptable level."))
        .indicator(
            principle(
                "P10",
                Text.of(
                    "การเลือกและพัฒนากิจกรรมการควบคุม: สหกรณ์เลือกกิจกรรมการควบคุม เช่น การแบ่งแยกหน้าที่ การอนุมัติ การกระทบยอด และการตรวจนับ ให้เหมาะกับความเสี่ยง",
                    "Select and develop control activities: controls such as segregation of duties, approvals, reconciliations and counts are chosen to fit the risks.")))
        .area(
            "P10-evidence",
            Text.of(
                "ผังการแบ่งแยกหน้าที่ รายงานกระทบยอดเงินฝากธนาคาร และรายงานตรวจนับเงินสดและสินค้า",
                "Segregation-of-duties chart, bank reconciliations and cash and stock count reports."))
        .indicator(
            principle(
                "P11",
                Text.of(
                    "การควบคุมทั่วไปด้านเทคโนโลยี: สหกรณ์ควบคุมการใช้คอมพิวเตอร์และโปรแกรมบัญชี เช่น สิทธิ์การเข้าใช้ รหัสผ่าน และการสำรองข้อมูล",
                    "General controls over technology: computers and accounting software are controlled, including access rights, passwords and backups.")))
        .area(
            "P11-evidence",
            Text.of(
                "ทะเบียนผู้ใช้และสิทธิ์ บันทึกการสำรองข้อมูล และผลทดสอบการกู้คืน",
                "User and access register, backup log and restore test results."))
        .indicator(
            principle(
                "P12",
                Text.of(
                    "นโยบายและวิธีปฏิบัติ: การควบคุมเขียนเป็นนโยบายและคู่มือปฏิบัติงาน และเจ้าหน้าที่ปฏิบัติตามจริง",
                    "Policies and procedures: controls are written into policies and procedure manuals, and staff actually follow them.")))
        .area(
            "P12-evidence",
            Text.of(
                "ระเบียบ คู่มือปฏิบัติงาน และผลสุ่มตรวจการปฏิบัติ",
                "Regulations, procedure manuals and spot-check results."))
        .build();
  }

  /** {@return C4, information and communication (3 principles, 12 points)} */
  static Criterion informationAndCommunication() {
    return component(
            "C4",
            Text.of("สารสนเทศและการสื่อสาร", "Information and communication"),
            3,
            Text.of(
                "ข้อมูลที่ถูกต้องและการสื่อสารที่ทำให้ทุกคนทำหน้าที่ด้านการควบคุมได้",
                "Sound information and communication that let everyone play their part in control."))
        .indicator(
            principle(
                "P13",
                Text.of(
                    "สารสนเทศที่เกี่ยวข้องและมีคุณภาพ: สหกรณ์ได้และใช้ข้อมูลที่ถูกต้อง ครบถ้วน และทันเวลา เช่น บัญชีและทะเบียนสมาชิก เพื่อสนับสนุนการควบคุม",
                    "Relevant quality information: the cooperative gets and uses accurate, complete and timely information, such as accounts and member records, to support control.")))
        .area(
            "P13-evidence",
            Text.of(
                "บัญชีที่เป็นปัจจุบัน งบทดลองรายเดือน และทะเบียนสมาชิก",
                "Up-to-date books, monthly trial balances and the member register."))
        .indicator(
            principle(
                "P14",
                Text.of(
                    "การสื่อสารภายใน: สหกรณ์แจ้งหน้าที่และข้อมูลด้านการควบคุมแก่เจ้าหน้าที่ คณะกรรมการ และผู้ตรวจสอบกิจการ และมีช่องทางแจ้งเรื่องผิดปกติโดยไม่ถูกกลั่นแกล้ง",
                    "Internal communication: control duties and information reach staff, the board and the inspector, with a safe channel to report irregularities.")))
        .area(
            "P14-evidence",
            Text.of(
                "บันทึกการประชุมเจ้าหน้าที่ หนังสือเวียน และช่องทางแจ้งเบาะแส",
                "Staff meeting notes, circulars and a whistle-blowing channel."))
        .indicator(
            principle(
                "P15",
                Text.of(
                    "การสื่อสารภายนอก: สหกรณ์สื่อสารกับสมาชิก ผู้สอบบัญชี นายทะเบียนสหกรณ์ และคู่ค้าในเรื่องที่กระทบการควบคุมภายใน",
                    "External communication: the cooperative communicates with members, the auditor, the registrar and partners on matters affecting internal control.")))
        .area(
            "P15-evidence",
            Text.of(
                "หนังสือโต้ตอบกับผู้สอบบัญชีและนายทะเบียน และประกาศถึงสมาชิก",
                "Letters exchanged with the auditor and the registrar, and notices to members."))
        .build();
  }

  /** {@return C5, monitoring activities (2 principles, 8 points)} */
  static Criterion monitoring() {
    return component(
            "C5",
            Text.of("กิจกรรมการติดตามผล", "Monitoring activities"),
            2,
            Text.of(
                "การตรวจสอบว่าการควบคุมยังได้ผล และแก้ไขข้อบกพร่องอย่างทันเวลา",
                "Checking that controls keep working and putting defects right in time."))
        .indicator(
            principle(
                "P16",
                Text.of(
                    "การประเมินผลระหว่างปฏิบัติงานและการประเมินเป็นครั้งคราว: หัวหน้างานสอบทานงานประจำวัน และผู้ตรวจสอบกิจการหรือผู้สอบบัญชีประเมินการควบคุมแยกต่างหากเป็นระยะ",
                    "Ongoing and separate evaluations: supervisors review daily work, and the internal inspector or auditor evaluates controls separately at intervals.")))
        .area(
            "P16-evidence",
            Text.of(
                "บันทึกการสอบทานของหัวหน้างาน รายงานผู้ตรวจสอบกิจการ และรายงานผู้สอบบัญชี",
                "Supervisors' review notes, inspector's reports and the auditor's report."))
        .indicator(
            principle(
                "P17",
                Text.of(
                    "การประเมินและสื่อสารข้อบกพร่อง: ข้อบกพร่องถูกรายงานต่อผู้รับผิดชอบและคณะกรรมการดำเนินการ และได้รับการแก้ไขภายในเวลาที่กำหนด",
                    "Evaluate and communicate deficiencies: deficiencies are reported to those responsible and to the board, and are corrected within the set time.")))
        .area(
            "P17-evidence",
            Text.of(
                "ทะเบียนติดตามข้อบกพร่อง และรายงานผลการแก้ไขต่อคณะกรรมการ",
                "Deficiency follow-up register and correction reports to the board."))
        .build();
  }

  private static CriterionBuilder component(String id, Text title, int principles, Text scope) {
    return Criterion.builder(id, title)
        .kind(CriterionKind.CHECKLIST)
        .points(4L * principles)
        .area(id + "-scope", scope);
  }

  private static Indicator principle(String id, Text text) {
    return Indicator.of(id, text, InternalControlCriteria.CONTROL_LEVELS);
  }
}
