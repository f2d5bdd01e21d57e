package io.github.assessmentkit.cqa;

import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionBuilder;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.text.Text;

/**
 * The six principles of the governance set and their indicators. Each indicator sits in a leaf
 * criterion of the same id, so that award conditions and gap analysis can name it; the leaf's area
 * says which records show it.
 */
final class GovernancePrinciples {
  private static final Scale YES_PARTIAL_NO = YesPartialNoScale.STANDARD;
  private static final Scale LEVELS = GovernanceCriteria.LEVELS_0_4;

  private GovernancePrinciples() {}

  /** {@return G1, rule of law} */
  static Criterion ruleOfLaw() {
    // weight 3: A cooperative exists under the Cooperatives Act, so legal compliance underpins
    // everything else.
    return principle(
            "G1",
            Text.of("หลักนิติธรรม", "Rule of law"),
            3,
            Text.of(
                "สหกรณ์ดำเนินงานตามกฎหมาย ข้อบังคับ ระเบียบ และคำสั่งนายทะเบียนสหกรณ์ และใช้กฎเกณฑ์กับสมาชิกทุกคนอย่างเท่าเทียม",
                "The cooperative follows the law, its bylaws, its regulations and the registrar's orders, and applies its rules equally to every member."))
        .child(
            indicator(
                "G1.1",
                2,
                YES_PARTIAL_NO,
                Text.of(
                    "ข้อบังคับและระเบียบของสหกรณ์เป็นปัจจุบัน สอดคล้องกับกฎหมาย และจดทะเบียนหรือแจ้งนายทะเบียนสหกรณ์แล้ว",
                    "Bylaws and regulations are current, consistent with the law, and registered with or notified to the registrar."),
                Text.of(
                    "ข้อบังคับฉบับจดทะเบียน ระเบียบที่ประกาศใช้ และหนังสือรับทราบจากนายทะเบียนสหกรณ์",
                    "Registered bylaws, issued regulations and the registrar's acknowledgement letters.")))
        .child(
            indicator(
                "G1.2",
                3,
                LEVELS,
                Text.of(
                    "ปฏิบัติตามคำสั่งและคำแนะนำของนายทะเบียนสหกรณ์ครบถ้วนภายในเวลาที่กำหนด",
                    "The registrar's orders and recommendations are carried out in full within the set time."),
                Text.of(
                    "สำเนาคำสั่งนายทะเบียน หนังสือรายงานผลการปฏิบัติ และทะเบียนติดตามคำสั่ง",
                    "Copies of the registrar's orders, compliance reply letters and an order follow-up register.")))
        .child(
            indicator(
                "G1.3",
                3,
                YES_PARTIAL_NO,
                Text.of(
                    "จัดประชุมใหญ่สามัญประจำปีภายในเวลาที่กฎหมายกำหนดหลังวันสิ้นปีทางบัญชี",
                    "The annual general meeting is held within the legal deadline after the end of the accounting year."),
                Text.of(
                    "หนังสือเชิญประชุม วาระการประชุม และรายงานการประชุมใหญ่ที่ระบุวันที่ประชุม",
                    "Meeting notice, agenda and dated minutes of the general meeting.")))
        .child(
            indicator(
                "G1.4",
                2,
                YES_PARTIAL_NO,
                Text.of(
                    "ปิดบัญชีและส่งงบการเงินให้ผู้สอบบัญชีตรวจสอบภายในเวลาที่กำหนด",
                    "Accounts are closed and financial statements handed to the auditor within the required time."),
                Text.of(
                    "หนังสือนำส่งงบการเงิน และหลักฐานการรับของผู้สอบบัญชี",
                    "Cover letter sending the statements and the auditor's acknowledgement of receipt.")))
        .child(
            indicator(
                "G1.5",
                3,
                LEVELS,
                Text.of(
                    "การให้เงินกู้ การรับฝากเงิน และการลงทุน เป็นไปตามข้อบังคับ ระเบียบ และวงเงินที่ได้รับอนุมัติ",
                    "Lending, deposit-taking and investment follow the bylaws, regulations and approved limits."),
                Text.of(
                    "สัญญาเงินกู้ ทะเบียนเงินลงทุน มติคณะกรรมการดำเนินการ และรายงานผู้สอบบัญชี",
                    "Loan contracts, investment register, board resolutions and the auditor's report.")))
        .child(
            indicator(
                "G1.6",
                2,
                LEVELS,
                Text.of(
                    "คณะกรรมการดำเนินการและเจ้าหน้าที่ใช้ระเบียบกับสมาชิกทุกคนอย่างเท่าเทียม ไม่มีข้อร้องเรียนเรื่องเลือกปฏิบัติที่พิสูจน์ได้",
                    "Directors and staff apply the rules to every member alike, with no upheld complaint of unequal treatment."),
                Text.of(
                    "ทะเบียนข้อร้องเรียนและผลการพิจารณา และรายงานการประชุมคณะกรรมการดำเนินการ",
                    "Complaint register with outcomes and board meeting minutes.")))
        .build();
  }

