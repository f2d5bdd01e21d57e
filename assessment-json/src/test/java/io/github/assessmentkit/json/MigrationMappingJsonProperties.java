package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.assessmentkit.migration.MergeRule;
import io.github.assessmentkit.migration.MigrationMapping;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.testing.Examples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Any mapping, of any steps and ids, reads back from what is written as the same mapping. */
class MigrationMappingJsonProperties {
  private static final AssessmentJson JSON = AssessmentJson.standard();

  /** Latin, digits, punctuation ids use, and Thai consonants, vowels and marks. */
  private static final String LETTERS = "abcXYZ019.-_/กขคงจษสหอะาำเแโใไ่้๊๋์ั็";

  /** What an id may start with: no mark, which would belong to a character before it. */
  private static final String FIRST = "abcXYZ019กขคงจษสหอเแโใไ";

  /** An id of one to eight characters: one from {@link #FIRST}, the rest from {@link #LETTERS}. */
  private static Gen<String> ids() {
    return lists()
        .of(integers().between(0, LETTERS.length() - 1))
        .ofSizeBetween(0, 7)
        .zip(
            integers().between(0, FIRST.length() - 1),
            (picks, first) -> {
              StringBuilder id = new StringBuilder().append(FIRST.charAt(first));
              for (int p : picks) {
                id.append(LETTERS.charAt(p));
              }
              return id.toString();
            });
  }

  /**
   * A step drawn from four numbers: its kind (0 rename, 1 merge, 2 split, 3 drop), the merge rule,
   * how many ids its many side has (two to four), and a base id.
   */
  private static Gen<List<Integer>> stepShapes() {
    return lists().of(integers().between(0, 11)).ofSizeBetween(0, 12);
  }

  @Test
  void any_mapping_reads_back_equal() {
    qt().withExamples(Examples.or(1000))
        .forAll(stepShapes(), ids(), ids())
        .checkAssert(
            (shapes, base, version) -> {
              // given steps of random kinds whose ids are random but never repeated on one side:
              // the n-th id written gets the suffix "#n"
              MigrationMapping.Builder b =
                  MigrationMapping.between(
                      RubricRef.parse("cqa@" + version), RubricRef.parse("cqa@" + version + "+"));
              int[] n = {0};
              java.util.function.Supplier<String> next = () -> base + "#" + n[0]++;
              for (int shape : shapes) {
                int kind = shape % 4;
                int many = 2 + shape % 3;
                switch (kind) {
                  case 0 -> b.rename(next.get(), next.get());
                  case 1 -> {
                    List<String> from = new ArrayList<>();
                    for (int i = 0; i < many; i++) {
                      from.add(next.get());
                    }
                    b.merge(
                        next.get(),
                        MergeRule.values()[shape % MergeRule.values().length],
                        from.toArray(String[]::new));
                  }
                  case 2 -> {
                    String from = next.get();
                    List<String> to = new ArrayList<>();
                    for (int i = 0; i < many; i++) {
                      to.add(next.get());
                    }
                    b.split(from, to.toArray(String[]::new));
                  }
                  default -> b.drop(next.get());
                }
              }
              MigrationMapping mapping = b.build();

              // when
              String written = JSON.writeString(mapping);
              MigrationMapping read = JSON.readMigrationMapping(written);

              // then: the same mapping, step for step, and the same bytes when written again
              assertThat(read).isEqualTo(mapping);
              assertThat(read.steps()).hasSameSizeAs(shapes);
              assertThat(read.steps())
                  .extracting(s -> s.getClass().getSimpleName())
                  .containsExactlyElementsOf(
                      shapes.stream()
                          .map(s -> List.of("Rename", "Merge", "Split", "Drop").get(s % 4))
                          .toList());
              assertThat(JSON.writeString(read)).isEqualTo(written);
            });
  }

  @Test
  void a_written_mapping_names_each_step_s_kind_first() {
    qt().withExamples(Examples.or(1000))
        .forAll(stepShapes())
        .checkAssert(
            shapes -> {
              MigrationMapping.Builder b =
                  MigrationMapping.between(RubricRef.parse("a@1"), RubricRef.parse("a@2"));
              int n = 0;
              for (int shape : shapes) {
                String id = "i" + n++;
                switch (shape % 4) {
                  case 0 -> b.rename(id, id + "'");
                  case 1 -> b.merge(id + "'", MergeRule.HIGHEST, id, id + "+");
                  case 2 -> b.split(id, id + "'", id + "''");
                  default -> b.drop(id);
                }
              }
              MigrationMapping mapping = b.build();

              String written = JSON.writeString(mapping);

              int kinds = written.split("\\{\n      \"kind\": \"", -1).length - 1;
              assertThat(kinds).isEqualTo(mapping.steps().size());
            });
  }
}
