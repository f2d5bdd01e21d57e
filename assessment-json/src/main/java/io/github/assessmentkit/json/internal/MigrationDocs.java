package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.CommonDocs.present;

import io.github.assessmentkit.json.internal.CommonDocs.TextDoc;
import io.github.assessmentkit.migration.MappingStep;
import io.github.assessmentkit.migration.MergeRule;
import io.github.assessmentkit.migration.MigrationEntry;
import io.github.assessmentkit.migration.MigrationMapping;
import io.github.assessmentkit.migration.MigrationOutcome;
import io.github.assessmentkit.migration.MigrationReport;
import io.github.assessmentkit.rubric.RubricRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The records migration-mapping and migration-report documents are read into, with their Jakarta
 * constraints (components named as the JSON properties, so that a constraint's path is the
 * property's JSON Pointer), and how each becomes the model. {@link MigrationReader} fills them in.
 */
final class MigrationDocs {
  private MigrationDocs() {}

  /**
   * A whole mapping.
   *
   * @param from the older version
   * @param to the newer version
   * @param steps the steps, null where unreadable
   */
  record MappingDoc(
      @NotNull(message = K.REQUIRED) @Nullable RubricRef from,
      @NotNull(message = K.REQUIRED) @Nullable RubricRef to,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable StepDoc> steps) {

    MigrationMapping toModel() {
      List<MappingStep> out = new ArrayList<>();
      for (StepDoc s : present(steps)) {
        out.add(Located.at(s.at(), s::toModel));
      }
      return new MigrationMapping(Objects.requireNonNull(from), Objects.requireNonNull(to), out);
    }
  }

  /** One step read from its object. */
  interface StepDoc {
    /** {@return the step object's place} */
    Where at();

    /** {@return the step} */
    MappingStep toModel();
  }

  /** {@code rename}. */
  record RenameDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String from,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String to)
      implements StepDoc {
    @Override
    public MappingStep toModel() {
      return new MappingStep.Rename(Objects.requireNonNull(from), Objects.requireNonNull(to));
    }
  }

  /** {@code merge}. */
  record MergeDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Size(min = 2, message = K.MIN_ENTRIES)
          @Nullable List<@NotNull(message = K.REQUIRED) @Identifier @Nullable String> from,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String to,
      @NotNull(message = K.REQUIRED) @Nullable MergeRule rule)
      implements StepDoc {
    @Override
    public MappingStep toModel() {
      return new MappingStep.Merge(
          present(from), Objects.requireNonNull(to), Objects.requireNonNull(rule));
    }
  }

  /** {@code split}. */
  record SplitDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String from,
      @NotNull(message = K.REQUIRED) @Size(min = 2, message = K.MIN_ENTRIES)
          @Nullable List<@NotNull(message = K.REQUIRED) @Identifier @Nullable String> to)
      implements StepDoc {
    @Override
    public MappingStep toModel() {
      return new MappingStep.Split(Objects.requireNonNull(from), present(to));
    }
  }

  /** {@code drop}. */
  record DropDoc(Where at, @NotNull(message = K.REQUIRED) @Identifier @Nullable String from)
      implements StepDoc {
    @Override
    public MappingStep toModel() {
      return new MappingStep.Drop(Objects.requireNonNull(from));
    }
  }

  /**
   * A whole report.
   *
   * @param from the older version
   * @param to the newer version
   * @param entries the entries, null where unreadable
   */
  record ReportDoc(
      @NotNull(message = K.REQUIRED) @Nullable RubricRef from,
      @NotNull(message = K.REQUIRED) @Nullable RubricRef to,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable EntryDoc> entries) {

    MigrationReport toModel() {
      List<MigrationEntry> out = new ArrayList<>();
      for (EntryDoc e : present(entries)) {
        out.add(Located.at(e.at(), e::toModel));
      }
      return new MigrationReport(Objects.requireNonNull(from), Objects.requireNonNull(to), out);
    }
  }

  /** One entry of a report. */
  record EntryDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Nullable MigrationOutcome outcome,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Identifier @Nullable String> fromIds,
      @Identifier @Nullable String toId,
      @NotNull(message = K.REQUIRED) @Nullable TextDoc reason) {

    MigrationEntry toModel() {
      return new MigrationEntry(
          Objects.requireNonNull(outcome),
          present(fromIds),
          toId,
          Objects.requireNonNull(reason).toModel());
    }
  }
}