  /** {@return G2, morality} */
  static Criterion morality() {
    // weight 2: Leaders' integrity is the source of member trust, though part of it is already
    // measured under other principles.
    return principle(
            "G2",
            Text.of("หลักคุณธรรม", "Morality"),
            2,
            Text.of(
                "กรรมการ ผู้จัดการ ผู้ตรวจสอบกิจการ และเจ้าหน้าที่ยึดความซื่อสัตย์ ไม่แสวงหาประโยชน์ส่วนตน และเป็นแบบอย่างที่ดีแก่สมาชิก",
                "Directors, the manager, internal inspectors and staff act honestly, take no personal advantage and set a good example to members."))
        .child(
            indicator(
                "G2.1",
                2,
                YES_PARTIAL_NO,
                Text.of(
                    "มีจรรยาบรรณเป็นลายลักษณ์อักษรสำหรับกรรมการ ผู้จัดการ ผู้ตรวจสอบกิจการ และเจ้าหน้าที่ และทุกคนลงนามรับทราบ",
                    "A written code of ethics covers directors, the manager, inspectors and staff, and everyone has signed it."),
                Text.of(
                    "ประกาศจรรยาบรรณ และแบบลงนามรับทราบรายบุคคล",
                    "The published code of ethics and individual signed acknowledgements.")))
        .child(
            indicator(
                "G2.2",
                3,
                LEVELS,
                Text.of(
                    "ผู้มีส่วนได้เสียในเรื่องที่พิจารณาแจ้งต่อที่ประชุมและงดออกเสียงทุกครั้ง",
                    "Anyone with a conflict of interest declares it and abstains from the decision every time."),
                Text.of(
                    "แบบแจ้งการมีส่วนได้เสีย และรายงานการประชุมที่บันทึกการงดออกเสียง",
                    "Conflict-of-interest declarations and minutes recording abstentions.")))
        .child(
            indicator(
                "G2.3",
                3,
                YES_PARTIAL_NO,
                Text.of(
                    "ไม่พบการทุจริตหรือการยักยอกทรัพย์สินของสหกรณ์ในสองปีบัญชีล่าสุด",
                    "No fraud or misappropriation of the cooperative's assets was found in the last two accounting years."),
                Text.of(
                    "รายงานของผู้สอบบัญชีสองปีล่าสุด และรายงานของผู้ตรวจสอบกิจการ",
                    "Auditor's reports for the last two years and the internal inspector's reports.")))
        .child(
            indicator(
                "G2.4",
                2,
                LEVELS,
                Text.of(
                    "เงินกู้ของกรรมการและเจ้าหน้าที่พิจารณาด้วยหลักเกณฑ์เดียวกับสมาชิกทั่วไป",
                    "Loans to directors and staff are approved on the same criteria as for any other member."),
                Text.of(
                    "ทะเบียนเงินกู้ของกรรมการและเจ้าหน้าที่ และเอกสารประกอบการอนุมัติ",
                    "Register of loans to directors and staff with their approval papers.")))
        .child(
            indicator(
                "G2.5",
                1,
                YES_PARTIAL_NO,
                Text.of(
                    "การสรรหาและเลื่อนตำแหน่งเจ้าหน้าที่ทำอย่างเปิดเผยตามความรู้ความสามารถ",
                    "Staff are recruited and promoted openly, on merit."),
                Text.of(
                    "ประกาศรับสมัคร ผลการสอบคัดเลือก และคำสั่งแต่งตั้ง",
                    "Job announcements, selection results and appointment orders.")))
        .build();
  }

