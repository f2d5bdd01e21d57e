package io.github.assessmentkit.cqa;

import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.CriterionKind;
import io.github.assessmentkit.text.Text;

/**
 * Categories 1 to 6 of the CQA set: the process items, each rated on {@link CqaScales#ADLI}, with
 * their areas to address written for cooperatives.
 */
final class CqaProcessCategories {
  private CqaProcessCategories() {}

  /** {@return category 1, Leadership (115 points)} */
  static Criterion leadership() {
    return CqaItems.category("1", Text.of("การนำองค์กร", "Leadership"), 115, CriterionKind.PROCESS)
        .child(
            CqaItems.process("1.1", Text.of("การนำองค์กรโดยผู้นำระดับสูง", "Senior leadership"), 65)
                .area(
                    "1.1a",
                    Text.of(
                        "คณะกรรมการดำเนินการและผู้จัดการกำหนดวิสัยทัศน์และค่านิยม และสื่อสารให้สมาชิก เจ้าหน้าที่ และคู่ค้าเข้าใจตรงกันอย่างไร",
                        "How the board of directors and manager set the vision and values and make them understood by members, staff and partners."))
                .area(
                    "1.1b",
                    Text.of(
                        "ผู้นำแสดงให้เห็นถึงความซื่อตรงและการปฏิบัติตามกฎหมายผ่านการกระทำและการตัดสินใจของตนเองอย่างไร",
                        "How leaders show integrity and legal compliance through their own conduct and decisions."))
                .area(
                    "1.1c",
                    Text.of(
                        "ผู้นำสื่อสารสองทางกับเจ้าหน้าที่ สมาชิก และกลุ่มเกษตรกรในเครือข่าย และรับฟังความคิดเห็นอย่างไร",
                        "How leaders hold two-way communication with staff, members and partner farmer groups and act on what they hear."))
                .area(
                    "1.1d",
                    Text.of(
                        "ผู้นำสร้างบรรยากาศที่เอื้อต่อการปรับปรุง การสร้างนวัตกรรม และการเตรียมผู้สืบทอดตำแหน่งทั้งกรรมการและผู้จัดการอย่างไร",
                        "How leaders build a climate for improvement and innovation and prepare successors for the board and the manager."))
                .area(
                    "1.1e",
                    Text.of(
                        "ผู้นำทำให้ทุกฝ่ายมุ่งสู่การปฏิบัติ และกำหนดเป้าหมายผลการดำเนินงานที่ตอบสนองความต้องการของสมาชิกอย่างไร",
                        "How leaders keep everyone focused on action and set performance targets that serve members' needs."))
                .build())
        .child(
            CqaItems.process(
                    "1.2",
                    Text.of(
                        "การกำกับดูแลองค์กรและการสร้างประโยชน์ต่อสังคม",
                        "Governance and societal contributions"),
                    50)
                .area(
                    "1.2a",
                    Text.of(
                        "สหกรณ์ทำให้คณะกรรมการดำเนินการและผู้จัดการรับผิดชอบต่อสมาชิก เปิดเผยข้อมูลอย่างโปร่งใส และให้ผู้ตรวจสอบกิจการทำงานได้อย่างอิสระอย่างไร",
                        "How the cooperative holds the board and manager accountable to members, stays transparent and keeps the internal inspector independent."))
                .area(
                    "1.2b",
                    Text.of(
                        "สหกรณ์ประเมินผลการปฏิบัติงานของคณะกรรมการดำเนินการและผู้จัดการอย่างไร และนำผลไปพัฒนาการนำองค์กรอย่างไร",
                        "How the performance of the board and the manager is evaluated and the results used to strengthen leadership."))
                .area(
                    "1.2c",
                    Text.of(
                        "สหกรณ์ปฏิบัติตามกฎหมาย ข้อบังคับ ระเบียบ และคำสั่งนายทะเบียนสหกรณ์ และคาดการณ์ผลกระทบทางลบจากธุรกิจของตนอย่างไร",
                        "How the cooperative meets the law, its bylaws and the registrar's orders and anticipates any harm its business may cause."))
                .area(
                    "1.2d",
                    Text.of(
                        "สหกรณ์ส่งเสริมและติดตามพฤติกรรมที่มีจริยธรรม และจัดการเมื่อมีการกระทำผิดจริยธรรมอย่างไร",
                        "How ethical behaviour is promoted and monitored, and how breaches are dealt with."))
                .area(
                    "1.2e",
                    Text.of(
                        "สหกรณ์สนับสนุนชุมชนและดูแลสิ่งแวดล้อม เพื่อให้สังคมโดยรวมได้รับประโยชน์อย่างไร",
                        "How the cooperative supports its community and cares for the environment for the wider benefit of society."))
                .build())
        .build();
  }

