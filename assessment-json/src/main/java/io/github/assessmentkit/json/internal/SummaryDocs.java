package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.cohort.OrganisationSummary;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.time.FiscalYear;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The records a summaries document is read into, with their Jakarta constraints. A summaries
 * document keeps no unknown fields: the reader reports every one.
 */
final class SummaryDocs {
  private SummaryDocs() {}

  /**
   * A document of summaries of one rubric version and fiscal year.
   *
   * @param rubric the rubric version every summary was scored against
   * @param period the fiscal year every summary assessed
   * @param nodes the node ids, in the order of each summary's values
   * @param summaries the summaries
   */
  record SummariesDoc(
      @NotNull(message = K.REQUIRED) @Nullable RubricRef rubric,
      @NotNull(message = K.REQUIRED) @Nullable FiscalYear period,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Identifier @Nullable String> nodes,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable SummaryDoc> summaries) {

    List<OrganisationSummary> toModel() {
      List<String> ids = List.copyOf(CommonDocs.present(nodes));
      List<OrganisationSummary> out = new ArrayList<>();
      for (SummaryDoc s : CommonDocs.present(summaries)) {
        out.add(Located.at(s.at(), () -> s.toModel(rubric, period, ids)));
      }
      return out;
    }
  }

  /**
   * One organisation's summary.
   *
   * @param at the path
   * @param subject the organisation's id
   * @param type its type
   * @param province its province, or null
   * @param status the status of the assessment summarised, or null for a document written before
   *     summaries had one: a draft
   * @param exact per node, {@code [earned or null, possible]}
   * @param levels the ladders' outcomes
   * @param awards the award schemes' outcomes
   */
  record SummaryDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String subject,
      @NotNull(message = K.REQUIRED) @Nullable OrganisationType type,
      @Identifier @Nullable String province,
      @Nullable AssessmentStatus status,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Nullable ValuesDoc> exact,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable OutcomeDoc> levels,
      @NotNull(message = K.REQUIRED)
          @Nullable List<@NotNull(message = K.REQUIRED) @Valid @Nullable OutcomeDoc> awards) {

    OrganisationSummary toModel(
        @Nullable RubricRef rubric, @Nullable FiscalYear period, List<String> nodes) {
      OrganisationSummary.Builder b =
          OrganisationSummary.builder(
                  Objects.requireNonNull(subject),
                  Objects.requireNonNull(type),
                  Objects.requireNonNull(rubric),
                  Objects.requireNonNull(period))
              .province(province)
              .status(status == null ? AssessmentStatus.DRAFT : status)
              .sharing(nodes);
      List<ValuesDoc> values = CommonDocs.present(exact);
      for (int i = 0; i < values.size(); i++) {
        ValuesDoc v = values.get(i);
        if (v.earned() == null) {
          b.notApplicable(nodes.get(i), v.possible());
        } else {
          b.node(nodes.get(i), v.earned(), v.possible());
        }
      }
      for (OutcomeDoc l : CommonDocs.present(levels)) {
        b.level(Objects.requireNonNull(l.decision()), l.result());
      }
      for (OutcomeDoc a : CommonDocs.present(awards)) {
        b.award(
            Objects.requireNonNull(a.decision()), a.result(), Boolean.TRUE.equals(a.undecided()));
      }
      return b.build();
    }
  }

  /**
   * A node's exact values.
   *
   * @param earned the points earned, or null when the node does not apply
   * @param possible the points possible
   */
  record ValuesDoc(@Nullable Ratio earned, Ratio possible) {}

  /**
   * A ladder's or award scheme's outcome.
   *
   * @param at the path
   * @param decision the ladder or scheme
   * @param result the rung or tier, or null
   * @param undecided true when undecided, else null
   */
  record OutcomeDoc(
      Where at,
      @NotNull(message = K.REQUIRED) @Identifier @Nullable String decision,
      @Identifier @Nullable String result,
      @Nullable Boolean undecided) {}
}
