package io.github.assessmentkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link RubricRegistry#compareVersions}: versions of different numbers of parts. */
class VersionOrderTest {

  @Test
  void a_version_comes_before_the_same_version_with_a_further_part() {
    // 1.0 against 1.0.1: the missing third part is empty, and "" sorts before "1"
    assertThat(RubricRegistry.compareVersions("1.0", "1.0.1")).isNegative();
    assertThat(RubricRegistry.compareVersions("1.0.1", "1.0")).isPositive();
    assertThat(RubricRegistry.compareVersions("2024-1", "2024-1")).isZero();
  }
}
