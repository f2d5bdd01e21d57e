package io.github.assessmentkit.rubric.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.MissingValueException;
import io.github.assessmentkit.rubric.Area;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Indicator;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Provenance;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.scale.YesNoScale;
import io.github.assessmentkit.testing.MiniRubrics;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Each kind of rubric change: what it is about, how it reads in Thai and English with both values,
 * which visitor method it goes to, and which components it refuses to be without.
 */
class RubricChangeTest {
  private final Rubric award = MiniRubrics.award();
  private final Criterion governance = award.criterion("1.2").orElseThrow();
  private final Indicator item12 = award.indicator("1.2").orElseThrow();
  private final Ladder overall = award.ladders().get(0);
  private final AwardScheme mini = award.awards().get(0);
  private final Area tracked = new Area("2.1a", Text.of("ติดตามผล", "Results tracked"));
  private final Area reworded = new Area("2.1a", Text.of("ติดตามผลลัพธ์", "Outcomes tracked"));

  /** Names the visitor method a change is dispatched to. */
  private static final RubricChange.Visitor<String> KIND =
      new RubricChange.Visitor<>() {
        @Override
        public String visitCriterionAdded(RubricChange.CriterionAdded change) {
          return "criterion added";
        }

        @Override
        public String visitCriterionRemoved(RubricChange.CriterionRemoved change) {
          return "criterion removed";
        }

        @Override
        public String visitIndicatorAdded(RubricChange.IndicatorAdded change) {
          return "indicator added";
        }

        @Override
        public String visitIndicatorRemoved(RubricChange.IndicatorRemoved change) {
          return "indicator removed";
        }

        @Override
        public String visitRenamed(RubricChange.Renamed change) {
          return "renamed";
        }

        @Override
        public String visitMoved(RubricChange.Moved change) {
          return "moved";
        }

        @Override
        public String visitPointsChanged(RubricChange.PointsChanged change) {
          return "points";
        }

        @Override
        public String visitWeightChanged(RubricChange.WeightChanged change) {
          return "weight";
        }

        @Override
        public String visitStrategyChanged(RubricChange.StrategyChanged change) {
          return "strategy";
        }

        @Override
        public String visitScaleChanged(RubricChange.ScaleChanged change) {
          return "scale";
        }

        @Override
        public String visitAreaChanged(RubricChange.AreaChanged change) {
          return "area";
        }

        @Override
        public String visitLadderChanged(RubricChange.LadderChanged change) {
          return "ladder";
        }

        @Override
        public String visitAwardChanged(RubricChange.AwardChanged change) {
          return "award";
        }

        @Override
        public String visitProvenanceChanged(RubricChange.ProvenanceChanged change) {
          return "provenance";
        }

        @Override
        public String visitNodeSettingChanged(RubricChange.NodeSettingChanged change) {
          return "node setting";
        }

        @Override
        public String visitRubricSettingChanged(RubricChange.RubricSettingChanged change) {
          return "rubric setting";
        }
      };

  private static String en(RubricChange c) {
    return c.describe().get(Language.EN);
  }

  private static String th(RubricChange c) {
    return c.describe().get(Language.TH);
  }

  @Test
  void criteria_and_indicators_added_or_removed_are_about_their_own_id_and_name_their_parent() {
    RubricChange added = new RubricChange.CriterionAdded("1", governance);
    RubricChange addedAtTop = new RubricChange.CriterionAdded(null, governance);
    RubricChange removed = new RubricChange.CriterionRemoved("1", governance);
    RubricChange indicatorAdded = new RubricChange.IndicatorAdded("1.2", item12);
    RubricChange indicatorRemoved = new RubricChange.IndicatorRemoved("1.2", item12);

    assertThat(List.of(added, removed, indicatorAdded, indicatorRemoved))
        .extracting(RubricChange::target)
        .containsExactly("1.2", "1.2", "1.2", "1.2");
    assertThat(en(added)).isEqualTo("criterion '1.2' added under '1': Governance");
    assertThat(en(addedAtTop)).isEqualTo("criterion '1.2' added: Governance");
    assertThat(th(added)).isEqualTo("เกณฑ์ '1.2' เพิ่มใหม่ ใต้ '1': Governance");
    assertThat(en(removed)).isEqualTo("criterion '1.2' removed from '1': Governance");
    assertThat(en(indicatorAdded))
        .isEqualTo("indicator '1.2' added under '1.2': How well does item 1.2 work?");
    assertThat(en(indicatorRemoved))
        .isEqualTo("indicator '1.2' removed from '1.2': How well does item 1.2 work?");
    assertThat(th(indicatorRemoved))
        .isEqualTo("ตัวชี้วัด '1.2' ถูกนำออก จาก '1.2': How well does item 1.2 work?");
    assertThat(List.of(added, removed, indicatorAdded, indicatorRemoved))
        .extracting(c -> c.accept(KIND))
        .containsExactly(
            "criterion added", "criterion removed", "indicator added", "indicator removed");
  }

