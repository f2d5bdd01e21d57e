package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.text.Text;

/** The bilingual messages of the rubric-diff, migration-mapping and migration-report readers. */
final class EvolutionMessages {
  private EvolutionMessages() {}

  /**
   * @return the message for an area, ladder or award change with neither value
   */
  static Text beforeOrAfter() {
    return Text.of(
        "ต้องระบุ before หรือ after อย่างน้อยหนึ่งค่า: ไม่มี before คือเพิ่มใหม่ ไม่มี after คือถูกลบ",
        "before or after is required: without before it was added, without after removed");
  }

  /**
   * @param id the id named again
   * @param older whether it is an id of the older version (a source) or of the newer (a target)
   * @return the message for an id two steps of a mapping name on the same side
   */
  static Text namedTwice(String id, boolean older) {
    return older
        ? Text.of(
            "รหัสเดิม '" + id + "' ถูกระบุเป็นต้นทางมากกว่าหนึ่งครั้งในการจับคู่",
            "the older id '" + id + "' is read by more than one step of the mapping")
        : Text.of(
            "รหัสใหม่ '" + id + "' ถูกระบุเป็นปลายทางมากกว่าหนึ่งครั้งในการจับคู่",
            "the newer id '" + id + "' is written by more than one step of the mapping");
  }
}
