package io.github.assessmentkit.report.internal;

import io.github.assessmentkit.analysis.GapReport;
import io.github.assessmentkit.assessment.Assessment;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.Evidence;
import io.github.assessmentkit.assessment.Rating;
import io.github.assessmentkit.assessment.RatingState;
import io.github.assessmentkit.report.ScorecardReport;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.Band;
import io.github.assessmentkit.scale.BandScale;
import io.github.assessmentkit.scale.LevelScale;
import io.github.assessmentkit.scale.LikertScale;
import io.github.assessmentkit.scale.MeasureScale;
import io.github.assessmentkit.scale.NumericScale;
import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.scale.YesNoScale;
import io.github.assessmentkit.scale.YesPartialNoScale;
import io.github.assessmentkit.scoring.AwardDecision;
import io.github.assessmentkit.scoring.ConditionResult;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.TierCheck;
import io.github.assessmentkit.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the scorecard templates read: the report, the languages, the charts and the lookups the
 * templates need.
 */
public final class ScorecardView {
  private final ScorecardReport report;
  private final Ui ui;
  private final List<Bar> categories;
  private final List<Bar> items;
  private final List<Integer> boundaries;

  /**
   * Prepares a report for its templates.
   *
   * @param report the report
   * @param ui the languages
   */
  public ScorecardView(ScorecardReport report, Ui ui) {
    this.report = report;
    this.ui = ui;
    NodeScore root = report.scorecard().root();
    this.categories = root.children().stream().map(ScorecardView::bar).toList();
    List<NodeScore> second = new ArrayList<>();
    root.children().forEach(c -> second.addAll(c.children()));
    this.items =
        (second.isEmpty() ? root.children() : second).stream().map(ScorecardView::bar).toList();
    this.boundaries = bandBoundaries(report.rubric());
  }

  /** {@return the languages} */
  public Ui ui() {
    return ui;
  }

  /** {@return the rubric} */
  public Rubric rubric() {
    return report.rubric();
  }

  /** {@return the assessment} */
  public Assessment assessment() {
    return report.assessment();
  }

  /** {@return the scorecard} */
  public Scorecard card() {
    return report.scorecard();
  }

  /** {@return the strengths and opportunities for improvement} */
  public GapReport gaps() {
    return report.gaps();
  }

  /** {@return the categories (the root's children) as chart values} */
  public List<Bar> categories() {
    return categories;
  }

  /** {@return the items (the categories' children, or the categories) as chart values} */
  public List<Bar> items() {
    return items;
  }

  /** {@return the percents where a band of the rubric's band scale begins, above 0} */
  public List<Integer> boundaries() {
    return boundaries;
  }

  /**
   * Returns the status shown: the scorecard's, which is the status of the assessment it was scored
   * from.
   *
   * @return the status in Thai and English
   */
  public Text status() {
    return statusText(report.scorecard().status());
  }

  /** {@return whether the status is the final one} */
  public boolean isFinal() {
    return report.scorecard().status() == AssessmentStatus.FINAL;
  }

  /** {@return the radar of the category percents} */
  public Chart radar() {
    return Charts.radar(
        "chart-radar",
        ui.plain("เรดาร์ร้อยละรายหมวด", "Radar of the category percents"),
        ui.plain(
            "ร้อยละของแต่ละหมวด 0 ถึง 100 วงละ 25 ตารางถัดไปแสดงค่าเดียวกัน",
            "Each category's percent, 0 at the centre to 100 at the edge, rings every 25;"
                + " the table below holds the same values"),
        categories,
        ui);
  }

  /** {@return the bars of the item percents, with the band boundaries} */
  public Chart itemBars() {
    return Charts.percentBars(
        "chart-items",
        ui.plain("ร้อยละรายข้อ", "Item percents"),
        ui.plain(
            "แท่งละหนึ่งข้อ เส้นประสีแดงคือจุดเริ่มของแต่ละช่วงคะแนน (band) "
                + boundaries
                + " ตารางถัดไปแสดงค่าเดียวกัน",
            "One bar per item; the dashed red lines are where each band begins "
                + boundaries
                + "; the table below holds the same values"),
        items,
        boundaries,
        ui);
  }

  /**
   * Returns the rating of an indicator, if the assessment has one.
   *
   * @param indicatorId the indicator's id
   * @return the rating, or empty
   */
  public Optional<Rating> rating(String indicatorId) {
    return report.assessment().rating(indicatorId);
  }