  /** {@return category 2, Strategy (90 points)} */
  static Criterion strategy() {
    return CqaItems.category("2", Text.of("กลยุทธ์", "Strategy"), 90, CriterionKind.PROCESS)
        .child(
            CqaItems.process("2.1", Text.of("การจัดทำกลยุทธ์", "Strategy development"), 45)
                .area(
                    "2.1a",
                    Text.of(
                        "คณะกรรมการดำเนินการ ผู้จัดการ และสมาชิกมีส่วนร่วมในการวางแผนกลยุทธ์อย่างไร และแผนครอบคลุมช่วงเวลาใดบ้าง",
                        "How the board, manager and members take part in strategic planning, and which time horizons the plan covers."))
                .area(
                    "2.1b",
                    Text.of(
                        "การวางแผนนำความต้องการของสมาชิก สภาพตลาดและราคา ความเสี่ยง รวมทั้งจุดแข็งและจุดอ่อนของสหกรณ์มาพิจารณาอย่างไร",
                        "How planning takes account of member needs, market and price conditions, risks, and the cooperative's own strengths and weaknesses."))
                .area(
                    "2.1c",
                    Text.of(
                        "สหกรณ์กำหนดวัตถุประสงค์เชิงกลยุทธ์พร้อมกรอบเวลา และสร้างสมดุลระหว่างความต้องการระยะสั้นและระยะยาวของสมาชิกอย่างไร",
                        "How strategic objectives and timetables are set, balancing the short- and long-term needs of members and stakeholders."))
                .area(
                    "2.1d",
                    Text.of(
                        "สหกรณ์ตัดสินใจอย่างไรว่างานใดจะทำเอง และงานใดจะให้ชุมนุมสหกรณ์ คู่ค้า หรือหน่วยงานอื่นดำเนินการ",
                        "How the cooperative decides which work it does itself and which it leaves to federations, partners or other bodies."))
                .build())
        .child(
            CqaItems.process("2.2", Text.of("การนำกลยุทธ์ไปปฏิบัติ", "Strategy implementation"), 45)
                .area(
                    "2.2a",
                    Text.of(
                        "สหกรณ์แปลงวัตถุประสงค์เชิงกลยุทธ์เป็นแผนปฏิบัติการที่มีเป้าหมาย ผู้รับผิดชอบ และงบประมาณชัดเจนอย่างไร",
                        "How strategic objectives become action plans with clear targets, owners and budgets."))
                .area(
                    "2.2b",
                    Text.of(
                        "สหกรณ์จัดสรรเงินทุน บุคลากร และทรัพยากรอื่นเพื่อให้แผนปฏิบัติการสำเร็จ โดยไม่กระทบบริการประจำแก่สมาชิกอย่างไร",
                        "How money, people and other resources are allocated to deliver the action plans without harming everyday member services."))
                .area(
                    "2.2c",
                    Text.of(
                        "สหกรณ์ใช้ตัวชี้วัดใดติดตามความก้าวหน้าของแผน และเทียบผลที่คาดการณ์ไว้กับสหกรณ์อื่นอย่างไร",
                        "Which key measures track progress on the plans, and how projected results compare with other cooperatives."))
                .area(
                    "2.2d",
                    Text.of(
                        "เมื่อสถานการณ์เปลี่ยน สหกรณ์ปรับแผนปฏิบัติการและแจ้งให้ผู้เกี่ยวข้องทราบอย่างไร",
                        "How action plans are adjusted when circumstances change, and how the changes are communicated."))
                .build())
        .build();
  }

