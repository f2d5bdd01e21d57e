package io.github.assessmentkit.assessment;

import io.github.assessmentkit.text.Text;

/** What sort of thing a piece of evidence is. */
public enum EvidenceKind {
  /** A document: minutes, a policy, a plan, a report. */
  DOCUMENT("เอกสาร", "document"),
  /** A record kept in the course of work: a register, a ledger, a log. */
  RECORD("บันทึก/ทะเบียน", "record"),
  /** Something an assessor saw on site. */
  OBSERVATION("การสังเกต", "observation"),
  /** What someone told an assessor. */
  INTERVIEW("การสัมภาษณ์", "interview"),
  /** A measured value, such as a ratio or a count. */
  MEASUREMENT("การวัดผล", "measurement");

  private final Text label;

  EvidenceKind(String th, String en) {
    this.label = Text.of(th, en);
  }

  /** {@return the kind's name in Thai and English} */
  public Text label() {
    return label;
  }
}