  @Test
  void a_rename_a_move_and_new_numbers_say_the_node_kind_and_both_values() {
    RubricChange renamed =
        new RubricChange.Renamed(NodeKind.INDICATOR, "G1.1", Text.en("Old"), Text.en("New"));
    RubricChange criterionRenamed =
        new RubricChange.Renamed(NodeKind.CRITERION, "G1", Text.en("Law"), Text.en("Rule of law"));
    RubricChange moved = new RubricChange.Moved(NodeKind.CRITERION, "1.2", "1", null);
    RubricChange indicatorMoved = new RubricChange.Moved(NodeKind.INDICATOR, "G2.3", "G2", "G1");
    RubricChange points = new RubricChange.PointsChanged("1.1", null, new BigDecimal("30"));
    RubricChange weight =
        new RubricChange.WeightChanged(
            NodeKind.INDICATOR, "G1.1", BigDecimal.ONE, new BigDecimal("2.5"));
    RubricChange criterionWeight =
        new RubricChange.WeightChanged(NodeKind.CRITERION, "G1", new BigDecimal("2"), null);
    RubricChange strategy = new RubricChange.StrategyChanged("1", null, "points-sum");

    assertThat(en(renamed)).isEqualTo("indicator 'G1.1' renamed: Old → New");
    assertThat(en(criterionRenamed)).isEqualTo("criterion 'G1' renamed: Law → Rule of law");
    assertThat(en(moved)).isEqualTo("criterion '1.2' moved from '1' to (top)");
    assertThat(th(moved)).isEqualTo("เกณฑ์ '1.2' ย้ายจาก '1' ไป (ระดับบนสุด)");
    assertThat(en(indicatorMoved)).isEqualTo("indicator 'G2.3' moved from 'G2' to 'G1'");
    assertThat(en(points)).isEqualTo("criterion '1.1' points: — → 30");
    assertThat(en(weight)).isEqualTo("indicator 'G1.1' weight: 1 → 2.5");
    assertThat(en(criterionWeight)).isEqualTo("criterion 'G1' weight: 2 → —");
    assertThat(en(strategy)).isEqualTo("criterion '1' strategy: — → points-sum");
    assertThat(
            List.of(
                renamed,
                criterionRenamed,
                moved,
                indicatorMoved,
                points,
                weight,
                criterionWeight,
                strategy))
        .extracting(RubricChange::target)
        .containsExactly("G1.1", "G1", "1.2", "G2.3", "1.1", "G1.1", "G1", "1");
    assertThat(List.of(renamed, moved, points, weight, strategy))
        .extracting(c -> c.accept(KIND))
        .containsExactly("renamed", "moved", "points", "weight", "strategy");
  }

  @Test
  void a_scale_change_reads_with_how_it_changed() {
    RubricChange scale =
        new RubricChange.ScaleChanged(
            "1.1",
            MiniRubrics.bands(),
            YesNoScale.STANDARD,
            Text.of("ชนิด band → yes-no", "type band → yes-no"));

    assertThat(scale.target()).isEqualTo("1.1");
    assertThat(en(scale)).isEqualTo("indicator '1.1' scale changed: type band → yes-no");
    assertThat(th(scale)).isEqualTo("ตัวชี้วัด '1.1' เปลี่ยนมาตรวัด: ชนิด band → yes-no");
    assertThat(scale.accept(KIND)).isEqualTo("scale");
  }

  @Test
  void an_area_is_added_removed_or_reworded_at_its_criterion() {
    RubricChange added = new RubricChange.AreaChanged("2.1", "2.1a", null, tracked);
    RubricChange removed = new RubricChange.AreaChanged("2.1", "2.1a", tracked, null);
    RubricChange changed = new RubricChange.AreaChanged("2.1", "2.1a", tracked, reworded);

    assertThat(List.of(added, removed, changed))
        .extracting(RubricChange::target)
        .containsOnly("2.1");
    assertThat(en(added)).isEqualTo("criterion '2.1' area '2.1a' added: Results tracked");
    assertThat(en(removed)).isEqualTo("criterion '2.1' area '2.1a' removed: Results tracked");
    assertThat(en(changed))
        .isEqualTo("criterion '2.1' area '2.1a' reworded: Results tracked → Outcomes tracked");
    assertThat(th(changed))
        .isEqualTo("เกณฑ์ '2.1' ปรับถ้อยคำประเด็น '2.1a': ติดตามผล → ติดตามผลลัพธ์");
    assertThat(added.accept(KIND)).isEqualTo("area");
  }

