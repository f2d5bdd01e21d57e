package io.github.assessmentkit.report.internal;

import io.github.assessmentkit.cohort.Standing;
import io.github.assessmentkit.report.CohortReport;
import io.github.assessmentkit.report.spi.ReportOptions;
import io.github.assessmentkit.report.spi.ReportRenderer;
import io.github.assessmentkit.rubric.Criterion;
import io.github.assessmentkit.text.Text;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The round's table as CSV (RFC 4180, CRLF line ends) with a UTF-8 byte order mark, so that a
 * spreadsheet opens the Thai text correctly: one row per organisation in the order of the overall
 * ranking, with its overall rank, its rank in its province and in its type, its total, the names of
 * its levels and award tier, whether it receives a plaque, and its percent of each category. A text
 * that a spreadsheet would read as a formula is written with a leading apostrophe.
 */
public final class CohortCsvRenderer implements ReportRenderer<CohortReport> {
  /** Creates the renderer. */
  public CohortCsvRenderer() {}

  @Override
  public String id() {
    return CSV;
  }

  @Override
  public Class<CohortReport> reportType() {
    return CohortReport.class;
  }

  @Override
  public String mediaType() {
    return "text/csv; charset=UTF-8; header=present";
  }

  @Override
  public String fileExtension() {
    return "csv";
  }

  @Override
  public void render(CohortReport report, ReportOptions options, Writer out) throws IOException {
    ReportChecks.notNull(report, "report");
    ReportChecks.notNull(options, "options");
    ReportChecks.notNull(out, "out");
    Ui ui = new Ui(options.language());
    CohortView v = new CohortView(report, ui);
    List<String> header = new ArrayList<>();
    header.add(ui.plain("อันดับ", "rank"));
    header.add(ui.plain("อันดับในจังหวัด", "rank in province"));
    header.add(ui.plain("อันดับในประเภท", "rank in type"));
    header.add(ui.plain("รหัส", "id"));
    header.add(ui.plain("ชื่อ", "name"));
    header.add(ui.plain("จังหวัด", "province"));
    header.add(ui.plain("ประเภท", "type"));
    header.add(ui.plain("คะแนนรวม", "total"));
    header.add(ui.plain("ระดับและรางวัล", "levels and award"));
    header.add(ui.plain("โล่", "plaque"));
    List<Criterion> categories = v.categories();
    for (Criterion c : categories) {
      header.add(c.id() + " %");
    }
    out.write('\uFEFF');
    CSVPrinter csv =
        new CSVPrinter(
            out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    for (Standing s : report.rankings().overall().standings()) {
      List<String> row = new ArrayList<>();
      row.add(String.valueOf(s.rank()));
      row.add(rankIn(report.rankings().byProvince(), s.province(), s.subjectId()));
      row.add(rankIn(report.rankings().byType(), s.type(), s.subjectId()));
      row.add(Escape.cell(s.subjectId()));
      row.add(Escape.cell(ui.plain(v.name(s.subjectId()))));
      row.add(Escape.cell(s.province() == null ? "" : s.province()));
      row.add(Escape.cell(ui.plain(s.type().label())));
      row.add(v.exact(s.total()));
      List<String> outcomes = new ArrayList<>();
      for (Text o : v.outcomes(s.subjectId())) {
        outcomes.add(ui.plain(o));
      }
      row.add(Escape.cell(String.join("; ", outcomes)));
      row.add(v.plaque(s.subjectId()) ? "1" : "0");
      for (Criterion c : categories) {
        row.add(v.percent(s.subjectId(), c.id()));
      }
      csv.printRecord(row);
    }
    csv.flush();
  }

  private static <K> String rankIn(
      Map<K, io.github.assessmentkit.cohort.Ranking> rankings, K key, String subjectId) {
    if (key == null) {
      return "";
    }
    io.github.assessmentkit.cohort.Ranking ranking = rankings.get(key);
    if (ranking == null) {
      return "";
    }
    return ranking.standing(subjectId).map(st -> String.valueOf(st.rank())).orElse("");
  }
}
