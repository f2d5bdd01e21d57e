package io.github.assessmentkit.testing;

/**
 * How many examples a property tries: its own count in an ordinary build, or the count the system
 * property {@value #PROPERTY} asks for (the {@code fuzz} profile sets it to 100,000).
 */
public final class Examples {
  /** The system property that sets the number of examples of every property that asks here. */
  public static final String PROPERTY = "assessmentkit.examples";

  private Examples() {}

  /**
   * Returns the number of examples to try.
   *
   * @param usual the count of an ordinary build
   * @return the count set by {@value #PROPERTY} if it is set, else {@code usual}
   * @throws IllegalArgumentException if the property is set and is not a positive whole number
   */
  public static int or(int usual) {
    String set = System.getProperty(PROPERTY);
    if (set == null || set.isBlank()) {
      return usual;
    }
    int n;
    try {
      n = Integer.parseInt(set.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(PROPERTY + " must be a whole number: " + set, e);
    }
    if (n < 1) {
      throw new IllegalArgumentException(PROPERTY + " must be positive: " + set);
    }
    return n;
  }
}
