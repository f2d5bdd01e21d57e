package io.github.assessmentkit.cqa;

import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.text.Text;

/** Category 7 of the CQA set: the results items, each rated on {@link CqaScales#LETCI}. */
final class CqaResultsCategory {
  private CqaResultsCategory() {}

  /** {@return category 7, Results (450 points)} */
  static Criterion results() {
    return CqaItems.category("7", Text.of("ผลลัพธ์", "Results"), 450, CriterionKind.RESULTS)
        .child(
            CqaItems.results(
                    "7.1",
                    Text.of(
                        "ผลลัพธ์ด้านผลิตภัณฑ์ บริการ และกระบวนการ",
                        "Product, service and process results"),
                    120)
                .area(
                    "7.1a",
                    Text.of(
                        "ผลลัพธ์ด้านคุณภาพของบริการและสินค้าที่สมาชิกให้ความสำคัญ",
                        "Results for the quality of the services and products members care about most."))
                .area(
                    "7.1b",
                    Text.of(
                        "ผลลัพธ์ด้านประสิทธิภาพและประสิทธิผลของกระบวนการหลัก เช่น ระยะเวลาอนุมัติเงินกู้ หรือความถูกต้องของการชั่งตวงผลผลิต",
                        "Results for the efficiency and effectiveness of core processes, such as loan approval time or accuracy of produce weighing."))
                .area(
                    "7.1c",
                    Text.of(
                        "ผลลัพธ์ด้านความปลอดภัย การเตรียมพร้อมรับเหตุฉุกเฉิน และการจัดการคู่ค้า",
                        "Results for safety, emergency preparedness and management of the supply network."))
                .build())
        .child(
            CqaItems.results(
                    "7.2", Text.of("ผลลัพธ์ด้านสมาชิกและลูกค้า", "Member and customer results"), 80)
                .area(
                    "7.2a",
                    Text.of(
                        "ผลลัพธ์ด้านความพึงพอใจและความไม่พึงพอใจของสมาชิกและลูกค้า",
                        "Results for member and customer satisfaction and dissatisfaction."))
                .area(
                    "7.2b",
                    Text.of(
                        "ผลลัพธ์ด้านความผูกพันของสมาชิก รวมถึงสัดส่วนสมาชิกที่ทำธุรกิจกับสหกรณ์",
                        "Results for member engagement, including the share of members doing business with the cooperative."))
                .area(
                    "7.2c",
                    Text.of(
                        "ผลลัพธ์ด้านการจัดการข้อร้องเรียนและการคงอยู่ของสมาชิก",
                        "Results for complaint handling and member retention."))
                .build())
        .child(
            CqaItems.results("7.3", Text.of("ผลลัพธ์ด้านบุคลากร", "Workforce results"), 80)
                .area(
                    "7.3a",
                    Text.of(
                        "ผลลัพธ์ด้านขีดความสามารถและอัตรากำลังของบุคลากร",
                        "Results for workforce capability and staffing levels."))
                .area(
                    "7.3b",
                    Text.of(
                        "ผลลัพธ์ด้านสภาพแวดล้อมในการทำงาน ความปลอดภัย และสวัสดิการ",
                        "Results for the working environment, safety and benefits."))
                .area(
                    "7.3c",
                    Text.of(
                        "ผลลัพธ์ด้านความผูกพันและความพึงพอใจของเจ้าหน้าที่และกรรมการ",
                        "Results for engagement and satisfaction of staff and directors."))
                .area(
                    "7.3d",
                    Text.of(
                        "ผลลัพธ์ด้านการพัฒนาเจ้าหน้าที่ กรรมการ และผู้ตรวจสอบกิจการ",
                        "Results for the development of staff, directors and internal inspectors."))
                .build())
        .child(
            CqaItems.results(
                    "7.4",
                    Text.of(
                        "ผลลัพธ์ด้านการนำองค์กรและการกำกับดูแล",
                        "Leadership and governance results"),
                    80)
                .area(
                    "7.4a",
                    Text.of(
                        "ผลลัพธ์ด้านการสื่อสารของผู้นำและการทำให้เจ้าหน้าที่และสมาชิกมุ่งไปในทิศทางเดียวกัน",
                        "Results for leaders' communication and for aligning staff and members behind common goals."))
                .area(
                    "7.4b",
                    Text.of(
                        "ผลลัพธ์ด้านการกำกับดูแล เช่น ความเห็นของผู้สอบบัญชี ผลประเมินการควบคุมภายใน และข้อสังเกตที่แก้ไขแล้ว",
                        "Governance results, such as the auditor's opinion, the internal control rating and audit findings resolved."))
                .area(
                    "7.4c",
                    Text.of(
                        "ผลลัพธ์ด้านการปฏิบัติตามกฎหมาย ข้อบังคับ และคำสั่งนายทะเบียนสหกรณ์",
                        "Results for compliance with the law, the bylaws and the registrar's orders."))
                .area(
                    "7.4d",
                    Text.of(
                        "ผลลัพธ์ด้านจริยธรรมและความเชื่อมั่นของสมาชิกและผู้มีส่วนได้ส่วนเสีย",
                        "Results for ethical conduct and the trust of members and stakeholders."))
                .area(
                    "7.4e",
                    Text.of(
                        "ผลลัพธ์ด้านการสนับสนุนชุมชนและการสร้างประโยชน์ต่อสังคม",
                        "Results for community support and contributions to society."))
                .build())
        .child(
            CqaItems.results(
                    "7.5",
                    Text.of(
                        "ผลลัพธ์ด้านการเงิน ตลาด และกลยุทธ์",
                        "Financial, market and strategy results"),
                    90)
                .area(
                    "7.5a",
                    Text.of(
                        "ผลลัพธ์ด้านการเงิน เช่น กำไรสุทธิ ทุนสำรอง สภาพคล่อง หนี้ค้างชำระ และเงินปันผลและเงินเฉลี่ยคืนแก่สมาชิก",
                        "Financial results, such as net profit, reserves, liquidity, overdue loans, and dividends and patronage refunds paid to members."))
                .area(
                    "7.5b",
                    Text.of(
                        "ผลลัพธ์ด้านตลาด เช่น มูลค่าธุรกิจ จำนวนสมาชิกที่เพิ่มขึ้น และส่วนแบ่งตลาดในพื้นที่",
                        "Market results, such as business volume, membership growth and local market share."))
                .area(
                    "7.5c",
                    Text.of(
                        "ผลลัพธ์ด้านการบรรลุวัตถุประสงค์เชิงกลยุทธ์และเป้าหมายของแผนปฏิบัติการ",
                        "Results for achieving the strategic objectives and the targets of the action plans."))
                .build())
        .build();
  }
}