  @Test
  void a_ladder_or_award_scheme_is_added_removed_or_changed_and_named_by_its_newer_title() {
    Ladder renamedLadder =
        new Ladder(
            "overall",
            Text.en("Overall standing"),
            overall.metric(),
            overall.rungs(),
            overall.provenance());
    AwardScheme renamedScheme =
        new AwardScheme("mini", Text.en("Small award"), mini.tiers(), mini.provenance());

    RubricChange ladderAdded = new RubricChange.LadderChanged("overall", null, overall);
    RubricChange ladderRemoved = new RubricChange.LadderChanged("overall", overall, null);
    RubricChange ladderChanged = new RubricChange.LadderChanged("overall", overall, renamedLadder);
    RubricChange awardAdded = new RubricChange.AwardChanged("mini", null, mini);
    RubricChange awardRemoved = new RubricChange.AwardChanged("mini", mini, null);
    RubricChange awardChanged = new RubricChange.AwardChanged("mini", mini, renamedScheme);

    assertThat(en(ladderAdded)).isEqualTo("ladder 'overall' (Overall) added");
    assertThat(en(ladderRemoved)).isEqualTo("ladder 'overall' (Overall) removed");
    assertThat(en(ladderChanged)).isEqualTo("ladder 'overall' (Overall standing) rules changed");
    assertThat(th(ladderChanged)).isEqualTo("ลำดับขั้น 'overall' (Overall standing) เปลี่ยนกฎ");
    assertThat(en(awardAdded)).isEqualTo("award 'mini' (Mini award) added");
    assertThat(en(awardRemoved)).isEqualTo("award 'mini' (Mini award) removed");
    assertThat(en(awardChanged)).isEqualTo("award 'mini' (Small award) rules changed");
    assertThat(th(awardRemoved)).isEqualTo("รางวัล 'mini' (Mini award) ถูกนำออก");
    assertThat(List.of(ladderAdded, awardAdded))
        .extracting(RubricChange::target)
        .containsExactly("overall", "mini");
    assertThat(List.of(ladderAdded, awardAdded))
        .extracting(c -> c.accept(KIND))
        .containsExactly("ladder", "award");
  }

  @Test
  void provenance_and_settings_read_with_both_values() {
    RubricChange provenance =
        new RubricChange.ProvenanceChanged(
            Provenance.unverified(Text.en("draft"), Text.en("made up")),
            Provenance.verified(Text.en("ministry"), Text.en("checked")));
    RubricChange nodeSetting =
        new RubricChange.NodeSettingChanged(NodeKind.CRITERION, "1", "kind", "PROCESS", "RESULTS");
    RubricChange indicatorSetting =
        new RubricChange.NodeSettingChanged(
            NodeKind.INDICATOR, "1.1", "evidenceRequired", "false", "true");
    RubricChange rubricSetting =
        new RubricChange.RubricSettingChanged(
            "title", Text.of("เก่า", "Old"), Text.of("ใหม่", "New"));

    assertThat(provenance.target()).isEqualTo("provenance");
    assertThat(en(provenance))
        .isEqualTo("provenance: draft (unverified: made up) → ministry (verified: checked)");
    assertThat(th(provenance))
        .isEqualTo("ที่มา: draft (ยังไม่ได้ตรวจสอบ: made up) → ministry (ตรวจสอบแล้ว: checked)");
    assertThat(nodeSetting.target()).isEqualTo("1");
    assertThat(en(nodeSetting)).isEqualTo("criterion '1' kind: PROCESS → RESULTS");
    assertThat(en(indicatorSetting)).isEqualTo("indicator '1.1' evidenceRequired: false → true");
    assertThat(rubricSetting.target()).isEqualTo("title");
    assertThat(en(rubricSetting)).isEqualTo("rubric title: Old → New");
    assertThat(th(rubricSetting)).isEqualTo("ชุดเกณฑ์ title: เก่า → ใหม่");
    assertThat(List.of(provenance, nodeSetting, rubricSetting))
        .extracting(c -> c.accept(KIND))
        .containsExactly("provenance", "node setting", "rubric setting");
  }

  private static void missing(Executable make, String name) {
    assertThatThrownBy(make::execute)
        .as(name)
        .isExactlyInstanceOf(MissingValueException.class)
        .hasMessageContaining(name + " cannot be null");
  }

  private static void blank(Executable make, String name) {
    assertThatThrownBy(make::execute)
        .as(name)
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessageContaining(name);
  }

