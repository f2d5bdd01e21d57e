package io.github.assessmentkit.testing;

import org.jspecify.annotations.Nullable;

/**
 * How many examples a property tries: its own count in an ordinary build, the count the system
 * property {@value #PROPERTY} asks for (the {@code fuzz} profile sets it to 100,000, for the
 * properties that ask with {@link #or}), and never more than {@value #MAX_PROPERTY} when that is
 * set (the {@code mutation} profile sets it for PIT's test runs, where one failing example is
 * enough to kill a mutant).
 */
public final class Examples {
  /** The system property that sets the number of examples of every property that asks here. */
  public static final String PROPERTY = "assessmentkit.examples";

  /** The system property that caps the number of examples of every property that asks here. */
  public static final String MAX_PROPERTY = "assessmentkit.maxExamples";

  private Examples() {}

  /**
   * Returns the number of examples to try, for a property that the {@code fuzz} profile scales.
   *
   * @param usual the count of an ordinary build
   * @return the count set by {@value #PROPERTY} if it is set, else {@code usual}; in either case at
   *     most the cap set by {@value #MAX_PROPERTY}, if that is set
   * @throws IllegalArgumentException if a property is set and is not a positive whole number
   */
  public static int or(int usual) {
    @Nullable Integer set = read(PROPERTY);
    return capped(set == null ? usual : set);
  }

  /**
   * Returns the number of examples to try, for a property that keeps its own count in the {@code
   * fuzz} profile.
   *
   * @param usual the count of an ordinary build
   * @return {@code usual}, or the cap set by {@value #MAX_PROPERTY} if that is smaller
   * @throws IllegalArgumentException if the cap is set and is not a positive whole number
   */
  public static int usual(int usual) {
    return capped(usual);
  }

  /**
   * Tells whether the counts are capped, so that a property tries fewer examples than usual.
   *
   * @return whether {@value #MAX_PROPERTY} is set
   * @throws IllegalArgumentException if the cap is set and is not a positive whole number
   */
  public static boolean capped() {
    return read(MAX_PROPERTY) != null;
  }

  private static int capped(int count) {
    @Nullable Integer max = read(MAX_PROPERTY);
    return max == null ? count : Math.min(count, max);
  }

  private static @Nullable Integer read(String property) {
    String set = System.getProperty(property);
    if (set == null || set.isBlank()) {
      return null;
    }
    int n;
    try {
      n = Integer.parseInt(set.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(property + " must be a whole number: " + set, e);
    }
    if (n < 1) {
      throw new IllegalArgumentException(property + " must be positive: " + set);
    }
    return n;
  }
}
