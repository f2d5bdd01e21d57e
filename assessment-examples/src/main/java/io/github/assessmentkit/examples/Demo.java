package io.github.assessmentkit.examples;

import io.github.assessmentkit.cqa.CqaSets;
import io.github.assessmentkit.text.Language;
import io.github.assessmentkit.text.Text;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A first look at the library: prints a bilingual heading and the criteria sets on offer.
 *
 * <p>Run it with {@code ./mvnw -B -q -Pdemo -pl assessment-examples -am package -DskipTests}.
 */
public final class Demo {

  private Demo() {}

  /**
   * Prints the demo to standard output, in UTF-8 so the Thai text reads right on any console.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Prints the demo.
   *
   * @param out where to print
   */
  static void run(PrintStream out) {
    Text heading = Text.of("การประเมินสหกรณ์", "Cooperative assessment");
    out.println(heading.get(Language.TH) + " / " + heading.get(Language.EN));
    out.println(
        "criteria sets: "
            + String.join(", ", CqaSets.CQA, CqaSets.GOVERNANCE, CqaSets.INTERNAL_CONTROL));
    out.flush();
  }
}