  /** {@return category 3, Customers (members, stakeholders) (85 points)} */
  static Criterion customers() {
    return CqaItems.category(
            "3",
            Text.of("ลูกค้า (สมาชิกและผู้มีส่วนได้ส่วนเสีย)", "Customers (members, stakeholders)"),
            85,
            CriterionKind.PROCESS)
        .child(
            CqaItems.process("3.1", Text.of("เสียงของสมาชิก", "Voice of the member"), 40)
                .area(
                    "3.1a",
                    Text.of(
                        "สหกรณ์รับฟังสมาชิก ผู้ที่อาจมาเป็นสมาชิก และผู้มีส่วนได้ส่วนเสียอื่น ด้วยช่องทางใด และนำข้อมูลไปใช้อย่างไร",
                        "Which channels the cooperative uses to listen to members, prospective members and other stakeholders, and how it uses what it learns."))
                .area(
                    "3.1b",
                    Text.of(
                        "สหกรณ์วัดความพึงพอใจ ความไม่พึงพอใจ และความผูกพันของสมาชิกอย่างไร รวมถึงเมื่อเทียบกับสหกรณ์อื่น",
                        "How member satisfaction, dissatisfaction and engagement are measured, including relative to other cooperatives."))
                .area(
                    "3.1c",
                    Text.of(
                        "สหกรณ์นำข้อเสนอแนะจากที่ประชุมใหญ่ การประชุมกลุ่มสมาชิก และการให้บริการประจำวันมาปรับปรุงงานอย่างไร",
                        "How suggestions from the general meeting, member group meetings and daily service are turned into improvements."))
                .build())
        .child(
            CqaItems.process("3.2", Text.of("ความผูกพันของสมาชิก", "Member engagement"), 45)
                .area(
                    "3.2a",
                    Text.of(
                        "สหกรณ์กำหนดกลุ่มสมาชิกและออกแบบบริการ สินค้า และการสนับสนุนธุรกิจให้ตรงกับความต้องการของแต่ละกลุ่มอย่างไร",
                        "How the cooperative identifies member groups and designs services, products and business support to fit each group's needs."))
                .area(
                    "3.2b",
                    Text.of(
                        "สมาชิกค้นหาข้อมูลและเข้ารับบริการได้สะดวกเพียงใด และสหกรณ์สร้างความสัมพันธ์ระยะยาวกับสมาชิกอย่างไร",
                        "How easily members can find information and obtain services, and how the cooperative builds lasting relationships with them."))
                .area(
                    "3.2c",
                    Text.of(
                        "สหกรณ์จัดการข้อร้องเรียนอย่างรวดเร็วและเป็นธรรม และนำไปใช้ป้องกันปัญหาซ้ำอย่างไร",
                        "How complaints are resolved quickly and fairly and used to stop problems recurring."))
                .area(
                    "3.2d",
                    Text.of(
                        "สหกรณ์ดูแลให้สมาชิกทุกกลุ่มได้รับการปฏิบัติอย่างเท่าเทียม และจูงใจให้สมาชิกใช้บริการของสหกรณ์มากขึ้นอย่างไร",
                        "How the cooperative treats all member groups equitably and encourages members to do more business with it."))
                .build())
        .build();
  }

