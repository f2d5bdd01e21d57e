package io.github.assessmentkit.cqa;

import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.text.Text;

/**
 * The organisational profile of the CQA set: P.1 and P.2, prompts the cooperative answers in its
 * own words before the scored categories. Not scored.
 */
final class CqaProfile {
  private CqaProfile() {}

  /** {@return P.1, the organisational description} */
  static Criterion description() {
    return Criterion.builder("P.1", Text.of("ลักษณะองค์กร", "Organisational description"))
        .kind(CriterionKind.PROFILE)
        .area(
            "P.1a",
            Text.of(
                "สหกรณ์หรือกลุ่มเกษตรกรของท่านเป็นประเภทใด จดทะเบียนเมื่อใด และมีธุรกิจหรือบริการหลักอะไรที่ให้แก่สมาชิก",
                "What type of cooperative or farmer group are you, when were you registered, and which main businesses and services do you offer members?"))
        .area(
            "P.1b",
            Text.of(
                "วัตถุประสงค์ วิสัยทัศน์ และค่านิยมของสหกรณ์คืออะไร และสมรรถนะหลักใดที่ทำให้สหกรณ์แตกต่างจากองค์กรอื่น",
                "What purpose, vision and values guide you, and which core competencies set you apart from other organisations?"))
        .area(
            "P.1c",
            Text.of(
                "บุคลากรของสหกรณ์ประกอบด้วยใครบ้าง (กรรมการ ผู้จัดการ เจ้าหน้าที่ อาสาสมัคร) มีจำนวนเท่าใด และต้องการอะไรจากสหกรณ์",
                "Who works for the cooperative (directors, manager, staff, volunteers), how many are they, and what do they most need from it?"))
        .area(
            "P.1d",
            Text.of(
                "สหกรณ์มีทรัพย์สิน อาคาร อุปกรณ์ และเทคโนโลยีที่สำคัญอะไรบ้าง และต้องปฏิบัติตามกฎหมาย ข้อบังคับ ระเบียบ และคำสั่งนายทะเบียนสหกรณ์ใด",
                "Which key assets, buildings, equipment and technology do you rely on, and which laws, bylaws, regulations and registrar's rules apply to you?"))
        .area(
            "P.1e",
            Text.of(
                "ที่ประชุมใหญ่ คณะกรรมการดำเนินการ ผู้จัดการ ผู้ตรวจสอบกิจการ และผู้สอบบัญชี มีบทบาทและอำนาจตัดสินใจอย่างไรในสหกรณ์",
                "How are roles and decision rights shared among the general meeting, board of directors, manager, internal inspector and auditor?"))
        .area(
            "P.1f",
            Text.of(
                "สมาชิกแบ่งเป็นกลุ่มใดบ้าง ผู้มีส่วนได้ส่วนเสีย คู่ค้า และหน่วยงานที่ร่วมมือ (เช่น ชุมนุมสหกรณ์ สถาบันการเงิน หน่วยงานรัฐ) มีใครบ้าง และแต่ละกลุ่มคาดหวังอะไร",
                "Which member groups, stakeholders, suppliers and partners (e.g. federations, lenders, government agencies) do you have, and what does each expect?"))
        .build();
  }

  /** {@return P.2, the organisational situation} */
  static Criterion situation() {
    return Criterion.builder("P.2", Text.of("สภาวการณ์ขององค์กร", "Organisational situation"))
        .kind(CriterionKind.PROFILE)
        .area(
            "P.2a",
            Text.of(
                "เมื่อเทียบกับสหกรณ์ประเภทเดียวกันในจังหวัด สหกรณ์ของท่านอยู่ในตำแหน่งใด และมีการเปลี่ยนแปลงอะไรที่กระทบต่อตำแหน่งนั้น",
                "Where do you stand among similar cooperatives in the province, and which changes are affecting that position?"))
        .area(
            "P.2b",
            Text.of(
                "สหกรณ์ใช้ข้อมูลเปรียบเทียบจากแหล่งใดได้บ้าง เช่น สหกรณ์อื่น ชุมนุมสหกรณ์ หรือสถิติของกรมส่งเสริมสหกรณ์และกรมตรวจบัญชีสหกรณ์",
                "Which sources of comparative data can you use, such as other cooperatives, federations, or CPD and CAD statistics?"))
        .area(
            "P.2c",
            Text.of(
                "ความท้าทายและความได้เปรียบเชิงกลยุทธ์ที่สำคัญของสหกรณ์ด้านธุรกิจ การปฏิบัติการ บุคลากร และความรับผิดชอบต่อสังคมคืออะไร",
                "What are your key strategic challenges and advantages in business, operations, people and social responsibility?"))
        .area(
            "P.2d",
            Text.of(
                "สหกรณ์มีวิธีปรับปรุงผลการดำเนินงานและเรียนรู้อย่างต่อเนื่องอย่างไร เช่น การประเมินตนเอง การติดตามข้อสังเกตของผู้สอบบัญชี หรือการเรียนรู้จากเครือข่าย",
                "How do you keep improving and learning, for example through self-assessment, follow-up of audit findings or learning from peer cooperatives?"))
        .area(
            "P.2e",
            Text.of(
                "ในอีกสามถึงห้าปีข้างหน้า มีความเสี่ยงหรือการเปลี่ยนแปลงใดที่อาจกระทบสหกรณ์ เช่น ราคาผลผลิต อัตราดอกเบี้ย อายุของสมาชิก หรือกฎหมายที่เปลี่ยนไป",
                "Which risks or changes could affect you in the next three to five years, such as crop prices, interest rates, an ageing membership or new laws?"))
        .build();
  }
}
