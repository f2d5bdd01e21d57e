package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.Ratio;
import io.github.assessmentkit.assessment.AssessmentStatus;
import io.github.assessmentkit.assessment.OrganisationType;
import io.github.assessmentkit.json.internal.SummaryDocs.OutcomeDoc;
import io.github.assessmentkit.json.internal.SummaryDocs.SummariesDoc;
import io.github.assessmentkit.json.internal.SummaryDocs.SummaryDoc;
import io.github.assessmentkit.json.internal.SummaryDocs.ValuesDoc;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a summaries document into {@link SummaryDocs} records. Every unknown field is reported;
 * each summary must give one pair of values per node the document names.
 */
final class SummaryReader {
  private static final Pattern RATIO = Pattern.compile("(0|[1-9][0-9]{0,39})(/[1-9][0-9]{0,39})?");

  private SummaryReader() {}

  static SummariesDoc read(Obj o) {
    o.raw("format");
    o.raw("formatVersion");
    Fields.require(o, "nodes", "summaries");
    List<@Nullable String> nodes = o.strings("nodes");
    int count = nodes == null ? -1 : nodes.size();
    SummariesDoc d =
        new SummariesDoc(
            AssessmentReader.rubricRef(o),
            AssessmentReader.period(o, "period"),
            nodes,
            o.objects("summaries", s -> summary(s, count)));
    o.noRest();
    return d;
  }

  private static SummaryDoc summary(Obj s, int nodes) {
    Fields.require(s, "exact", "levels", "awards");
    List<@Nullable ValuesDoc> exact = s.array("exact", (n, at) -> values(s, n, at));
    if (exact != null && nodes >= 0 && exact.size() != nodes) {
      s.issues()
          .add(
              s.path("exact"),
              "summary.values-per-node",
              String.valueOf(exact.size()),
              JsonMessages.valuesPerNode(exact.size(), nodes));
    }
    SummaryDoc d =
        new SummaryDoc(
            s.where(),
            s.string("subject"),
            s.choice("type", OrganisationType.class),
            s.string("province"),
            s.choice("status", AssessmentStatus.class),
            exact,
            s.objects("levels", l -> outcome(l, "ladder", "rung")),
            s.objects("awards", a -> outcome(a, "scheme", "tier")));
    s.noRest();
    return d;
  }

  private static @Nullable ValuesDoc values(Obj owner, Node n, Where at) {
    if (!n.isArray() || n.size() != 2) {
      owner.issues().add(at.pointer(), "summary.values-pair", null, JsonMessages.notAPair());
      return null;
    }
    Node earned = n.get(0);
    Ratio e = earned.isNull() ? null : ratio(owner, earned, at.item(0));
    Ratio p = ratio(owner, n.get(1), at.item(1));
    if (p == null || (e == null && !earned.isNull())) {
      return null;
    }
    return new ValuesDoc(e, p);
  }

  private static @Nullable Ratio ratio(Obj owner, Node v, Where at) {
    String text = owner.asString(v, at);
    if (text == null) {
      if (v.isNull()) {
        owner.issues().add(at.pointer(), "summary.values-pair", null, JsonMessages.notAPair());
      }
      return null;
    }
    if (!RATIO.matcher(text).matches()) {
      owner.issues().add(at.pointer(), "json.ratio", text, JsonMessages.notARatio(text));
      return null;
    }
    return Ratio.parse(text);
  }

  private static OutcomeDoc outcome(Obj o, String decision, String result) {
    Boolean undecided = o.bool("undecided");
    OutcomeDoc d = new OutcomeDoc(o.where(), o.string(decision), o.string(result), undecided);
    o.noRest();
    return d;
  }
}