  /** {@return category 4, Measurement, analysis and knowledge management (90 points)} */
  static Criterion measurement() {
    return CqaItems.category(
            "4",
            Text.of(
                "การวัด การวิเคราะห์ และการจัดการความรู้",
                "Measurement, analysis and knowledge management"),
            90,
            CriterionKind.PROCESS)
        .child(
            CqaItems.process(
                    "4.1",
                    Text.of(
                        "การวัด การวิเคราะห์ และการปรับปรุงผลการดำเนินงานของสหกรณ์",
                        "Measurement, analysis and improvement of cooperative performance"),
                    45)
                .area(
                    "4.1a",
                    Text.of(
                        "สหกรณ์เลือกและติดตามข้อมูลใดเพื่อดูแลงานประจำวันและผลการดำเนินงานโดยรวม รวมถึงอัตราส่วนทางการเงิน",
                        "Which data the cooperative selects and tracks to run daily work and follow overall performance, including financial ratios."))
                .area(
                    "4.1b",
                    Text.of(
                        "สหกรณ์เลือกข้อมูลเปรียบเทียบจากสหกรณ์อื่น ชุมนุมสหกรณ์ หรือสถิติของหน่วยงานรัฐอย่างไร",
                        "How comparative data is chosen from other cooperatives, federations or government statistics."))
                .area(
                    "4.1c",
                    Text.of(
                        "คณะกรรมการดำเนินการและผู้จัดการทบทวนผลการดำเนินงานอย่างไร และใช้ผลการทบทวนจัดลำดับเรื่องที่ต้องปรับปรุงอย่างไร",
                        "How the board and manager review performance and use the review to rank what must be improved."))
                .area(
                    "4.1d",
                    Text.of(
                        "สหกรณ์คาดการณ์ผลการดำเนินงานในอนาคต และปรับระบบการวัดให้ทันต่อการเปลี่ยนแปลงอย่างไร",
                        "How the cooperative projects future performance and keeps its measures up to date as conditions change."))
                .build())
        .child(
            CqaItems.process(
                    "4.2",
                    Text.of("การจัดการสารสนเทศและความรู้", "Information and knowledge management"),
                    45)
                .area(
                    "4.2a",
                    Text.of(
                        "สหกรณ์ดูแลให้ข้อมูลถูกต้อง ทันเวลา ปลอดภัย และพร้อมใช้สำหรับกรรมการ เจ้าหน้าที่ และสมาชิกอย่างไร",
                        "How the cooperative keeps data accurate, timely, secure and available to directors, staff and members."))
                .area(
                    "4.2b",
                    Text.of(
                        "สหกรณ์รวบรวมและถ่ายทอดความรู้ รวมทั้งบทเรียนจากสหกรณ์และกลุ่มเกษตรกรอื่นในเครือข่ายอย่างไร",
                        "How knowledge is gathered and passed on, including lessons from other cooperatives and farmer groups in the network."))
                .area(
                    "4.2c",
                    Text.of(
                        "สหกรณ์ค้นหาวิธีปฏิบัติที่เป็นเลิศ และขยายผลไปทั่วสหกรณ์และเครือข่ายอย่างไร",
                        "How good practices are identified and spread across the cooperative and its network."))
                .area(
                    "4.2d",
                    Text.of(
                        "สหกรณ์รักษาความรู้ไว้เมื่อกรรมการหรือเจ้าหน้าที่เปลี่ยนชุด และใช้ความรู้เพื่อสร้างนวัตกรรมอย่างไร",
                        "How knowledge is kept when directors or staff change, and how it is used to innovate."))
                .build())
        .build();
  }

  /** {@return category 5, Workforce (staff, board, volunteers) (85 points)} */
  static Criterion workforce() {
    return CqaItems.category(
            "5",
            Text.of("บุคลากร", "Workforce (staff, board, volunteers)"),
            85,
            CriterionKind.PROCESS)
        .child(
            CqaItems.process("5.1", Text.of("สภาพแวดล้อมของบุคลากร", "Workforce environment"), 40)
                .area(
                    "5.1a",
                    Text.of(
                        "สหกรณ์ประเมินความต้องการด้านจำนวนและทักษะของบุคลากร รวมถึงทักษะใหม่สำหรับธุรกิจหรือบริการใหม่อย่างไร",
                        "How the cooperative assesses the numbers and skills it needs, including new skills for new businesses or services."))
                .area(
                    "5.1b",
                    Text.of(
                        "สหกรณ์สรรหา คัดเลือก บรรจุ และรักษาเจ้าหน้าที่ที่มีความสามารถ และเตรียมรับการเปลี่ยนแปลงกำลังคนอย่างไร",
                        "How competent staff are recruited, selected, placed and retained, and how workforce changes are prepared for."))
                .area(
                    "5.1c",
                    Text.of(
                        "สหกรณ์ดูแลให้สถานที่ทำงานปลอดภัย ถูกสุขลักษณะ และมีการป้องกันเหตุร้ายอย่างไร",
                        "How the cooperative keeps the workplace safe, healthy and secure."))
                .area(
                    "5.1d",
                    Text.of(
                        "สหกรณ์จัดค่าตอบแทน สวัสดิการ และนโยบายด้านบุคลากรที่เหมาะกับความต้องการของเจ้าหน้าที่อย่างไร",
                        "How pay, benefits and workforce policies are tailored to staff needs."))
                .build())
        .child(
            CqaItems.process("5.2", Text.of("ความผูกพันของบุคลากร", "Workforce engagement"), 45)
                .area(
                    "5.2a",
                    Text.of(
                        "สหกรณ์ระบุปัจจัยที่ทำให้เจ้าหน้าที่และกรรมการผูกพันกับสหกรณ์ และวัดระดับความผูกพันอย่างไร",
                        "How the cooperative finds out what drives engagement of staff and directors and measures it."))
                .area(
                    "5.2b",
                    Text.of(
                        "สหกรณ์สร้างวัฒนธรรมที่เปิดให้สื่อสารอย่างตรงไปตรงมา ทำงานเป็นทีม และมุ่งผลงานที่ดีอย่างไร",
                        "How the cooperative builds a culture of open communication, teamwork and high performance."))
                .area(
                    "5.2c",
                    Text.of(
                        "ระบบประเมินผลการปฏิบัติงานและการให้รางวัลสนับสนุนให้บุคลากรทำงานได้ดีและมุ่งประโยชน์ของสมาชิกอย่างไร",
                        "How performance appraisal and rewards encourage good work focused on members."))
                .area(
                    "5.2d",
                    Text.of(
                        "สหกรณ์พัฒนาความรู้ของเจ้าหน้าที่ กรรมการ และผู้ตรวจสอบกิจการ และประเมินประสิทธิผลของการพัฒนาอย่างไร",
                        "How staff, directors and internal inspectors are trained, and how the effectiveness of training is evaluated."))
                .area(
                    "5.2e",
                    Text.of(
                        "สหกรณ์วางแผนความก้าวหน้าในสายงานและการสืบทอดตำแหน่งสำคัญอย่างไร",
                        "How career progression and succession to key positions are planned."))
                .build())
        .build();
  }

