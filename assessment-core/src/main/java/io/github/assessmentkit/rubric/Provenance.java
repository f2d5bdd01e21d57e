package io.github.assessmentkit.rubric;

import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.text.Text;

/**
 * Where a rubric, ladder or award scheme comes from and whether its figures were checked against a
 * source.
 *
 * @param source what it is taken or adapted from
 * @param verified true only when every figure was checked against a stored copy of the source
 * @param note what is adopted, adapted or unverified
 */
public record Provenance(Text source, boolean verified, Text note) {
  /**
   * Creates the value, checking its components.
   *
   * @param source what it is taken or adapted from
   * @param verified true only when every figure was checked against a stored copy of the source
   * @param note what is adopted, adapted or unverified
   * @throws NullPointerException if a required component is null
   */
  public Provenance {
    Checks.notNull(source, "source");
    Checks.notNull(note, "note");
  }

  /**
   * Creates a provenance marked unverified.
   *
   * @param source the source
   * @param note what is unverified
   * @return the provenance
   */
  public static Provenance unverified(Text source, Text note) {
    return new Provenance(source, false, note);
  }

  /**
   * Creates a provenance marked verified.
   *
   * @param source the source
   * @param note what was checked
   * @return the provenance
   */
  public static Provenance verified(Text source, Text note) {
    return new Provenance(source, true, note);
  }
}
