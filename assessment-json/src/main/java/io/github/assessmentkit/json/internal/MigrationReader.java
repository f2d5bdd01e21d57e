package io.github.assessmentkit.json.internal;

import static io.github.assessmentkit.json.internal.CommonDocs.text;

import io.github.assessmentkit.json.DocumentFormat;
import io.github.assessmentkit.json.JsonFormatException;
import io.github.assessmentkit.json.internal.MigrationDocs.DropDoc;
import io.github.assessmentkit.json.internal.MigrationDocs.EntryDoc;
import io.github.assessmentkit.json.internal.MigrationDocs.MappingDoc;
import io.github.assessmentkit.json.internal.MigrationDocs.MergeDoc;
import io.github.assessmentkit.json.internal.MigrationDocs.RenameDoc;
import io.github.assessmentkit.json.internal.MigrationDocs.ReportDoc;
import io.github.assessmentkit.json.internal.MigrationDocs.SplitDoc;
import io.github.assessmentkit.json.internal.MigrationDocs.StepDoc;
import io.github.assessmentkit.migration.MergeRule;
import io.github.assessmentkit.migration.MigrationMapping;
import io.github.assessmentkit.migration.MigrationOutcome;
import io.github.assessmentkit.migration.MigrationReport;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads migration-mapping and migration-report documents: each object by hand (a step's {@code
 * kind} is one of {@code rename}, {@code merge}, {@code split}, {@code drop}), then the Jakarta
 * constraints of the records (ids not blank and visible, a merge's {@code from} and a split's
 * {@code to} with two ids or more: {@code value.min-entries}), then the model. Unknown fields are
 * reported ({@code json.unknown-field}).
 *
 * <p>Rule id of its own: {@code mapping.unique-id}, an older id read by two steps or a newer id
 * written by two, at its second use. The rest are the codec's. Stateless; thread-safe.
 */
public final class MigrationReader {
  /** The kinds of step, as a document names them. */
  static final List<String> STEP_KINDS = List.of("rename", "merge", "split", "drop");

  private MigrationReader() {}

  /**
   * Reads a migration-mapping document.
   *
   * @param codec the codec, for its parser and limits
   * @param bytes the document
   * @return the mapping
   * @throws JsonFormatException if it cannot be read
   */
  public static MigrationMapping mapping(Codec codec, byte[] bytes) {
    ValidatorStart.once();
    Issues issues = new Issues(codec.parsing().limits().maxViolations());
    Obj o = codec.root(bytes, DocumentFormat.MIGRATION_MAPPING, issues);
    o.raw("format");
    o.raw("formatVersion");
    MappingDoc doc =
        new MappingDoc(
            RubricDiffReader.ref(o, "from"),
            RubricDiffReader.ref(o, "to"),
            o.has("steps") ? o.objects("steps", MigrationReader::step) : null);
    o.noRest();
    namedOnce(doc, issues);
    Structure.check(doc, issues);
    Codec.stopIfAny(issues);
    return Codec.build(issues, doc::toModel, Map.of());
  }

  /**
   * Reads a migration-report document.
   *
   * @param codec the codec, for its parser and limits
   * @param bytes the document
   * @return the report
   * @throws JsonFormatException if it cannot be read
   */
  public static MigrationReport report(Codec codec, byte[] bytes) {
    ValidatorStart.once();
    Issues issues = new Issues(codec.parsing().limits().maxViolations());
    Obj o = codec.root(bytes, DocumentFormat.MIGRATION_REPORT, issues);
    o.raw("format");
    o.raw("formatVersion");
    ReportDoc doc =
        new ReportDoc(
            RubricDiffReader.ref(o, "from"),
            RubricDiffReader.ref(o, "to"),
            o.has("entries") ? o.objects("entries", MigrationReader::entry) : null);
    o.noRest();
    Structure.check(doc, issues);
    Codec.stopIfAny(issues);
    return Codec.build(issues, doc::toModel, Map.of());
  }

  private static @Nullable StepDoc step(Obj s) {
    String kind = RubricDiffReader.kind(s, STEP_KINDS);
    if (kind == null) {
      return null;
    }
    Where at = s.where();
    StepDoc doc =
        switch (kind) {
          case "rename" -> {
            String from = s.string("from");
            yield new RenameDoc(at, from, s.string("to"));
          }
          case "merge" -> {
            List<@Nullable String> from = s.has("from") ? s.strings("from") : null;
            String to = s.string("to");
            yield new MergeDoc(at, from, to, s.choice("rule", MergeRule.class));
          }
          case "split" -> {
            String from = s.string("from");
            yield new SplitDoc(at, from, s.has("to") ? s.strings("to") : null);
          }
          default -> new DropDoc(at, s.string("from"));
        };
    s.noRest();
    return doc;
  }

  private static EntryDoc entry(Obj e) {
    EntryDoc doc =
        new EntryDoc(
            e.where(),
            e.choice("outcome", MigrationOutcome.class),
            e.has("fromIds") ? e.strings("fromIds") : null,
            e.string("toId"),
            text(e, "reason"));
    e.noRest();
    return doc;
  }

  /**
   * Reports an older id read by a second step, or a newer id written by a second step, at that
   * second use, as the model would refuse it.
   */
  private static void namedOnce(MappingDoc doc, Issues issues) {
    // steps that could not be read as a list are none: present() gives no element
    Set<String> sources = new HashSet<>();
    Set<String> targets = new HashSet<>();
    for (StepDoc s : CommonDocs.present(doc.steps())) {
      Where at = s.at();
      if (s instanceof RenameDoc r) {
        once(r.from(), true, at.field("from"), sources, issues);
        once(r.to(), false, at.field("to"), targets, issues);
      } else if (s instanceof MergeDoc m) {
        List<@Nullable String> from = m.from();
        for (int i = 0; from != null && i < from.size(); i++) {
          once(from.get(i), true, at.field("from").item(i), sources, issues);
        }
        once(m.to(), false, at.field("to"), targets, issues);
      } else if (s instanceof SplitDoc p) {
        once(p.from(), true, at.field("from"), sources, issues);
        List<@Nullable String> to = p.to();
        for (int i = 0; to != null && i < to.size(); i++) {
          once(to.get(i), false, at.field("to").item(i), targets, issues);
        }
      } else if (s instanceof DropDoc d) {
        once(d.from(), true, at.field("from"), sources, issues);
      }
    }
  }

  private static void once(
      @Nullable String id, boolean older, Where at, Set<String> seen, Issues issues) {
    if (id != null && !seen.add(id)) {
      issues.add(at.pointer(), "mapping.unique-id", id, EvolutionMessages.namedTwice(id, older));
    }
  }
}