  @Test
  void a_change_refuses_to_be_without_what_it_is_about() {
    Text t = Text.en("t");
    BigDecimal one = BigDecimal.ONE;
    Provenance p = award.provenance();

    missing(() -> new RubricChange.CriterionAdded("1", null), "criterion");
    missing(() -> new RubricChange.CriterionRemoved("1", null), "criterion");
    blank(() -> new RubricChange.IndicatorAdded(" ", item12), "criterionId");
    missing(() -> new RubricChange.IndicatorAdded("1.2", null), "indicator");
    blank(() -> new RubricChange.IndicatorRemoved(" ", item12), "criterionId");
    missing(() -> new RubricChange.IndicatorRemoved("1.2", null), "indicator");
    missing(() -> new RubricChange.Renamed(null, "x", t, t), "node");
    blank(() -> new RubricChange.Renamed(NodeKind.CRITERION, " ", t, t), "id");
    missing(() -> new RubricChange.Renamed(NodeKind.CRITERION, "x", null, t), "before");
    missing(() -> new RubricChange.Renamed(NodeKind.CRITERION, "x", t, null), "after");
    missing(() -> new RubricChange.Moved(null, "x", "a", "b"), "node");
    blank(() -> new RubricChange.Moved(NodeKind.CRITERION, " ", "a", "b"), "id");
    blank(() -> new RubricChange.PointsChanged(" ", one, one), "id");
    missing(() -> new RubricChange.WeightChanged(null, "x", one, one), "node");
    blank(() -> new RubricChange.WeightChanged(NodeKind.CRITERION, " ", one, one), "id");
    blank(() -> new RubricChange.StrategyChanged(" ", "a", "b"), "id");
    var s = YesNoScale.STANDARD;
    blank(() -> new RubricChange.ScaleChanged(" ", s, s, t), "id");
    missing(() -> new RubricChange.ScaleChanged("x", null, s, t), "before");
    missing(() -> new RubricChange.ScaleChanged("x", s, null, t), "after");
    missing(() -> new RubricChange.ScaleChanged("x", s, s, null), "how");
    blank(() -> new RubricChange.AreaChanged(" ", "a", tracked, null), "criterionId");
    blank(() -> new RubricChange.AreaChanged("2.1", " ", tracked, null), "areaId");
    missing(() -> new RubricChange.AreaChanged("2.1", "a", null, null), "before");
    blank(() -> new RubricChange.LadderChanged(" ", overall, null), "id");
    missing(() -> new RubricChange.LadderChanged("overall", null, null), "before");
    blank(() -> new RubricChange.AwardChanged(" ", mini, null), "id");
    missing(() -> new RubricChange.AwardChanged("mini", null, null), "before");
    missing(() -> new RubricChange.ProvenanceChanged(null, p), "before");
    missing(() -> new RubricChange.ProvenanceChanged(p, null), "after");
    missing(() -> new RubricChange.NodeSettingChanged(null, "x", "k", "a", "b"), "node");
    blank(() -> new RubricChange.NodeSettingChanged(NodeKind.CRITERION, " ", "k", "a", "b"), "id");
    blank(
        () -> new RubricChange.NodeSettingChanged(NodeKind.CRITERION, "x", " ", "a", "b"),
        "property");
    missing(
        () -> new RubricChange.NodeSettingChanged(NodeKind.CRITERION, "x", "k", null, "b"),
        "before");
    missing(
        () -> new RubricChange.NodeSettingChanged(NodeKind.CRITERION, "x", "k", "a", null),
        "after");
    blank(() -> new RubricChange.RubricSettingChanged(" ", t, t), "property");
    missing(() -> new RubricChange.RubricSettingChanged("p", null, t), "before");
    missing(() -> new RubricChange.RubricSettingChanged("p", t, null), "after");
  }

  @Test
  void an_area_ladder_or_award_change_needs_only_one_side() {
    // one side is enough: an addition has no before, a removal no after
    assertThat(new RubricChange.AreaChanged("2.1", "2.1a", null, tracked).before()).isNull();
    assertThat(new RubricChange.AreaChanged("2.1", "2.1a", tracked, null).after()).isNull();
    assertThat(new RubricChange.LadderChanged("overall", null, overall).after()).isEqualTo(overall);
    assertThat(new RubricChange.LadderChanged("overall", overall, null).before())
        .isEqualTo(overall);
    assertThat(new RubricChange.AwardChanged("mini", null, mini).after()).isEqualTo(mini);
    assertThat(new RubricChange.AwardChanged("mini", mini, null).before()).isEqualTo(mini);
  }
}
