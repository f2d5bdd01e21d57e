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
            "province-round.csv");
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
}
