package io.github.assessmentkit.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.rubric.Severity;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.validation.ValidationReport;
import io.github.assessmentkit.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A truncation keeps the first violations up to its limit and counts the rest in one last entry,
 * folding in the count of such an entry it is given, and whether an error was among them.
 */
class TruncationTest {
  private static Violation warning(String path) {
    return new Violation(path, "test.rule", null, Text.en("w"), Severity.WARNING);
  }

  @Test
  void add_is_always_true_whether_the_violation_is_kept_counted_or_folded_in() {
    // given room for one
    Truncation kept = new Truncation(1);

    // when / then the first is kept, the second counted, a last entry folded in
    assertThat(kept.add(warning("/a"))).isTrue();
    assertThat(kept.add(warning("/b"))).isTrue();
    assertThat(kept.add(Truncation.more(2, false))).isTrue();
    // 1 counted + 2 folded in = 3 more, all warnings
    assertThat(kept.finish()).containsExactly(warning("/a"), Truncation.more(3, false));
  }

  @Test
  void add_all_tells_whether_any_violation_was_given() {
    // given
    Truncation kept = new Truncation(5);

    // when / then
    assertThat(kept.addAll(List.of())).isFalse();
    assertThat(kept.addAll(List.of(warning("/a"), warning("/b")))).isTrue();
    assertThat(kept.finish()).containsExactly(warning("/a"), warning("/b"));
  }

  @Test
  void a_folded_in_entry_that_counts_an_error_makes_the_last_entry_an_error() {
    // given room for one, filled with a warning
    Truncation kept = new Truncation(1);
    kept.add(warning("/a"));

    // when an entry of a shortened report, 3 more with an error among them, is given
    kept.add(Truncation.more(3, true));
    List<Violation> out = kept.finish();

    // then the last entry counts 3 and is an error
    assertThat(out).hasSize(2);
    assertThat(out.get(1).rule()).isEqualTo(ValidationReport.TRUNCATED);
    assertThat(out.get(1).value()).isEqualTo("3");
    assertThat(out.get(1).severity()).isEqualTo(Severity.ERROR);
  }
}
