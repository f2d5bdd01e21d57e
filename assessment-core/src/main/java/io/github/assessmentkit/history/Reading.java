package io.github.assessmentkit.history;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.internal.HistoryMessages;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.scoring.AwardDecision;
import io.github.assessmentkit.scoring.ConditionResult;
import io.github.assessmentkit.scoring.LevelDecision;
import io.github.assessmentkit.scoring.NodeScore;
import io.github.assessmentkit.scoring.Scorecard;
import io.github.assessmentkit.scoring.TierCheck;
import io.github.assessmentkit.text.Text;
import io.github.assessmentkit.time.FiscalYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads scorecards of several fiscal years into a {@link History}: one pass per year. */
final class Reading {
  /** The scale of a slope: two decimal places, like a percent. */
  static final int SLOPE_SCALE = 2;

  private final HistoryRules rules;
  private final List<Scorecard> cards;
  private final List<Rubric> rubrics;
  private final List<Map<String, NodeScore>> trees = new ArrayList<>();
  private final List<Map<String, Integer>> depths = new ArrayList<>();

  /** A series under construction: the node's id in each year, and where it breaks. */
  private static final class Row {
    final @Nullable String[] ids;
    final boolean[] breaks;

    Row(int n) {
      ids = new String[n];
      breaks = new boolean[n];
    }
  }

  private Reading(HistoryRules rules, List<Scorecard> cards, List<Rubric> rubrics) {
    this.rules = rules;
    this.cards = cards;
    this.rubrics = rubrics;
    for (Scorecard c : cards) {
      Map<String, NodeScore> tree = new LinkedHashMap<>();
      Map<String, Integer> depth = new LinkedHashMap<>();
      walk(c.root(), 0, tree, depth);
      trees.add(tree);
      depths.add(depth);
    }
  }

  private static void walk(
      NodeScore n, int depth, Map<String, NodeScore> tree, Map<String, Integer> depths) {
    tree.put(n.id(), n);
    depths.put(n.id(), depth);
    for (NodeScore c : n.children()) {
      walk(c, depth + 1, tree, depths);
    }
  }

  static History read(
      HistoryRules rules,
      Map<RubricRef, Rubric> rubricsByRef,
      Map<List<RubricRef>, Correspondence> links,
      List<Scorecard> given) {
    if (given.isEmpty()) {
      throw new InvalidValueException(HistoryMessages.noScorecard());
    }
    List<Scorecard> cards = new ArrayList<>(given);
    cards.sort(Comparator.comparing(Scorecard::period).thenComparing(Scorecard::assessmentId));
    List<Rubric> rubrics = new ArrayList<>();
    String subjectId = cards.get(cards.size() - 1).subject().id();
    for (int i = 0; i < cards.size(); i++) {
      Scorecard c = cards.get(i);
      if (!c.rubric().id().equals(rules.rubricId())) {
        throw new InvalidValueException(
            HistoryMessages.otherRubricCard(
                c.assessmentId(), c.rubric().toString(), rules.rubricId()));
      }
      if (i > 0 && cards.get(i - 1).period().equals(c.period())) {
        throw new InvalidValueException(
            HistoryMessages.sameYear(
                c.period().buddhistEra(), cards.get(i - 1).assessmentId(), c.assessmentId()));
      }
      if (!c.subject().id().equals(subjectId)) {
        throw new InvalidValueException(
            HistoryMessages.otherSubject(c.assessmentId(), c.subject().id(), subjectId));
      }
      Rubric r = rubricsByRef.get(c.rubric());
      if (r == null) {
        throw new InvalidValueException(
            HistoryMessages.rubricMissing(c.assessmentId(), c.rubric().toString()));
      }
      rubrics.add(r);
    }
    return new Reading(rules, cards, rubrics).history(links);
  }

