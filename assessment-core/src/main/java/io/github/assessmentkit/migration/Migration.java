package io.github.assessmentkit.migration;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentBuilder;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.Assessor;
import io.github.assessmentkit.assessment.Evidence;
import io.github.assessmentkit.assessment.Measure;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.internal.RatingStates;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.MigrationMessages;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.diff.RubricDiff;
import io.github.assessmentkit.scale.RatingValue;
import io.github.assessmentkit.text.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Carries an assessment to a newer version of its rubric by a declared {@link MigrationMapping}.
 * Pure and thread-safe.
 *
 * <p>For each indicator of the newer version, in tree order:
 *
 * <ul>
 *   <li>the step that writes it decides its source: a rename or a split carries one older rating, a
 *       merge combines several by its {@link MergeRule};
 *   <li>without a step, the older indicator with the same id is its source, unless a step reads
 *       that one; with neither, it is left unrated ("no source");
 *   <li>a rating is carried whole (value, rationale, evidence, findings, assessor, dimensions) when
 *       the two indicators share their scale; when the scale changed, a value the new scale allows
 *       is carried without its dimension ratings only if it had none, and any other value is left
 *       out and listed ("does not fit the new scale") — never converted or guessed;
 *   <li>not applicable is carried when the newer indicator allows it; unknown is carried as it is;
 *   <li>a merged rating takes the value the rule picks (ordered by the fraction each value earns on
 *       the new scale), the rationale and assessor of the rating that gave it, and the evidence and
 *       findings of all its sources; a source that is unrated, not applicable or unknown leaves the
 *       merged indicator unrated.
 * </ul>
 *
 * <p>The carried assessment keeps the older one's id, subject, fiscal year, kind, assessors,
 * evidence, measures and extensions; it answers the newer version and is a {@linkplain
 * AssessmentStatus#DRAFT draft}, since what was not carried still has to be rated.
 */
public final class Migration {
  private Migration() {}

  /**
   * Carries an assessment across.
   *
   * @param from the version the assessment answers
   * @param to the newer version
   * @param assessment the assessment
   * @param mapping the declared steps, between the two versions
   * @return the carried assessment and the report
   * @throws IllegalArgumentException if the assessment does not answer {@code from}, the mapping is
   *     not between the two versions, a step names an indicator its version does not have, or the
   *     mapping leaves a removed indicator neither mapped nor dropped (all of them are listed)
   */
  public static MigrationResult migrate(
      Rubric from, Rubric to, Assessment assessment, MigrationMapping mapping) {
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    Checks.notNull(assessment, "assessment");
    Checks.notNull(mapping, "mapping");
    same(from.ref().toString(), assessment.rubric().toString());
    same(from.ref().toString(), mapping.from().toString());
    same(to.ref().toString(), mapping.to().toString());
    Map<String, MappingStep> byTarget = new HashMap<>();
    Set<String> read = new HashSet<>();
    for (MappingStep step : mapping.steps()) {
      for (String id : step.sources()) {
        exists(from, id);
        read.add(id);
      }
      for (String id : step.targets()) {
        exists(to, id);
        byTarget.put(id, step);
      }
    }
    mapping.requireCovers(RubricDiff.between(from, to));

    Map<String, Rating> rated = new HashMap<>();
    for (Rating r : assessment.ratings()) {
      rated.putIfAbsent(r.indicatorId(), r);
    }
    Carrier carrier = new Carrier(from, rated);
    for (Indicator i : to.indicators()) {
      MappingStep step = byTarget.get(i.id());
      if (step != null) {
        step.accept(carrier.into(i));
      } else if (from.indicator(i.id()).isPresent() && !read.contains(i.id())) {
        carrier.carry(i.id(), i, MigrationOutcome.KEPT, MigrationMessages.kept());
      } else {
        carrier.left(List.of(), i.id(), MigrationMessages.noSource());
      }
    }
    for (MappingStep step : mapping.steps()) {
      for (String dropped : step.accept(DROPPED)) {
        carrier.entries.add(
            new MigrationEntry(
                MigrationOutcome.DROPPED, List.of(dropped), null, MigrationMessages.dropped()));
      }
    }
    AssessmentBuilder b =
        Assessment.builder(assessment.id(), assessment.subject(), to.ref(), assessment.period())
            .kind(assessment.kind())
            .status(AssessmentStatus.DRAFT)
            .extensions(assessment.extensions());
    for (Assessor a : assessment.assessors()) {
      b.assessor(a);
    }
    for (Rating r : carrier.ratings) {
      b.rating(r);
    }
    for (Evidence e : assessment.evidence()) {
      b.evidence(e);
    }
    for (Measure m : assessment.measures()) {
      b.measure(m);
    }
    return new MigrationResult(
        b.build(), new MigrationReport(from.ref(), to.ref(), carrier.entries));
  }

  /** The older id a step drops, or none. */
  private static final MappingStep.Visitor<List<String>> DROPPED =
      new MappingStep.Visitor<>() {
        @Override
        public List<String> visitRename(MappingStep.Rename step) {
          return List.of();
        }

        @Override
        public List<String> visitMerge(MappingStep.Merge step) {
          return List.of();
        }

        @Override
        public List<String> visitSplit(MappingStep.Split step) {
          return List.of();
        }

        @Override
        public List<String> visitDrop(MappingStep.Drop step) {
          return List.of(step.from());
        }
      };

  private static void same(String expected, String actual) {
    if (!expected.equals(actual)) {
      throw new InvalidValueException(MigrationMessages.wrongRubric(expected, actual));
    }
  }

  private static void exists(Rubric rubric, String id) {
    if (rubric.indicator(id).isEmpty()) {
      throw new InvalidValueException(
          MigrationMessages.noSuchIndicator(id, rubric.ref().toString()));
    }
  }

  /** Builds the carried ratings and the report's entries, indicator by indicator. */
  private static final class Carrier {
    private final Rubric from;
    private final Map<String, Rating> rated;
    final List<Rating> ratings = new ArrayList<>();
    final List<MigrationEntry> entries = new ArrayList<>();

    Carrier(Rubric from, Map<String, Rating> rated) {
      this.from = from;
      this.rated = rated;
    }

    /** {@return a visitor that carries by one step into a newer indicator} */
    MappingStep.Visitor<@Nullable Void> into(Indicator target) {
      return new MappingStep.Visitor<>() {
        @Override
        public @Nullable Void visitRename(MappingStep.Rename step) {
          carry(
              step.from(),
              target,
              MigrationOutcome.RENAMED,
              MigrationMessages.renamed(step.from()));
          return null;
        }

        @Override
        public @Nullable Void visitMerge(MappingStep.Merge step) {
          merge(step, target);
          return null;
        }

        @Override
        public @Nullable Void visitSplit(MappingStep.Split step) {
          carry(step.from(), target, MigrationOutcome.SPLIT, MigrationMessages.split(step.from()));
          return null;
        }

        @Override
        public @Nullable Void visitDrop(MappingStep.Drop step) {
          // a drop writes no newer indicator, so it is never a target
          return null;
        }
      };
    }

    void left(List<String> sources, String toId, Text reason) {
      entries.add(new MigrationEntry(MigrationOutcome.NOT_CARRIED, sources, toId, reason));
    }

    /** Carries one older rating to a newer indicator, or says why not. */
    void carry(String source, Indicator target, MigrationOutcome outcome, Text reason) {
      Rating r = rated.get(source);
      if (r == null) {
        left(List.of(source), target.id(), MigrationMessages.sourceNotRated(source));
        return;
      }
      Text refused = refusal(source, r, target);
      if (refused != null) {
        left(List.of(source), target.id(), refused);
        return;
      }
      boolean sameScale = sameScale(source, target);
      ratings.add(renamed(r, target.id(), sameScale ? r.dimensions() : List.of(), r.evidenceIds()));
      entries.add(new MigrationEntry(outcome, List.of(source), target.id(), reason));
    }

    /** Merges several older ratings into one newer indicator, or says why not. */
    void merge(MappingStep.Merge m, Indicator target) {
      List<Rating> sources = new ArrayList<>();
      for (String s : m.from()) {
        Rating r = rated.get(s);
        if (r == null) {
          left(m.from(), target.id(), MigrationMessages.sourceNotRated(s));
          return;
        }
        if (r.state().accept(RatingStates.VALUE) == null) {
          left(m.from(), target.id(), MigrationMessages.noValueToMerge(s));
          return;
        }
        Text refused = refusal(s, r, target);
        if (refused != null) {
          left(m.from(), target.id(), refused);
          return;
        }
        sources.add(r);
      }
      List<Rating> ordered = new ArrayList<>(sources);
      // stable: equal values keep the mapping's order of their sources
      ordered.sort(Comparator.comparing(r -> target.scale().exactFraction(valueOf(r))));
      Rating chosen =
          switch (m.rule()) {
            case LOWEST -> ordered.get(0);
            case HIGHEST -> ordered.get(ordered.size() - 1);
            case LOWER_MIDDLE -> ordered.get((ordered.size() - 1) / 2);
          };
      Set<String> evidence = new LinkedHashSet<>();
      Set<String> strengths = new LinkedHashSet<>();
      Set<String> improvements = new LinkedHashSet<>();
      for (Rating r : sources) {
        evidence.addAll(r.evidenceIds());
        strengths.addAll(r.strengths());
        improvements.addAll(r.improvements());
      }
      boolean sameScale = sameScale(chosen.indicatorId(), target);
      ratings.add(
          new Rating(
              target.id(),
              chosen.state(),
              chosen.rationale(),
              List.copyOf(evidence),
              List.copyOf(strengths),
              List.copyOf(improvements),
              chosen.assessorId(),
              sameScale ? chosen.dimensions() : List.of(),
              chosen.extensions()));
      entries.add(
          new MigrationEntry(
              MigrationOutcome.MERGED,
              m.from(),
              target.id(),
              MigrationMessages.merged(m.from(), m.rule().name(), valueOf(chosen).toString())));
    }

    /** {@return why an older rating cannot be carried to a newer indicator, or null} */
    private @Nullable Text refusal(String source, Rating r, Indicator target) {
      if (r.state().accept(RatingStates.NOT_APPLICABLE)) {
        return target.notApplicableAllowed()
            ? null
            : MigrationMessages.notApplicableNotAllowed(source);
      }
      RatingValue value = r.state().accept(RatingStates.VALUE);
      if (value == null || sameScale(source, target)) {
        return null;
      }
      Optional<Text> rejected = target.scale().reject(value);
      if (rejected.isPresent()) {
        return MigrationMessages.scaleIncompatible(source, value.toString(), rejected.get());
      }
      return r.dimensions().isEmpty() ? null : MigrationMessages.dimensionsOnChangedScale(source);
    }

    private boolean sameScale(String source, Indicator target) {
      return from.indicator(source).map(i -> i.scale().equals(target.scale())).orElse(false);
    }

    private static RatingValue valueOf(Rating r) {
      return Checks.notNull(r.state().accept(RatingStates.VALUE), "value");
    }

    private static Rating renamed(
        Rating r,
        String id,
        List<io.github.assessmentkit.assessment.DimensionRating> dimensions,
        List<String> evidence) {
      return new Rating(
          id,
          r.state(),
          r.rationale(),
          evidence,
          r.strengths(),
          r.improvements(),
          r.assessorId(),
          dimensions,
          r.extensions());
    }
  }
}
