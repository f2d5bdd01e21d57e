package io.github.assessmentkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.cohort.Standing;
import io.github.assessmentkit.report.spi.ReportLanguage;
import io.github.assessmentkit.report.spi.ReportRenderer;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The round's table as CSV, read back with Commons CSV. */
class CohortCsvTest {
  private static List<CSVRecord> read(String csv) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(csv.substring(1)))
        .getRecords();
  }

  @Test
  void startsWithAByteOrderMarkAndHoldsOneRowPerOrganisation() throws IOException {
    CohortReport round = Fixtures.round();
    String csv =
        Rendered.render(CohortReport.class, round, ReportRenderer.CSV, ReportLanguage.BOTH);
    assertThat(csv.charAt(0)).isEqualTo('\uFEFF');
    List<CSVRecord> rows = read(csv);
    assertThat(rows).hasSize(12);
    // Ten columns, then one per CQA category (7).
    assertThat(rows.get(0).getParser().getHeaderNames()).hasSize(17);
    Standing first = round.rankings().overall().standings().get(0);
    assertThat(rows.get(0).get(0)).isEqualTo(String.valueOf(first.rank()));
    assertThat(rows.get(0).get(3)).isEqualTo(first.subjectId());
    assertThat(rows.get(0).get(4)).startsWith("สหกรณ์ที่ ").contains(" / Cooperative ");
    assertThat(rows.get(0).get(7)).isEqualTo(first.total().round(2).toPlainString());
    long plaques = rows.stream().filter(r -> r.get(9).equals("1")).count();
    assertThat(plaques).isEqualTo(round.plaques().recipients().size());
  }

  @Test
  void thaiTextAndInjectionAttemptsReadBackAsWritten() throws IOException {
    CohortReport round = Fixtures.hostileRound();
    String csv =
        Rendered.render(CohortReport.class, round, ReportRenderer.CSV, ReportLanguage.THAI);
    List<CSVRecord> rows = read(csv);
    assertThat(rows).hasSize(Fixtures.XSS.size());
    for (CSVRecord row : rows) {
      String expected = round.name(row.get(3)).th();
      assertThat(row.get(4)).isEqualTo(expected);
    }
  }
}