  private History history(Map<List<RubricRef>, Correspondence> links) {
    int n = cards.size();
    List<Row> rows = rows(links);
    List<NodeSeries> nodes = new ArrayList<>();
    for (Row row : rows) {
      nodes.add(series(row));
    }
    List<boolean[]> held = new ArrayList<>();
    List<YearEntry> years = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Scorecard c = cards.get(i);
      boolean[] h = new boolean[rules.plaques().size()];
      List<String> heldIds = new ArrayList<>();
      for (int p = 0; p < h.length; p++) {
        h[p] = holds(rules.plaques().get(p), i);
        if (h[p]) {
          heldIds.add(rules.plaques().get(p).id());
        }
      }
      held.add(h);
      years.add(
          new YearEntry(
              c.period(), c.rubric(), c.assessmentId(), c.coverage(), decisions(i), heldIds));
    }
    List<Flag> flags = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      flag(i, nodes, held, flags);
    }
    return new History(cards.get(n - 1).subject(), rules.rubricId(), rules, years, nodes, flags);
  }

  /**
   * Lines nodes up across the years, newest first: a node continues into the year before under the
   * same id within a version, under the correspondence's older id across versions, and under the
   * same id with a break when no correspondence says it compares.
   */
  private List<Row> rows(Map<List<RubricRef>, Correspondence> links) {
    int n = cards.size();
    List<Row> rows = new ArrayList<>();
    List<Set<String>> claimed = new ArrayList<>();
    for (Scorecard ignored : cards) {
      claimed.add(new HashSet<>());
    }
    for (int i = n - 1; i >= 0; i--) {
      boolean newerDiffers = i < n - 1 && !ref(i).equals(ref(i + 1));
      for (String id : trees.get(i).keySet()) {
        if (claimed.get(i).add(id)) {
          Row row = new Row(n);
          row.ids[i] = id;
          if (newerDiffers) {
            row.breaks[i + 1] = true;
          }
          rows.add(row);
        }
      }
      if (i == 0) {
        break;
      }
      boolean sameVersion = ref(i - 1).equals(ref(i));
      // no correspondence joins a version to itself
      Correspondence c = links.get(List.of(ref(i - 1), ref(i)));
      for (Row row : rows) {
        String id = row.ids[i];
        if (id == null) {
          continue;
        }
        String older = id;
        boolean compares = sameVersion;
        if (c != null) {
          String mapped = c.older(id).orElse(null);
          if (mapped != null) {
            older = mapped;
            compares = true;
          }
        }
        if (trees.get(i - 1).containsKey(older) && claimed.get(i - 1).add(older)) {
          row.ids[i - 1] = older;
          row.breaks[i] = !compares;
        } else {
          row.breaks[i] = !sameVersion;
        }
      }
    }
    return rows;
  }

  private RubricRef ref(int i) {
    return cards.get(i).rubric();
  }

  private NodeSeries series(Row row) {
    int n = cards.size();
    List<Point> points = new ArrayList<>();
    BigDecimal previous = null;
    int newest = -1;
    for (int i = 0; i < n; i++) {
      String id = row.ids[i];
      NodeScore node = trees.get(i).get(id);
      BigDecimal percent = node != null && node.isScored() ? node.percent() : null;
      BigDecimal change =
          !row.breaks[i] && percent != null && previous != null ? percent.subtract(previous) : null;
      points.add(new Point(cards.get(i).period(), id, percent, change, row.breaks[i]));
      previous = percent;
      if (id != null) {
        newest = i;
      }
    }
    String id = row.ids[newest];
    NodeScore node = trees.get(newest).get(id);
    return new NodeSeries(id, node.title(), depths.get(newest).get(id), points, trend(points));
  }

  /** The direction over the scored years since the last break, by the rules' slope. */
  private Trend trend(List<Point> points) {
    int start = 0;
    for (int i = 0; i < points.size(); i++) {
      if (points.get(i).breakBefore()) {
        start = i;
      }
    }
    List<Point> run = new ArrayList<>();
    for (int i = start; i < points.size(); i++) {
      if (points.get(i).percent() != null) {
        run.add(points.get(i));
      }
    }
    int rises = rises(run, run.size() - 1);
    FiscalYear since = run.isEmpty() ? null : run.get(0).year();
    if (run.size() < rules.minimumYears()) {
      return new Trend(TrendDirection.TOO_SHORT, null, run.size(), since, rises);
    }
    BigDecimal slope = slope(run);
    TrendDirection direction;
    if (slope.signum() > 0 && slope.compareTo(rules.steadyWithin()) >= 0) {
      direction = TrendDirection.RISING;
    } else if (slope.signum() < 0 && slope.negate().compareTo(rules.steadyWithin()) >= 0) {
      direction = TrendDirection.FALLING;
    } else {
      direction = TrendDirection.STEADY;
    }
    return new Trend(direction, slope, run.size(), since, rises);
  }

  /**
   * The least-squares slope of percent against x, the year's offset from the first: (n·Σxy − Σx·Σy)
   * ÷ (n·Σx² − (Σx)²), the numerator exact, divided once to two places, half-even.
   */
  /**
   * {@return how many points in a row, back from {@code last}, rose from the point before; a first
   * point has no change, so the count stops there at the latest}
   */
  private static int rises(List<Point> points, int last) {
    int rises = 0;
    for (ListIterator<Point> back = points.listIterator(last + 1); back.hasPrevious(); ) {
      BigDecimal change = back.previous().change();
      if (change == null || change.signum() <= 0) {
        break;
      }
      rises++;
    }
    return rises;
  }

  static BigDecimal slope(List<Point> run) {
    long n = run.size();
    long sx = 0;
    long sxx = 0;
    BigDecimal sy = BigDecimal.ZERO;
    BigDecimal sxy = BigDecimal.ZERO;
    for (Point p : run) {
      long x = p.year().year();
      BigDecimal y = Objects.requireNonNull(p.percent());
      sx += x;
      sxx += x * x;
      sy = sy.add(y);
      sxy = sxy.add(y.multiply(BigDecimal.valueOf(x)));
    }
    BigDecimal numerator =
        sxy.multiply(BigDecimal.valueOf(n)).subtract(sy.multiply(BigDecimal.valueOf(sx)));
    long denominator = n * sxx - sx * sx;
    return numerator.divide(BigDecimal.valueOf(denominator), SLOPE_SCALE, RoundingMode.HALF_EVEN);
  }

  private List<DecisionPoint> decisions(int i) {
    Scorecard c = cards.get(i);
    Rubric r = rubrics.get(i);
    List<DecisionPoint> out = new ArrayList<>();
    for (LevelDecision l : c.levels()) {
      int number = l.undecided() ? 0 : l.rungNumber(r);
      out.add(new DecisionPoint(l.ladderId(), false, l.rungId(), l.label(), number));
    }
    for (AwardDecision a : c.awards()) {
      out.add(new DecisionPoint(a.schemeId(), true, a.tierId(), a.outcome(), tierNumber(a, i)));
    }
    return out;
  }

  private int tierNumber(AwardDecision a, int i) {
    String tier = a.tierId();
    if (tier == null) {
      return 0;
    }
    AwardScheme scheme = scheme(a.schemeId(), i);
    return scheme == null ? 0 : scheme.tiers().size() - tierPosition(scheme, tier);
  }

  private static int tierPosition(AwardScheme scheme, String tierId) {
    for (int t = 0; t < scheme.tiers().size(); t++) {
      if (scheme.tiers().get(t).id().equals(tierId)) {
        return t;
      }
    }
    return -1;
  }

  private @Nullable AwardScheme scheme(String id, int i) {
    return rubrics.get(i).awards().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
  }

  private @Nullable Ladder ladder(String id, int i) {
    return rubrics.get(i).ladders().stream()
        .filter(l -> l.id().equals(id))
        .findFirst()
        .orElse(null);
  }

  private boolean holds(Plaque p, int i) {
    Scorecard c = cards.get(i);
    String ref = ref(i).toString();
    if (p.award()) {
      AwardScheme scheme = scheme(p.decisionId(), i);
      if (scheme == null) {
        throw new InvalidValueException(
            HistoryMessages.plaqueReadsMissing(
                p.id(), "award scheme '" + p.decisionId() + "'", ref));
      }
      int wanted = tierPosition(scheme, p.atLeast());
      if (wanted < 0) {
        throw new InvalidValueException(
            HistoryMessages.plaqueReadsMissing(p.id(), "tier '" + p.atLeast() + "'", ref));
      }
      int reached =
          c.award(p.decisionId())
              .map(AwardDecision::tierId)
              .map(t -> tierPosition(scheme, t))
              .orElse(-1);
      return reached >= 0 && reached <= wanted;
    }
    Ladder ladder = ladder(p.decisionId(), i);
    if (ladder == null) {
      throw new InvalidValueException(
          HistoryMessages.plaqueReadsMissing(p.id(), "ladder '" + p.decisionId() + "'", ref));
    }
    int wanted = ladder.position(p.atLeast());
    if (wanted < 0) {
      throw new InvalidValueException(
          HistoryMessages.plaqueReadsMissing(p.id(), "rung '" + p.atLeast() + "'", ref));
    }
    int reached =
        c.level(p.decisionId()).map(LevelDecision::rungId).map(ladder::position).orElse(-1);
    return reached >= 0 && reached <= wanted;
  }

  /** Why a plaque does not hold in year i: the unmet parts of its tier's check, or the reason. */
  private List<Text> whyNot(Plaque p, int i) {
    Scorecard c = cards.get(i);
    if (!p.award()) {
      return c.level(p.decisionId()).map(l -> List.of(l.label())).orElse(List.of());
    }
    AwardDecision d = c.award(p.decisionId()).orElse(null);
    if (d == null) {
      return List.of();
    }
    for (TierCheck check : d.checks()) {
      if (check.tierId().equals(p.atLeast())) {
        List<Text> out = new ArrayList<>();
        for (ConditionResult part : check.result().parts()) {
          if (!part.met()) {
            out.add(part.reason());
          }
        }
        return out.isEmpty() ? List.of(check.result().reason()) : out;
      }
    }
    return List.of(d.outcome());
  }

  private void flag(int i, List<NodeSeries> nodes, List<boolean[]> held, List<Flag> flags) {
    Scorecard now = cards.get(i);
    Scorecard before = cards.get(i - 1);
    FiscalYear year = now.period();
    int beBefore = before.period().buddhistEra();
    // level-lost
    for (LevelDecision l : now.levels()) {
      LevelDecision b = before.level(l.ladderId()).orElse(null);
      if (b == null || b.undecided() || l.undecided()) {
        continue;
      }
      if (l.rungNumber(rubrics.get(i)) < b.rungNumber(rubrics.get(i - 1))) {
        flags.add(
            new Flag(
                FlagRule.LEVEL_LOST,
                year,
                l.ladderId(),
                HistoryMessages.levelLost(l.ladderTitle(), b.label(), l.label(), beBefore)));
      }
    }
    // award-lost, for schemes no plaque reads
    Set<String> plaqueSchemes = new HashSet<>();
    for (Plaque p : rules.plaques()) {
      if (p.award()) {
        plaqueSchemes.add(p.decisionId());
      }
    }
    for (AwardDecision a : now.awards()) {
      AwardDecision b = before.award(a.schemeId()).orElse(null);
      // a scheme not awarded before has tier number 0, below which nothing falls
      if (b == null || plaqueSchemes.contains(a.schemeId()) || a.undecided()) {
        continue;
      }
      if (tierNumber(a, i) < tierNumber(b, i - 1)) {
        flags.add(
            new Flag(
                FlagRule.AWARD_LOST,
                year,
                a.schemeId(),
                HistoryMessages.awardLost(a.schemeTitle(), b.outcome(), a.outcome(), beBefore)));
      }
    }
    // plaque-lost
    for (int p = 0; p < rules.plaques().size(); p++) {
      Plaque plaque = rules.plaques().get(p);
      if (held.get(i - 1)[p] && !held.get(i)[p]) {
        flags.add(
            new Flag(
                FlagRule.PLAQUE_LOST,
                year,
                plaque.id(),
                HistoryMessages.plaqueLost(plaque.title(), beBefore, whyNot(plaque, i))));
      }
    }
    // node-fell
    for (NodeSeries s : nodes) {
      Point p = s.points().get(i);
      Point b = s.points().get(i - 1);
      if (s.depth() <= 1
          && p.change() != null
          && p.change().negate().compareTo(rules.nodeDrop()) >= 0) {
        flags.add(
            new Flag(
                FlagRule.NODE_FELL,
                year,
                s.nodeId(),
                HistoryMessages.nodeFell(
                    s.title(),
                    Objects.requireNonNull(b.percent()),
                    Objects.requireNonNull(p.percent()),
                    rules.nodeDrop(),
                    beBefore)));
      }
    }
    // coverage-fell
    BigDecimal covBefore = before.coverage().percent();
    BigDecimal covNow = now.coverage().percent();
    if (covBefore.subtract(covNow).compareTo(rules.coverageDrop()) >= 0) {
      flags.add(
          new Flag(
              FlagRule.COVERAGE_FELL,
              year,
              rules.rubricId(),
              HistoryMessages.coverageFell(covBefore, covNow, rules.coverageDrop(), beBefore)));
    }
    // first-top-rung
    for (LevelDecision l : now.levels()) {
      // an undecided decision has no rung, so it is at no top
      if (!atTop(l, i)) {
        continue;
      }
      boolean earlier = false;
      for (int j = 0; j < i; j++) {
        LevelDecision e = cards.get(j).level(l.ladderId()).orElse(null);
        earlier |= e != null && atTop(e, j);
      }
      if (!earlier) {
        flags.add(
            new Flag(
                FlagRule.FIRST_TOP_RUNG,
                year,
                l.ladderId(),
                HistoryMessages.firstTopRung(l.ladderTitle(), l.label())));
      }
    }
    // plaque-won, plaque-regained
    List<Flag> regained = new ArrayList<>();
    for (int p = 0; p < rules.plaques().size(); p++) {
      Plaque plaque = rules.plaques().get(p);
      if (!held.get(i)[p] || held.get(i - 1)[p]) {
        continue;
      }
      int last = -1;
      for (int j = 0; j < i; j++) {
        if (held.get(j)[p]) {
          last = j;
        }
      }
      if (last < 0) {
        flags.add(
            new Flag(
                FlagRule.PLAQUE_WON, year, plaque.id(), HistoryMessages.plaqueWon(plaque.title())));
      } else {
        regained.add(
            new Flag(
                FlagRule.PLAQUE_REGAINED,
                year,
                plaque.id(),
                HistoryMessages.plaqueRegained(
                    plaque.title(), cards.get(last).period().buddhistEra(), beBefore)));
      }
    }
    flags.addAll(regained);
    // improvement-streak
    for (NodeSeries s : nodes) {
      if (s.depth() > 1) {
        continue;
      }
      int rises = rises(s.points(), i);
      if (rises == rules.streak()) {
        Point from = s.points().get(i - rises);
        flags.add(
            new Flag(
                FlagRule.IMPROVEMENT_STREAK,
                year,
                s.nodeId(),
                HistoryMessages.streak(
                    s.title(),
                    rises,
                    Objects.requireNonNull(from.percent()),
                    Objects.requireNonNull(s.points().get(i).percent()),
                    from.year().buddhistEra())));
      }
    }
  }

  private boolean atTop(LevelDecision l, int i) {
    Ladder ladder = ladder(l.ladderId(), i);
    return ladder != null && l.rungId() != null && ladder.position(l.rungId()) == 0;
  }
}
