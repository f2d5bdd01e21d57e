package io.github.assessmentkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.assessmentkit.ConflictingStateException;
import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.testing.Draw;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Sequences of up to 30 attempts at random (a move to any status, a change through {@code
 * toBuilder()} with or without a status, a supersession under a fresh id with or without a status,
 * or under the same id): an assessment only ever takes allowed moves, and no sequence leaves a
 * final assessment except by a new assessment, under another id, that names it.
 */
class AssessmentStatusProperties {
  private static final int EXAMPLES = 500;
  private static final List<AssessmentStatus> STATUSES = List.of(AssessmentStatus.values());

  /** One attempt. */
  record Attempt(int kind, AssessmentStatus status, int percent) {}

  private static Gen<List<Attempt>> attempts() {
    return in -> {
      Draw d = new Draw(in);
      List<Attempt> out = new ArrayList<>();
      int n = d.between(1, 30);
      for (int i = 0; i < n; i++) {
        out.add(new Attempt(d.between(0, 5), d.oneOf(STATUSES), 5 * d.between(0, 20)));
      }
      return out;
    };
  }

  private static Assessment start() {
    return Assessment.builder(
            "a-0",
            new Subject("coop-1", Text.en("coop"), OrganisationType.SAVINGS, null),
            RubricRef.parse("cqa@2025.1"),
            FiscalYear.ofBuddhistEra(2567))
        .rating(Rating.of("1.1", 50))
        .build();
  }

  /** Applies an attempt; a refusal leaves the assessment as it was. */
  private static Assessment apply(Assessment a, Attempt t, int step) {
    try {
      return switch (t.kind()) {
        case 0 -> a.moveTo(t.status());
        case 1 -> a.toBuilder().rerate(Rating.of("1.1", t.percent())).build();
        case 2 -> a.toBuilder().status(t.status()).build();
        case 3 -> a.supersede("a-" + (step + 1)).rerate(Rating.of("1.1", t.percent())).build();
        case 4 -> a.supersede("a-" + (step + 1)).status(t.status()).build();
        default -> a.supersede(a.id()).build();
      };
    } catch (ConflictingStateException | InvalidValueException refused) {
      return a;
    }
  }

  @Test
  void a_final_assessment_is_left_only_by_a_new_assessment_that_names_it() {
    qt().withExamples(EXAMPLES)
        .forAll(attempts())
        .checkAssert(
            list -> {
              Assessment current = start();
              for (int step = 0; step < list.size(); step++) {
                Assessment next = apply(current, list.get(step), step);
                if (next.id().equals(current.id())) {
                  // the same assessment: it stays, or takes one allowed move
                  assertThat(
                          next.status() == current.status()
                              || current.status().canMoveTo(next.status()))
                      .isTrue();
                  if (current.status().isFinal()) {
                    assertThat(next).isSameAs(current);
                  }
                } else {
                  // a new assessment: only of a final one, a draft (or at once submitted) naming it
                  assertThat(current.status()).isEqualTo(AssessmentStatus.FINAL);
                  assertThat(next.supersedes()).isEqualTo(current.id());
                  assertThat(next.status())
                      .isIn(AssessmentStatus.DRAFT, AssessmentStatus.SUBMITTED);
                }
                current = next;
              }
            });
  }
}