  /**
   * Returns the evidence a rating cites that the assessment holds.
   *
   * @param rating the rating
   * @return the evidence, in the order cited
   */
  public List<Evidence> evidence(Rating rating) {
    List<Evidence> out = new ArrayList<>();
    for (String id : rating.evidenceIds()) {
      report.assessment().evidence(id).ifPresent(out::add);
    }
    return out;
  }

  /**
   * Returns the reason or note a rating's state carries: why it does not apply, or why it is
   * unknown.
   *
   * @param rating the rating
   * @return the reason or note, or null when the state has none
   */
  public @Nullable String stateNote(Rating rating) {
    return rating
        .state()
        .accept(
            new RatingState.Visitor<@Nullable String>() {
              @Override
              public @Nullable String visitRated(RatingState.Rated state) {
                return null;
              }

              @Override
              public @Nullable String visitNotApplicable(RatingState.NotApplicable state) {
                return state.reason();
              }

              @Override
              public @Nullable String visitUnknown(RatingState.Unknown state) {
                return state.note();
              }
            });
  }

  /**
   * Returns the checks of an award decision as lines: each part's reason with whether it holds.
   *
   * @param award the decision
   * @return the lines, the tiers in the order checked
   */
  public List<Check> checks(AwardDecision award) {
    List<Check> out = new ArrayList<>();
    for (TierCheck tier : award.checks()) {
      ConditionResult result = tier.result();
      out.add(new Check(tier.name(), result.met(), result.undecided(), result.reason(), 0));
      for (ConditionResult part : result.parts()) {
        out.add(new Check(null, part.met(), part.undecided(), part.reason(), 1));
      }
    }
    return out;
  }

  /**
   * Returns a map's entries in the order of their keys, for the unknown fields of a document.
   *
   * @param fields the fields
   * @return the entries, sorted by key
   */
  public List<Map.Entry<String, String>> sorted(Map<String, String> fields) {
    return fields.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
  }

  /**
   * Returns the mark of a check: ✓ holds, ✗ fails, ? left to a person.
   *
   * @param check the check
   * @return the mark
   */
  public String mark(Check check) {
    return check.undecided() ? "?" : check.met() ? "✓" : "✗";
  }

  /**
   * Returns a status in Thai and English.
   *
   * @param status the status
   * @return its name
   */
  static Text statusText(AssessmentStatus status) {
    return switch (status) {
      case DRAFT -> Text.of("ร่าง", "Draft");
      case SUBMITTED -> Text.of("ส่งแล้ว รอตรวจ", "Submitted");
      case REVIEWED -> Text.of("ตรวจแล้ว", "Reviewed");
      case FINAL -> Text.of("ฉบับสมบูรณ์", "Final");
    };
  }

  private static Bar bar(NodeScore node) {
    return new Bar(
        node.id(),
        node.title(),
        node.isScored() ? node.percent() : null,
        node.isScored() ? node.percent().toPlainString() + " %" : "—");
  }

  /** The lower percents of the bands of the first band scale the rubric's indicators use. */
  private static List<Integer> bandBoundaries(Rubric rubric) {
    for (Indicator indicator : rubric.indicators()) {
      Optional<BandScale> band = bandScale(indicator.scale());
      if (band.isPresent()) {
        List<Integer> out = new ArrayList<>();
        for (Band b : band.get().bands()) {
          int low = b.percents().get(0);
          if (low > 0) {
            out.add(low);
          }
        }
        return List.copyOf(out);
      }
    }
    return List.of();
  }

  private static Optional<BandScale> bandScale(Scale scale) {
    return scale.accept(
        new Scale.Visitor<Optional<BandScale>>() {
          @Override
          public Optional<BandScale> visitBand(BandScale s) {
            return Optional.of(s);
          }

          @Override
          public Optional<BandScale> visitLevel(LevelScale s) {
            return Optional.empty();
          }

          @Override
          public Optional<BandScale> visitYesPartialNo(YesPartialNoScale s) {
            return Optional.empty();
          }

          @Override
          public Optional<BandScale> visitYesNo(YesNoScale s) {
            return Optional.empty();
          }

          @Override
          public Optional<BandScale> visitLikert(LikertScale s) {
            return Optional.empty();
          }

          @Override
          public Optional<BandScale> visitMeasure(MeasureScale s) {
            return Optional.empty();
          }

          @Override
          public Optional<BandScale> visitNumeric(NumericScale s) {
            return Optional.empty();
          }
        });
  }
}
