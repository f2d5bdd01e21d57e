package io.github.assessmentkit.examples.spring;

import io.github.assessmentkit.cohort.OrganisationSummary;
import io.github.assessmentkit.cohort.Standing;
import io.github.assessmentkit.json.AssessmentJson;
import io.github.assessmentkit.text.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.util.RawValue;

/**
 * A province's round: {@code GET /rounds/{province}/{fiscalYear}?rubric=cqa&status=final}. The
 * answer holds the province, the rubric version, the fiscal year, the ranking by total points (each
 * standing's rank, organisation, total and why it stands below the one above, in the request's
 * language) and, as {@code summaries}, the cohort as an {@code assessmentkit/summaries} document
 * written by the codec, in ranking order, which {@code AssessmentJson.readSummaries} reads back.
 * The report of a round, {@code GET .../report}, is in {@link ReportController}.
 */
@RestController
@RequestMapping("/rounds")
class RoundController {
  private final RoundService rounds;
  private final AssessmentJson json;

  RoundController(RoundService rounds, AssessmentJson json) {
    this.rounds = rounds;
    this.json = json;
  }

  /** Runs the round and lays it out. */
  @GetMapping("/{province}/{fiscalYear}")
  Map<String, Object> round(
      @PathVariable String province,
      @PathVariable String fiscalYear,
      @RequestParam(defaultValue = "cqa") String rubric,
      @RequestParam(defaultValue = "final") List<String> status,
      Locale locale) {
    RoundService.Round round = rounds.run(province, fiscalYear, rubric, status);
    Language language = Language.of(locale);
    List<Map<String, Object>> ranking = new ArrayList<>();
    Map<String, OrganisationSummary> bySubject = new HashMap<>();
    round.cohort().summaries().forEach(o -> bySubject.put(o.subjectId(), o));
    List<OrganisationSummary> inOrder = new ArrayList<>();
    for (Standing s : round.rankings().overall().standings()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rank", s.rank());
      m.put("subject", s.subjectId());
      m.put("totalPoints", s.totalPoints());
      m.put("explanation", s.explanation().get(language));
      ranking.add(m);
      inOrder.add(bySubject.get(s.subjectId()));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("province", round.province());
    out.put("rubric", round.cohort().rubric().ref().toString());
    out.put("fiscalYear", round.cohort().period().buddhistEra());
    out.put("size", round.cohort().size());
    out.put("ranking", ranking);
    out.put("summaries", new RawValue(json.writeSummaries(inOrder)));
    return out;
  }
}
