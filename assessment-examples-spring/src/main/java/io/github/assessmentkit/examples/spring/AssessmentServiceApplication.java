package io.github.assessmentkit.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the assessment service: {@code ./mvnw -B -q -Pserve -pl assessment-examples-spring -am
 * package -DskipTests}, or {@code java -jar
 * assessment-examples-spring/target/assessment-examples-spring-*.jar} after a build.
 */
@SpringBootApplication
public class AssessmentServiceApplication {
  /** Not for use: Spring makes the one instance it needs. */
  AssessmentServiceApplication() {}

  /**
   * Runs the service until the process is stopped.
   *
   * @param args Spring Boot's command-line arguments, for example {@code --server.port=9090} or
   *     {@code --spring.profiles.active=postgres}
   */
  public static void main(String[] args) {
    SpringApplication.run(AssessmentServiceApplication.class, args);
  }
}
