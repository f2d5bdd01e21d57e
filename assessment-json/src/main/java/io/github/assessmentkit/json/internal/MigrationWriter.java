package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.Writing.header;
import static io.github.assessmentkit.json.internal.Writing.optional;
import static io.github.assessmentkit.json.internal.Writing.strings;
import static io.github.assessmentkit.json.internal.Writing.text;

import io.github.assessmentkit.json.DocumentFormat;
import io.github.assessmentkit.migration.MappingStep;
import io.github.assessmentkit.migration.MigrationEntry;
import io.github.assessmentkit.migration.MigrationMapping;
import io.github.assessmentkit.migration.MigrationReport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes migration-mapping and migration-report documents: header, {@code from} and {@code to} as
 * {@code id@version}, then the steps or the entries in order. A step names its {@code kind} first
 * ({@code rename}, {@code merge}, {@code split}, {@code drop}); the side with several ids (a
 * merge's {@code from}, a split's {@code to}) is an array. An entry's {@code toId} is left out for
 * a dropped rating. Stateless; thread-safe.
 */
final class MigrationWriter {
  private MigrationWriter() {}

  /**
   * Writes a migration-mapping document.
   *
   * @param m the mapping
   * @param g the generator
   */
  static void mapping(MigrationMapping m, JsonGenerator g) {
    g.writeStartObject();
    header(DocumentFormat.MIGRATION_MAPPING, g);
    g.writeStringProperty("from", m.from().toString());
    g.writeStringProperty("to", m.to().toString());
    g.writeArrayPropertyStart("steps");
    for (MappingStep s : m.steps()) {
      g.writeStartObject();
      s.accept(new StepProperties(g));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Writes a migration-report document.
   *
   * @param r the report
   * @param g the generator
   */
  static void report(MigrationReport r, JsonGenerator g) {
    g.writeStartObject();
    header(DocumentFormat.MIGRATION_REPORT, g);
    g.writeStringProperty("from", r.from().toString());
    g.writeStringProperty("to", r.to().toString());
    g.writeArrayPropertyStart("entries");
    for (MigrationEntry e : r.entries()) {
      g.writeStartObject();
      g.writeStringProperty("outcome", Obj.jsonName(e.outcome()));
      strings("fromIds", e.fromIds(), g);
      optional("toId", e.toId(), g);
      text("reason", e.reason(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Writes one step's kind and properties, one method per kind. */
  private record StepProperties(JsonGenerator g) implements MappingStep.Visitor<Void> {
    @Override
    public @Nullable Void visitRename(MappingStep.Rename r) {
      g.writeStringProperty("kind", "rename");
      g.writeStringProperty("from", r.from());
      g.writeStringProperty("to", r.to());
      return null;
    }

    @Override
    public @Nullable Void visitMerge(MappingStep.Merge m) {
      g.writeStringProperty("kind", "merge");
      strings("from", m.from(), g);
      g.writeStringProperty("to", m.to());
      g.writeStringProperty("rule", Obj.jsonName(m.rule()));
      return null;
    }

    @Override
    public @Nullable Void visitSplit(MappingStep.Split p) {
      g.writeStringProperty("kind", "split");
      g.writeStringProperty("from", p.from());
      strings("to", p.to(), g);
      return null;
    }

    @Override
    public @Nullable Void visitDrop(MappingStep.Drop d) {
      g.writeStringProperty("kind", "drop");
      g.writeStringProperty("from", d.from());
      return null;
    }
  }
}
