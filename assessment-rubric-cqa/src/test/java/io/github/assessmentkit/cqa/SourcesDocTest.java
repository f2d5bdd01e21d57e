package io.github.assessmentkit.cqa;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.rubric.Rubric;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/sources.md, the page the sets' Javadoc sends readers to, has a section for every shipped
 * set, naming its id and class, and says what is unverified where the set's data says so.
 */
class SourcesDocTest {
  private static final Path DOC = Path.of("..", "docs", "sources.md");

  /** The page's "## " sections, each with its heading on its first line. */
  private static List<String> sections() throws IOException {
    String text = Files.readString(DOC, StandardCharsets.UTF_8);
    List<String> sections = new ArrayList<>();
    for (String part : text.split("\n## ")) {
      sections.add(part);
    }
    return sections.subList(1, sections.size());
  }

  private static String sectionOf(List<String> sections, String id) {
    List<String> found =
        sections.stream()
            .filter(s -> s.lines().findFirst().orElseThrow().contains("`" + id + "`"))
            .toList();
    assertThat(found).as("sections headed with `%s`", id).hasSize(1);
    return found.get(0);
  }

  @Test
  void every_shipped_set_has_its_section_naming_its_class() throws IOException {
    // given
    List<String> sections = sections();

    // then one section per set, as many sections as sets
    assertThat(sections).hasSize(CqaSets.all().size());
    assertThat(sectionOf(sections, CqaSets.CQA)).contains("`CqaCriteria`");
    assertThat(sectionOf(sections, CqaSets.GOVERNANCE)).contains("`GovernanceCriteria`");
    assertThat(sectionOf(sections, CqaSets.INTERNAL_CONTROL)).contains("`InternalControlCriteria`");
    assertThat(sectionOf(sections, CqaSets.COOP_STANDARD))
        .contains("`CooperativeStandardCriteria.rubric()`");
    assertThat(sectionOf(sections, CqaSets.COOP_STANDARD_FARMER_GROUPS))
        .contains("`CooperativeStandardCriteria.farmerGroups()`");
  }

  @Test
  void a_set_whose_data_is_unverified_says_so_in_its_section() throws IOException {
    // given
    List<String> sections = sections();

    // then
    for (Rubric rubric : CqaSets.all()) {
      String section = sectionOf(sections, rubric.ref().id());
      if (!rubric.provenance().verified()) {
        assertThat(section).as(rubric.ref().id()).contains("**unverified**");
      }
    }
  }
}