  /** {@return G3, transparency} */
  static Criterion transparency() {
    // weight 3: Members own the cooperative, so they must see accurate and timely information on
    // money and decisions.
    return principle(
            "G3",
            Text.of("หลักความโปร่งใส", "Transparency"),
            3,
            Text.of(
                "สหกรณ์เปิดเผยข้อมูลการเงิน การตัดสินใจ และการจัดซื้อจัดจ้างอย่างถูกต้อง ครบถ้วน และสมาชิกตรวจสอบได้",
                "The cooperative discloses its finances, decisions and procurement accurately and completely, in a way members can check."))
        .child(
            indicator(
                "G3.1",
                3,
                YES_PARTIAL_NO,
                Text.of(
                    "เปิดเผยงบการเงินที่ผ่านการตรวจสอบและรายงานของผู้สอบบัญชีให้สมาชิกทุกคนทราบ",
                    "Audited financial statements and the auditor's report are made available to every member."),
                Text.of(
                    "รายงานประจำปี ภาพถ่ายประกาศที่ป้ายประชาสัมพันธ์ และหน้าเว็บไซต์หรือเพจของสหกรณ์",
                    "Annual report, photos of the notice board, and the cooperative's website or page.")))
        .child(
            indicator(
                "G3.2",
                2,
                LEVELS,
                Text.of(
                    "บันทึกมติคณะกรรมการดำเนินการเป็นลายลักษณ์อักษร และสมาชิกขอดูได้ตามระเบียบ",
                    "Board resolutions are recorded in writing and members can inspect them as the rules allow."),
                Text.of(
                    "สมุดรายงานการประชุม และทะเบียนคำขอดูเอกสารของสมาชิก",
                    "Minutes book and the register of members' requests to see documents.")))
        .child(
            indicator(
                "G3.3",
                2,
                LEVELS,
                Text.of(
                    "จัดซื้อจัดจ้างตามระเบียบ มีการเปรียบเทียบราคาและเก็บหลักฐานครบ",
                    "Purchases follow the written rules, with price comparisons and complete records."),
                Text.of(
                    "แฟ้มจัดซื้อจัดจ้าง ใบเสนอราคา และรายงานผลการพิจารณา",
                    "Procurement files, quotations and evaluation reports.")))
        .child(
            indicator(
                "G3.4",
                2,
                YES_PARTIAL_NO,
                Text.of(
                    "สมาชิกตรวจสอบยอดหุ้น เงินฝาก และหนี้ของตนเองได้ตลอดเวลา",
                    "Members can check their own shares, deposits and loan balances at any time."),
                Text.of(
                    "สมุดคู่ฝาก ใบแจ้งยอดประจำปี หรือระบบสอบถามข้อมูลสมาชิก",
                    "Passbooks, annual statements or a member self-service enquiry system.")))
        .child(
            indicator(
                "G3.5",
                1,
                YES_PARTIAL_NO,
                Text.of(
                    "ประกาศอัตราดอกเบี้ย ค่าธรรมเนียม และวิธีคำนวณเงินปันผลและเงินเฉลี่ยคืนให้สมาชิกทราบ",
                    "Interest rates, fees and the way dividends and patronage refunds are calculated are published to members."),
                Text.of(
                    "ประกาศสหกรณ์ และเอกสารประกอบการประชุมใหญ่",
                    "Cooperative notices and general meeting papers.")))
        .child(
            indicator(
                "G3.6",
                2,
                LEVELS,
                Text.of(
                    "ผู้ตรวจสอบกิจการรายงานผลการตรวจต่อคณะกรรมการดำเนินการทุกเดือน และรายงานต่อที่ประชุมใหญ่",
                    "The internal inspector reports monthly to the board and reports to the general meeting."),
                Text.of(
                    "รายงานผลการตรวจสอบกิจการรายเดือน และวาระรายงานในที่ประชุมใหญ่",
                    "Monthly inspection reports and the inspector's item on the general meeting agenda.")))
        .build();
  }

