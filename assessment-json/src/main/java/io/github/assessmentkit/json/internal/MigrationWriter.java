package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.Writing.header;
import static io.github.assessmentkit.json.internal.Writing.optional;
import static io.github.assessmentkit.json.internal.Writing.strings;
import static io.github.assessmentkit.json.internal.Writing.text;

import io.github.assessmentkit.ConflictingStateException;
import io.github.assessmentkit.json.DocumentFormat;
import io.github.assessmentkit.migration.MappingStep;
import io.github.assessmentkit.migration.MigrationEntry;
import io.github.assessmentkit.migration.MigrationMapping;
import io.github.assessmentkit.migration.MigrationReport;
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
      if (s instanceof MappingStep.Rename r) {
        g.writeStringProperty("kind", "rename");
        g.writeStringProperty("from", r.from());
        g.writeStringProperty("to", r.to());
      } else if (s instanceof MappingStep.Merge r) {
        g.writeStringProperty("kind", "merge");
        strings("from", r.from(), g);
        g.writeStringProperty("to", r.to());
        g.writeStringProperty("rule", Obj.jsonName(r.rule()));
      } else if (s instanceof MappingStep.Split r) {
        g.writeStringProperty("kind", "split");
        g.writeStringProperty("from", r.from());
        strings("to", r.to(), g);
      } else if (s instanceof MappingStep.Drop r) {
        g.writeStringProperty("kind", "drop");
        g.writeStringProperty("from", r.from());
      } else {
        throw new ConflictingStateException(
            JsonMessages.noCodec("MappingStep", s.getClass().getName()));
      }
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
}
