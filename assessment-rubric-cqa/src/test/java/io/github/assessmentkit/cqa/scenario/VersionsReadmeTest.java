package io.github.assessmentkit.cqa.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.cqa.CqaCriteria;
import io.github.assessmentkit.rubric.Area;
import io.github.assessmentkit.rubric.Rubric;
import io.github.assessmentkit.rubric.diff.RubricDiff;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's "Comparing versions" example prints what the README shows: the expected lines are
 * read from the README itself, so the two cannot drift apart.
 */
class VersionsReadmeTest {
  @Test
  void the_readme_diff_of_the_savings_edition_prints_the_lines_it_shows() throws IOException {
    // the README's derivation, as written there
    Rubric savings =
        Rubric.from(CqaCriteria.rubric())
            .id("cqa-savings")
            .version("2025.2")
            .title(Text.of("เกณฑ์ CQA สำหรับสหกรณ์ออมทรัพย์", "CQA for savings cooperatives"))
            .addArea(
                "3.1", new Area("3.1s", Text.of("...", "How are savers of each age group heard?")))
            .reweight("7.5", 100)
            .reweight("7.1", 110)
            .build();

    String printed = RubricDiff.between(CqaCriteria.rubric(), savings).toText(Language.EN);

    assertThat(printed).isEqualTo(readmeLines());
  }

  /** The comment lines after the README's {@code diff.toText} call, without their "// ". */
  private static String readmeLines() throws IOException {
    Path readme = Path.of("..", "README.md");
    List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
    int at = lines.indexOf("System.out.print(diff.toText(Language.EN));");
    assertThat(at).as("the README shows the call").isNotNegative();
    List<String> shown = new ArrayList<>();
    for (int i = at + 1; i < lines.size() && lines.get(i).startsWith("// "); i++) {
      shown.add(lines.get(i).substring(3));
    }
    assertThat(shown).as("the README shows the output").hasSizeGreaterThan(1);
    return String.join("\n", shown) + "\n";
  }
}
