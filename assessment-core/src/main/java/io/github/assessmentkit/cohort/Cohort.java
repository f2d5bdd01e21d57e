package io.github.assessmentkit.cohort;

import io.github.assessmentkit.InvalidValueException;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.internal.Checks;
import io.github.assessmentkit.internal.CohortMessages;
import io.github.assessmentkit.internal.StatusMessages;
import io.github.assessmentkit.rubric.AwardScheme;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.rubric.Ladder;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.RubricRef;
import io.github.assessmentkit.time.FiscalYear;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * The summaries of many organisations scored against one rubric version for one fiscal year: the
 * province's annual round. It ranks them ({@link #rank}), counts and spreads their results ({@link
 * #distribution}), picks plaque recipients under a cap ({@link #plaques}) and pairs category
 * leaders with learners ({@link #exchange}).
 *
 * <p>A round ranks results that stand: by default a cohort takes the summaries of final assessments
 * only, and lists every other one in {@link #leftOut()} with the reason; {@link
 * Admission#ANY_STATUS} takes them all.
 *
 * <pre>{@code
 * Cohort cohort = Cohort.of(rubric, FiscalYear.ofBuddhistEra(2556), summaries);
 * Rankings ranks = cohort.rank(RankingOrder.byTotal(RankingKey.percent("1")));
 * ranks.overall().standings().get(0).subjectId();
 * }</pre>
 *
 * <p>Every result depends on the set of summaries only, not on the order they were given in. Each
 * analysis takes O(n log n) time in the number of organisations. Immutable and thread-safe.
 */
public final class Cohort {
  private final Rubric rubric;
  private final FiscalYear period;
  private final List<OrganisationSummary> summaries;
  private final List<LeftOut> leftOut;
  private final List<String> nodeIds;
  private final Map<String, Integer> nodeIndex;

  /** By ladder, by organisation: the rung's position on the ladder (0 = top), -1 when undecided. */
  final int[][] levelPositions;

  /**
   * By scheme, by organisation: the tier's position (0 = top), the number of tiers when none was
   * won, -1 when undecided.
   */
  final int[][] awardPositions;

  /** By organisation: the index of its province in {@link #provinces}, -1 when it has none. */
  final int[] provinceOf;

  /** By organisation: its subject id. */
  final String[] ids;

  /** By organisation: the ordinal of its type. */
  final int[] typeOf;

  /** The provinces, in name order. */
  final List<String> provinces;

  private final AtomicReferenceArray<Column> columns;

  private Cohort(
      Rubric rubric,
      FiscalYear period,
      List<OrganisationSummary> summaries,
      List<LeftOut> leftOut) {
    this.rubric = rubric;
    this.period = period;
    this.summaries = summaries;
    this.leftOut = leftOut;
    this.nodeIds = nodeIds(rubric);
    this.nodeIndex = new HashMap<>();
    for (int i = 0; i < nodeIds.size(); i++) {
      nodeIndex.put(nodeIds.get(i), i);
    }
    int n = summaries.size();
    RubricRef expected = rubric.ref();
    String ref = expected.toString();
    // subject ids, by hash, in an open table of positions + 1: no entry made per organisation
    int[] seen = new int[Integer.highestOneBit(Math.max(1, n) * 2) * 2];
    int mask = seen.length - 1;
    TreeMap<String, Integer> provinceIds = new TreeMap<>();
    List<String> knownIds = nodeIds;
    this.provinceOf = new int[n];
    this.typeOf = new int[n];
    this.ids = new String[n];
    @Nullable String lastProvince = null;
    int lastProvinceId = -1;
    for (int i = 0; i < n; i++) {
      OrganisationSummary s = summaries.get(i);
      String id = s.subjectId();
      RubricRef r = s.rubric();
      if (r != expected && !r.equals(expected)) {
        throw new InvalidValueException(CohortMessages.otherRubric(id, r.toString(), ref));
      }
      expected = r;
      if (!s.period().equals(period)) {
        throw new InvalidValueException(
            CohortMessages.otherPeriod(id, s.period().label(), period.label()));
      }
      if (s.nodeIds() != knownIds) {
        if (!s.nodeIds().equals(nodeIds)) {
          throw new InvalidValueException(CohortMessages.otherNodes(id, ref));
        }
        knownIds = s.nodeIds();
      }
      int slot = spread(id.hashCode()) & mask;
      while (seen[slot] != 0) {
        if (ids[seen[slot] - 1].equals(id)) {
          throw new InvalidValueException(CohortMessages.duplicateSubject(id));
        }
        slot = (slot + 1) & mask;
      }
      seen[slot] = i + 1;
      ids[i] = id;
      typeOf[i] = s.type().ordinal();
      String province = s.province();
      if (province == null) {
        provinceOf[i] = -1;
      } else {
        if (province != lastProvince) {
          Integer known = provinceIds.get(province);
          if (known == null) {
            known = provinceIds.size();
            provinceIds.put(province, known);
          }
          lastProvince = province;
          lastProvinceId = known;
        }
        provinceOf[i] = lastProvinceId;
      }
    }
    // provinces were numbered as met: renumber them in name order
    this.provinces = List.copyOf(provinceIds.keySet());
    int[] renumber = new int[provinceIds.size()];
    int p = 0;
    for (Integer met : provinceIds.values()) {
      renumber[met] = p++;
    }
    for (int i = 0; i < n; i++) {
      if (provinceOf[i] >= 0) {
        provinceOf[i] = renumber[provinceOf[i]];
      }
    }
    this.levelPositions = new int[rubric.ladders().size()][];
    for (int l = 0; l < levelPositions.length; l++) {
      Ladder ladder = rubric.ladders().get(l);
      Map<String, Integer> rungs = new HashMap<>();
      for (int r = 0; r < ladder.rungs().size(); r++) {
        rungs.put(ladder.rungs().get(r).id(), r);
      }
      levelPositions[l] = positions(ladder.id(), rungs, -1, true);
    }
    this.awardPositions = new int[rubric.awards().size()][];
    for (int a = 0; a < awardPositions.length; a++) {
      AwardScheme scheme = rubric.awards().get(a);
      Map<String, Integer> tiers = new HashMap<>();
      for (int t = 0; t < scheme.tiers().size(); t++) {
        tiers.put(scheme.tiers().get(t).id(), t);
      }
      awardPositions[a] = positions(scheme.id(), tiers, scheme.tiers().size(), false);
    }
    this.columns = new AtomicReferenceArray<>(nodeIds.size() * 2);
  }

  /** {@return a hash with its high bits mixed into the low ones, for a table indexed by a mask} */
  private static int spread(int h) {
    return h ^ (h >>> 16) ^ (h >>> 7);
  }

  private int[] positions(String decisionId, Map<String, Integer> ids, int none, boolean ladder) {
    int[] out = new int[summaries.size()];
    for (int i = 0; i < out.length; i++) {
      OrganisationSummary s = summaries.get(i);
      Outcome o = find(ladder ? s.levels() : s.awards(), decisionId);
      if (o == null) {
        throw new InvalidValueException(CohortMessages.missingOutcome(s.subjectId(), decisionId));
      }
      if (o.undecided()) {
        out[i] = -1;
      } else if (o.resultId() == null) {
        // no tier won: only an award's outcome has no result and is decided (a ladder's outcome
        // without a rung is undecided, as the summary's builder and LevelDecision make it)
        out[i] = none;
      } else {
        Integer at = ids.get(o.resultId());
        if (at == null) {
          throw new InvalidValueException(
              CohortMessages.unknownOutcome(s.subjectId(), decisionId, o.resultId()));
        }
        out[i] = at;
      }
    }
    return out;
  }

  private static @Nullable Outcome find(List<Outcome> outcomes, String id) {
    for (Outcome o : outcomes) {
      if (o.decisionId().equals(id)) {
        return o;
      }
    }
    return null;
  }

  /**
   * {@return the indexes of the nodes a distribution spreads: the root, the top-level criteria and
   * their children}
   */
  int[] spreadNodes() {
    List<Integer> out = new ArrayList<>();
    out.add(0);
    for (Criterion c : rubric.criteria()) {
      if (!c.kind().isScored()) {
        continue;
      }
      out.add(nodeIndex.get(c.id()));
      for (Criterion child : c.children()) {
        if (child.kind().isScored()) {
          out.add(nodeIndex.get(child.id()));
        }
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static List<String> nodeIds(Rubric rubric) {
    List<String> ids = new ArrayList<>();
    ids.add(rubric.id());
    for (Criterion c : rubric.criteria()) {
      walk(c, ids);
    }
    return List.copyOf(ids);
  }

  /** Adds the criterion and the criteria below it, as a scorecard holds them: unscored ones not. */
  private static void walk(Criterion c, List<String> ids) {
    if (!c.kind().isScored()) {
      return;
    }
    ids.add(c.id());
    for (Criterion child : c.children()) {
      walk(child, ids);
    }
  }

  /**
   * Gathers the summaries of final assessments into a cohort: {@code of(rubric, period, summaries,
   * Admission.FINAL_ONLY)}. Every other summary is left out and listed in {@link #leftOut()}.
   *
   * @param rubric the rubric every summary was scored against (the same id and version)
   * @param period the fiscal year every summary assessed
   * @param summaries the summaries, one final one per organisation, in any order; may be empty
   * @return the cohort
   * @throws io.github.assessmentkit.MissingValueException if an argument or a summary is null
   * @throws InvalidValueException naming the first offending organisation, in the order given, if
   *     its summary is of another rubric version or fiscal year, does not have the rubric's nodes,
   *     lacks a decision of one of the rubric's ladders or award schemes or names a rung or tier
   *     the rubric does not have, or if an organisation appears twice among the summaries taken
   */
  public static Cohort of(
      Rubric rubric, FiscalYear period, Collection<OrganisationSummary> summaries) {
    return of(rubric, period, summaries, Admission.FINAL_ONLY);
  }

  /**
   * Gathers summaries into a cohort, taking those the admission allows. An organisation with a
   * draft and a final summary is taken once, by its final one, under {@link Admission#FINAL_ONLY};
   * two final summaries of one organisation (one superseding the other) are refused as an
   * organisation appearing twice: give the one that stands.
   *
   * @param rubric the rubric every summary was scored against (the same id and version)
   * @param period the fiscal year every summary assessed
   * @param summaries the summaries, in any order; may be empty
   * @param admission which statuses to take
   * @return the cohort
   * @throws io.github.assessmentkit.MissingValueException if an argument or a summary is null
   * @throws InvalidValueException naming the first offending organisation, in the order given, if
   *     its summary is of another rubric version or fiscal year, does not have the rubric's nodes,
   *     lacks a decision of one of the rubric's ladders or award schemes or names a rung or tier
   *     the rubric does not have, or if an organisation appears twice among the summaries taken
   */
  public static Cohort of(
      Rubric rubric,
      FiscalYear period,
      Collection<OrganisationSummary> summaries,
      Admission admission) {
    Checks.notNull(rubric, "rubric");
    Checks.notNull(period, "period");
    Checks.notNull(summaries, "summaries");
    Checks.notNull(admission, "admission");
    List<OrganisationSummary> given = Checks.copy(new ArrayList<>(summaries), "summaries");
    if (admission == Admission.ANY_STATUS) {
      return new Cohort(rubric, period, given, List.of());
    }
    List<OrganisationSummary> taken = new ArrayList<>(given.size());
    List<LeftOut> left = new ArrayList<>();
    @Nullable List<String> ids = null;
    for (OrganisationSummary s : given) {
      if (s.status().isFinal()) {
        taken.add(s);
      } else {
        ids = ids == null ? nodeIds(rubric) : ids;
        belongs(rubric, period, ids, s);
        left.add(
            new LeftOut(
                s.subjectId(),
                s.status(),
                StatusMessages.leftOutNotFinal(s.subjectId(), s.status().label())));
      }
    }
    return new Cohort(
        rubric, period, left.isEmpty() ? given : List.copyOf(taken), List.copyOf(left));
  }

  /**
   * Checks that a summary left out is still of this round: of the rubric version and fiscal year,
   * with the rubric's nodes; a summary of another round is refused whatever its status.
   */
  private static void belongs(
      Rubric rubric, FiscalYear period, List<String> nodeIds, OrganisationSummary s) {
    String ref = rubric.ref().toString();
    if (!s.rubric().equals(rubric.ref())) {
      throw new InvalidValueException(
          CohortMessages.otherRubric(s.subjectId(), s.rubric().toString(), ref));
    }
    if (!s.period().equals(period)) {
      throw new InvalidValueException(
          CohortMessages.otherPeriod(s.subjectId(), s.period().label(), period.label()));
    }
    if (!s.nodeIds().equals(nodeIds)) {
      throw new InvalidValueException(CohortMessages.otherNodes(s.subjectId(), ref));
    }
  }

  /** {@return the rubric} */
  public Rubric rubric() {
    return rubric;
  }

  /** {@return the fiscal year} */
  public FiscalYear period() {
    return period;
  }

  /**
   * {@return the summaries given and not taken, in the order given, each with the reason: under
   * {@link Admission#FINAL_ONLY} those of assessments that are not final; empty under {@link
   * Admission#ANY_STATUS}}
   */
  public List<LeftOut> leftOut() {
    return leftOut;
  }

  /** {@return the summaries taken, in the order given} */
  public List<OrganisationSummary> summaries() {
    return summaries;
  }

  /** {@return how many organisations} */
  public int size() {
    return summaries.size();
  }

  /**
   * {@return the ids of the nodes every summary has, the root (the rubric's id) first; unscored
   * criteria, such as an organisational profile, have none, as in a scorecard}
   */
  public List<String> nodeIds() {
    return nodeIds;
  }

  /** {@return the provinces of the organisations, in name order} */
  public List<String> provinces() {
    return provinces;
  }

  /**
   * Ranks the cohort overall, within each province and within each organisation type.
   *
   * @param order the declared order of keys
   * @return the rankings
   * @throws InvalidValueException if a key names a criterion the rubric does not have
   */
  public Rankings rank(RankingOrder order) {
    Checks.notNull(order, "order");
    return Ranker.rank(this, order);
  }

  /**
   * Counts the level and award outcomes and spreads the percent of every criterion, overall, by
   * province and by organisation type.
   *
   * @return the distribution
   */
  public Distribution distribution() {
    return Distributor.distribute(this);
  }

  /**
   * Picks plaque recipients: every organisation whose decision meets the qualification, in the
   * order of the overall ranking, up to the cap. When organisations tied on the ranking's first key
   * straddle the cap, the rule decides: {@link TieAtCap#TAKE_ALL_TIED} gives a plaque to every one
   * of them; {@link TieAtCap#BREAK_BY_TIE_BREAK} separates them by the ranking's tie-breaks and
   * still gives one to all that stay tied on every key, as nothing else tells them apart.
   *
   * @param rankings a ranking of this cohort
   * @param qualification the decision a recipient must have
   * @param cap how many plaques, 1 or more
   * @param rule what to do with a tie at the cap
   * @return the recipients, with those left out by the cap
   * @throws InvalidValueException if the ranking is of another cohort, the qualification names a
   *     ladder, scheme, rung or tier the rubric does not have, or the cap is below 1
   */
  public Plaques plaques(Rankings rankings, Qualification qualification, int cap, TieAtCap rule) {
    Checks.notNull(rankings, "rankings");
    Checks.notNull(qualification, "qualification");
    Checks.positive(cap, "cap");
    Checks.notNull(rule, "rule");
    if (!rankings.of(this)) {
      throw new InvalidValueException(CohortMessages.rankingOfAnotherCohort());
    }
    return PlaqueRule.pick(this, rankings, qualification, cap, rule);
  }

  /**
   * Finds a criterion's leaders and learners and pairs each learner with one leader.
   *
   * @param rankings a ranking of this cohort: equal percents are listed in its order
   * @param rule the criterion, thresholds and capacity
   * @return the leaders, learners, pairs and learners left without a leader
   * @throws InvalidValueException if the ranking is of another cohort or the criterion is not in
   *     the rubric
   */
  public LearningExchange exchange(Rankings rankings, ExchangeRule rule) {
    Checks.notNull(rankings, "rankings");
    Checks.notNull(rule, "rule");
    if (!rankings.of(this)) {
      throw new InvalidValueException(CohortMessages.rankingOfAnotherCohort());
    }
    return Pairing.exchange(this, rankings, rule);
  }

  /**
   * Finds the index of a node.
   *
   * @param criterionId the criterion, or {@code null} for the root
   * @param field what named it, for the message
   * @return its index
   */
  int node(@Nullable String criterionId, String field) {
    Integer at = criterionId == null ? Integer.valueOf(0) : nodeIndex.get(criterionId);
    if (at == null) {
      throw new InvalidValueException(
          CohortMessages.notInRubric(field, String.valueOf(criterionId), rubric.ref().toString()));
    }
    return at;
  }

  private static final OrganisationType[] TYPES = OrganisationType.values();

  /** {@return an organisation's province, or null} */
  @Nullable String province(int i) {
    int p = provinceOf[i];
    return p < 0 ? null : provinces.get(p);
  }

  /** {@return an organisation's type} */
  OrganisationType type(int i) {
    return TYPES[typeOf[i]];
  }

  /**
   * Computes the columns of several nodes that are not computed yet, in one pass over the
   * summaries.
   *
   * @param nodes the nodes
   * @param percent the fractions (else the earned points)
   */
  void prepare(int[] nodes, boolean percent) {
    int[] missing =
        java.util.Arrays.stream(nodes)
            .filter(node -> columns.get(node * 2 + (percent ? 1 : 0)) == null)
            .toArray();
    if (missing.length == 0) {
      return;
    }
    Column[] made = Column.of(summaries, missing, percent);
    for (int k = 0; k < missing.length; k++) {
      columns.compareAndSet(missing[k] * 2 + (percent ? 1 : 0), null, made[k]);
    }
  }

  /** {@return the values of a node for every organisation, computed once} */
  Column column(int node, boolean percent) {
    int slot = node * 2 + (percent ? 1 : 0);
    Column c = columns.get(slot);
    if (c == null) {
      c = Column.of(summaries, node, percent);
      columns.compareAndSet(slot, null, c);
    }
    return c;
  }
}