  /** {@return G4, participation} */
  static Criterion participation() {
    // weight 3: A cooperative is under democratic member control, so member participation is at its
    // heart.
    return principle(
            "G4",
            Text.of("หลักความมีส่วนร่วม", "Participation"),
            3,
            Text.of(
                "สมาชิกมีส่วนร่วมในการตัดสินใจ การใช้บริการ และการตรวจสอบสหกรณ์ และได้รับฟังความคิดเห็นอย่างจริงจัง",
                "Members take part in decisions, use the cooperative's services and help oversee it, and their views are taken seriously."))
        .child(
            indicator(
                "G4.1",
                3,
                LEVELS,
                Text.of(
                    "สัดส่วนสมาชิกหรือผู้แทนสมาชิกที่เข้าร่วมประชุมใหญ่ และแนวโน้มเทียบกับปีก่อน",
                    "Share of members or delegates attending the general meeting, and the trend against last year."),
                Text.of(
                    "ทะเบียนลงชื่อเข้าประชุม และรายงานการประชุมใหญ่ย้อนหลังสามปี",
                    "Attendance sign-in sheets and general meeting minutes for the last three years.")))
        .child(
            indicator(
                "G4.2",
                3,
                LEVELS,
                Text.of(
                    "สัดส่วนสมาชิกที่ทำธุรกิจกับสหกรณ์ในปีบัญชีที่ผ่านมา",
                    "Share of members who did business with the cooperative in the last accounting year."),
                Text.of(
                    "รายงานธุรกิจรายสมาชิก และทะเบียนสมาชิก",
                    "Business records per member and the member register.")))
        .child(
            indicator(
                "G4.3",
                2,
                LEVELS,
                Text.of(
                    "สมาชิกได้ร่วมเสนอความเห็นในการจัดทำแผนกลยุทธ์และแผนปฏิบัติการ",
                    "Members are consulted when the strategic plan and action plan are drawn up."),
                Text.of(
                    "รายงานการประชุมกลุ่มสมาชิก แบบสอบถาม และร่างแผนที่ปรับตามความเห็น",
                    "Member group meeting minutes, surveys and plan drafts revised after comments.")))
        .child(
            indicator(
                "G4.4",
                2,
                YES_PARTIAL_NO,
                Text.of(
                    "การเลือกตั้งกรรมการประกาศล่วงหน้า เปิดโอกาสให้สมาชิกสมัครอย่างเท่าเทียม และเปิดเผยผล",
                    "Director elections are announced in advance, open to every eligible member and their results published."),
                Text.of(
                    "ประกาศรับสมัคร ระเบียบการเลือกตั้ง และประกาศผลการเลือกตั้ง",
                    "Call for candidates, election rules and published results.")))
        .child(
            indicator(
                "G4.5",
                1,
                LEVELS,
                Text.of(
                    "จัดประชุมกลุ่มสมาชิกหรือประชุมสัญจรเป็นประจำตามแผน",
                    "Member group or outreach meetings are held regularly as planned."),
                Text.of(
                    "แผนการประชุมกลุ่ม รายงานการประชุม และรายชื่อผู้เข้าร่วม",
                    "Group meeting schedule, minutes and attendance lists.")))
        .child(
            indicator(
                "G4.6",
                1,
                LEVELS,
                Text.of(
                    "มีช่องทางรับข้อเสนอแนะจากสมาชิก และตอบกลับทุกเรื่องภายในเวลาที่กำหนด",
                    "There are channels for member suggestions, and each one is answered within a set time."),
                Text.of(
                    "ทะเบียนรับข้อเสนอแนะและบันทึกการตอบกลับ",
                    "Suggestion log with the replies given.")))
        .build();
  }

