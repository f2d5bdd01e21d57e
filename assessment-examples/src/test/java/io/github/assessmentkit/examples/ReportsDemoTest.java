package io.github.assessmentkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the reports demo into a temporary directory and reads what it wrote. */
class ReportsDemoTest {
  @Test
  void writesTheScorecardAndTheRoundReports(@TempDir Path directory) throws IOException {
    List<Path> files = ReportsDemo.write(directory);
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "scorecard.html",
            "scorecard-th.html",
            "scorecard-en.html",
            "scorecard.md",
            "province-round.html",
            "province-round.csv",
            "history.html");
    String scorecard =
        Files.readString(directory.resolve("scorecard.html"), StandardCharsets.UTF_8);
    assertThat(scorecard).startsWith("<!DOCTYPE html>").contains("<svg", "Content-Security-Policy");
    assertThat(scorecard).contains("สหกรณ์ออมทรัพย์", "cqa@2025.1");
    String round =
        Files.readString(directory.resolve("province-round.html"), StandardCharsets.UTF_8);
    assertThat(round).contains("id=\"ranking-overall\"", "id=\"plaque-recipients\"");
    byte[] csv = Files.readAllBytes(directory.resolve("province-round.csv"));
    // The UTF-8 byte order mark, EF BB BF.
    assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    // A header and one row per organisation of the round (thirty).
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text.split("\r\n")).hasSize(31);
  }

  @Test
  void writesTheSampleCooperativesYears(@TempDir Path directory) throws IOException {
    ReportsDemo.write(directory);
    String years = Files.readString(directory.resolve("history.html"), StandardCharsets.UTF_8);
    assertThat(years).startsWith("<!DOCTYPE html>").contains("Content-Security-Policy");
    // Four fiscal years on the governance set, 2563–2566 B.E. (2020–2023 C.E.), the last on the
    // made-up version 2026.1.
    assertThat(years).contains("coop-governance", "B.E. 2563–2566", "C.E. 2020–2023", "2026.1");
    // A trend line for the total and each of the six principles: seven charts.
    assertThat(years.split("<svg ", -1)).hasSize(1 + 7);
    // The plaque won in 2564, lost in 2565 to the fraud finding, and regained in 2566.
    assertThat(years).contains("plaque-won", "plaque-lost", "plaque-regained");
    // The plan written after FY2564 judged at FY2565: four actions A1 to A4, and its summary.
    assertThat(years).contains("id=\"plan-actions\"", "plan-2564", "id=\"plan-summary\"");
    assertThat(years.split("<tr class=\"action ", -1)).hasSize(1 + 4);
  }
}
