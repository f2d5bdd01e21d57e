package io.github.assessmentkit.assessment;

import io.github.assessmentkit.text.Text;

/**
 * The kinds of organisation assessed: the seven cooperative types of Thai law, farmer groups, and
 * any other body.
 */
public enum OrganisationType {
  /** สหกรณ์การเกษตร. */
  AGRICULTURAL("สหกรณ์การเกษตร", "agricultural cooperative"),
  /** สหกรณ์ประมง. */
  FISHERIES("สหกรณ์ประมง", "fisheries cooperative"),
  /** สหกรณ์นิคม. */
  LAND_SETTLEMENT("สหกรณ์นิคม", "land settlement cooperative"),
  /** สหกรณ์ร้านค้า. */
  STORE("สหกรณ์ร้านค้า", "store cooperative"),
  /** สหกรณ์บริการ. */
  SERVICE("สหกรณ์บริการ", "service cooperative"),
  /** สหกรณ์ออมทรัพย์. */
  SAVINGS("สหกรณ์ออมทรัพย์", "savings cooperative"),
  /** สหกรณ์เครดิตยูเนี่ยน. */
  CREDIT_UNION("สหกรณ์เครดิตยูเนี่ยน", "credit union cooperative"),
  /** กลุ่มเกษตรกร. */
  FARMER_GROUP("กลุ่มเกษตรกร", "farmer group"),
  /** Any other organisation. */
  OTHER("องค์กรอื่น", "other organisation");

  private final Text label;

  OrganisationType(String th, String en) {
    this.label = Text.of(th, en);
  }

  /** {@return the type's name in Thai and English} */
  public Text label() {
    return label;
  }

  /** {@return whether this is one of the seven cooperative types} */
  public boolean isCooperative() {
    return this != FARMER_GROUP && this != OTHER;
  }
}
