package io.github.assessmentkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.assessmentkit.assessment.Assessment;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Validator's start-up line ("HV000001: Hibernate Validator …", INFO, through JBoss
 * Logging and, with no other logging library here, {@code java.util.logging}) is kept off standard
 * error once the codec has built its validator.
 */
class StartupLogTest {
  private static final String VERSION_LOGGER = "org.hibernate.validator.internal.util.Version";

  @Test
  void the_validator_version_line_is_not_logged_at_info_once_a_document_is_read() {
    // given the codec, and a document whose structure the validator checks
    AssessmentJson json = AssessmentJson.standard();

    // when it reads the document (the validator is built for the first read, if not already)
    Assessment read = json.readAssessment(Resources.bytes("examples/assessment-mini.json"));

    // then the version logger, which no configuration here sets, is at WARNING: its INFO line is
    // not written, while warnings still are
    Logger version = Logger.getLogger(VERSION_LOGGER);
    assertThat(read.ratings()).isNotEmpty();
    assertThat(version.getLevel()).isEqualTo(Level.WARNING);
    assertThat(version.isLoggable(Level.INFO)).isFalse();
    assertThat(version.isLoggable(Level.WARNING)).isTrue();
  }
}