  /** {@return G5, accountability} */
  static Criterion accountability() {
    // weight 2: Owning results and correcting defects is what makes governance work in practice.
    return principle(
            "G5",
            Text.of("หลักความรับผิดชอบ", "Accountability"),
            2,
            Text.of(
                "คณะกรรมการดำเนินการและผู้จัดการรับผิดชอบต่อผลการดำเนินงาน ติดตามแก้ไขข้อบกพร่อง และรายงานผลต่อสมาชิก",
                "The board and manager answer for results, follow up on defects and report back to members."))
        .child(
            indicator(
                "G5.1",
                3,
                LEVELS,
                Text.of(
                    "ข้อสังเกตของผู้สอบบัญชีและผู้ตรวจสอบกิจการได้รับการแก้ไขภายในเวลาที่กำหนด",
                    "Findings of the auditor and the internal inspector are resolved within the agreed time."),
                Text.of(
                    "ทะเบียนติดตามข้อสังเกต หนังสือชี้แจง และหลักฐานการแก้ไข",
                    "Findings follow-up register, reply letters and proof of correction.")))
        .child(
            indicator(
                "G5.2",
                2,
                LEVELS,
                Text.of(
                    "คณะกรรมการดำเนินการประชุมอย่างน้อยเดือนละครั้ง ครบองค์ประชุม และบันทึกการเข้าประชุม",
                    "The board meets at least monthly with a quorum and attendance is recorded."),
                Text.of(
                    "รายงานการประชุมคณะกรรมการดำเนินการ และสรุปการเข้าประชุมรายคน",
                    "Board minutes and a per-director attendance summary.")))
        .child(
            indicator(
                "G5.3",
                2,
                LEVELS,
                Text.of(
                    "รายงานความก้าวหน้าของแผนปฏิบัติการเทียบกับเป้าหมายต่อคณะกรรมการดำเนินการและที่ประชุมใหญ่",
                    "Progress on the action plan against its targets is reported to the board and the general meeting."),
                Text.of(
                    "รายงานผลการดำเนินงานรายไตรมาส และรายงานประจำปี",
                    "Quarterly progress reports and the annual report.")))
        .child(
            indicator(
                "G5.4",
                2,
                LEVELS,
                Text.of(
                    "ประเมินผลการปฏิบัติงานของคณะกรรมการดำเนินการและผู้จัดการทุกปี และนำผลไปปรับปรุง",
                    "The board and the manager are appraised every year and the results lead to improvements."),
                Text.of(
                    "แบบประเมินตนเองของคณะกรรมการ ผลประเมินผู้จัดการ และแผนพัฒนา",
                    "Board self-appraisal forms, manager appraisal results and development plans.")))
        .child(
            indicator(
                "G5.5",
                1,
                LEVELS,
                Text.of(
                    "ข้อร้องเรียนของสมาชิกได้รับการแก้ไขภายในเวลาที่กำหนด และรายงานผลต่อคณะกรรมการ",
                    "Member complaints are settled within a set time and reported to the board."),
                Text.of(
                    "ทะเบียนข้อร้องเรียน ระยะเวลาดำเนินการ และรายงานสรุป",
                    "Complaint register, handling times and summary reports.")))
        .child(
            indicator(
                "G5.6",
                2,
                LEVELS,
                Text.of(
                    "ผลประเมินการควบคุมภายในของผู้สอบบัญชีอยู่ในระดับดีขึ้นไป",
                    "The auditor rates the cooperative's internal control as good or better."),
                Text.of(
                    "รายงานผลการประเมินการควบคุมภายในจากผู้สอบบัญชี",
                    "The auditor's internal control assessment.")))
        .build();
  }