  /** {@return category 6, Operations (85 points)} */
  static Criterion operations() {
    return CqaItems.category("6", Text.of("การปฏิบัติการ", "Operations"), 85, CriterionKind.PROCESS)
        .child(
            CqaItems.process("6.1", Text.of("กระบวนการทำงาน", "Work processes"), 40)
                .area(
                    "6.1a",
                    Text.of(
                        "สหกรณ์กำหนดข้อกำหนดที่สำคัญของบริการและกระบวนการหลัก เช่น รับฝากเงิน ให้เงินกู้ จัดหาสินค้า และรวบรวมผลผลิต อย่างไร",
                        "How the cooperative sets key requirements for its services and core processes, such as deposits, loans, supplies and produce collection."))
                .area(
                    "6.1b",
                    Text.of(
                        "สหกรณ์ออกแบบ ควบคุม และติดตามกระบวนการหลักในงานประจำวันให้เป็นไปตามข้อกำหนดอย่างไร",
                        "How core processes are designed, run and checked day to day so that they meet requirements."))
                .area(
                    "6.1c",
                    Text.of(
                        "สหกรณ์จัดการกระบวนการสนับสนุน เช่น บัญชี คลังสินค้า และระบบคอมพิวเตอร์อย่างไร",
                        "How support processes such as accounting, warehousing and computer systems are managed."))
                .area(
                    "6.1d",
                    Text.of(
                        "สหกรณ์ปรับปรุงกระบวนการและแสวงหาโอกาสสร้างนวัตกรรมอย่างไร",
                        "How processes are improved and opportunities for innovation are pursued."))
                .area(
                    "6.1e",
                    Text.of(
                        "สหกรณ์คัดเลือกและดูแลคู่ค้า ผู้รับซื้อผลผลิต และชุมนุมสหกรณ์ในห่วงโซ่อุปทานอย่างไร",
                        "How suppliers, produce buyers and federations in the supply network are chosen and managed."))
                .build())
        .child(
            CqaItems.process(
                    "6.2", Text.of("ประสิทธิผลของการปฏิบัติการ", "Operational effectiveness"), 45)
                .area(
                    "6.2a",
                    Text.of(
                        "สหกรณ์ควบคุมต้นทุนและเพิ่มประสิทธิภาพของการดำเนินงานอย่างไร",
                        "How the cooperative controls costs and makes its operations more efficient."))
                .area(
                    "6.2b",
                    Text.of(
                        "สหกรณ์ดูแลความปลอดภัยและความน่าเชื่อถือของระบบสารสนเทศและข้อมูลสมาชิกอย่างไร",
                        "How information systems and member records are kept secure and reliable."))
                .area(
                    "6.2c",
                    Text.of(
                        "สหกรณ์เตรียมพร้อมรับเหตุฉุกเฉินและรักษาความต่อเนื่องของธุรกิจ เช่น น้ำท่วม ภัยแล้ง หรือระบบล่ม อย่างไร",
                        "How the cooperative prepares for emergencies such as floods, drought or system failures and keeps its business running."))
                .area(
                    "6.2d",
                    Text.of(
                        "สหกรณ์ผนวกการควบคุมภายในและการบริหารความเสี่ยงเข้ากับงานประจำวันอย่างไร",
                        "How internal control and risk management are built into daily operations."))
                .build())
        .build();
  }
}