  /** {@return G6, value for money} */
  static Criterion valueForMoney() {
    // weight 2: The cooperative's money is members' money and must be used well, though financial
    // results already show part of this.
    return principle(
            "G6",
            Text.of("หลักความคุ้มค่า", "Value for money"),
            2,
            Text.of(
                "สหกรณ์ใช้เงินและทรัพยากรอย่างประหยัด คุ้มค่า และเกิดประโยชน์สูงสุดต่อสมาชิก",
                "The cooperative uses its money and resources thriftily and to the greatest benefit of members."))
        .child(
            indicator(
                "G6.1",
                3,
                LEVELS,
                Text.of(
                    "อัตราค่าใช้จ่ายดำเนินงานต่อรายได้อยู่ในเป้าหมายและไม่เพิ่มขึ้นโดยไม่มีเหตุผล",
                    "Operating expenses to income stays within target and does not rise without good reason."),
                Text.of(
                    "งบการเงินสามปีย้อนหลัง และตารางวิเคราะห์อัตราส่วนทางการเงิน",
                    "Three years of financial statements and a financial-ratio analysis.")))
        .child(
            indicator(
                "G6.2",
                3,
                LEVELS,
                Text.of(
                    "หนี้ค้างชำระและหนี้สงสัยจะสูญอยู่ในระดับที่คณะกรรมการกำหนด",
                    "Overdue and doubtful loans stay within the limits the board has set."),
                Text.of(
                    "รายงานอายุลูกหนี้ และรายงานการติดตามหนี้",
                    "Loan ageing report and debt collection reports.")))
        .child(
            indicator(
                "G6.3",
                2,
                YES_PARTIAL_NO,
                Text.of(
                    "จัดสรรกำไรสุทธิตามกฎหมายและข้อบังคับ รวมทั้งทุนสำรองและทุนสวัสดิการหรือสาธารณประโยชน์",
                    "Net profit is allocated as the law and bylaws require, including reserves and welfare or public-benefit funds."),
                Text.of(
                    "มติที่ประชุมใหญ่เรื่องจัดสรรกำไร และรายงานการจ่ายเงินจากทุนต่าง ๆ",
                    "General meeting resolution on profit allocation and records of payments from each fund.")))
        .child(
            indicator(
                "G6.4",
                2,
                LEVELS,
                Text.of(
                    "โครงการลงทุนและการจัดซื้อรายการใหญ่มีการวิเคราะห์ความคุ้มค่าก่อนคณะกรรมการอนุมัติ",
                    "Investments and major purchases are backed by a cost-benefit analysis before board approval."),
                Text.of(
                    "เอกสารเสนอโครงการ ผลวิเคราะห์ความคุ้มค่า และมติอนุมัติ",
                    "Project proposals, cost-benefit analyses and approval resolutions.")))
        .child(
            indicator(
                "G6.5",
                1,
                LEVELS,
                Text.of(
                    "ทรัพย์สินถูกใช้ประโยชน์เต็มที่ และมีการทบทวนทรัพย์สินที่ไม่ได้ใช้งาน",
                    "Assets are fully used, and idle assets are reviewed."),
                Text.of(
                    "ทะเบียนทรัพย์สิน รายงานการใช้ประโยชน์ และผลการตรวจนับประจำปี",
                    "Asset register, usage reports and the annual asset count.")))
        .child(
            indicator(
                "G6.6",
                1,
                YES_PARTIAL_NO,
                Text.of(
                    "รายงานประโยชน์ที่สมาชิกได้รับ (เงินปันผล เงินเฉลี่ยคืน สวัสดิการ) เทียบกับปีก่อน",
                    "Benefits to members (dividends, patronage refunds, welfare) are reported and compared with last year."),
                Text.of(
                    "รายงานประจำปี และสรุปการจ่ายสวัสดิการ",
                    "Annual report and welfare payment summary.")))
        .build();
  }

  private static CriterionBuilder principle(String id, Text title, int weight, Text scope) {
    return Criterion.builder(id, title)
        .kind(CriterionKind.CHECKLIST)
        .weight(weight)
        .area(id + "-scope", scope);
  }

  private static Criterion indicator(
      String id, int weight, Scale scale, Text question, Text evidence) {
    return Criterion.builder(id, question)
        .kind(CriterionKind.CHECKLIST)
        .weight(weight)
        .area(id + "-evidence", evidence)
        .indicator(Indicator.of(id, question, scale))
        .build();
  }
}
