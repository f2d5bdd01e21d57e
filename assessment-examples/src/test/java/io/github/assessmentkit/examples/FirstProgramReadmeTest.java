package io.github.assessmentkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first program, kept compiling and true as written: {@code
 * src/test/resources/readme/FirstScore.java} is compiled with the JDK's compiler against the
 * published modules and run; and when the README holds the program (the {@code java} block after
 * the line {@value #MARKER}), that block must be the same text.
 */
class FirstProgramReadmeTest {
  /** The line of the README just before the program's code block. */
  static final String MARKER =
      "<!-- first-program: assessment-examples/src/test/resources/readme/FirstScore.java -->";

  @TempDir Path classes;

  @Test
  void the_first_program_compiles_as_written_and_prints_what_its_comments_say() throws Exception {
    // given the program, as a newcomer copies it
    Path source = Path.of("src/test/resources/readme/FirstScore.java");
    String program = Files.readString(source, StandardCharsets.UTF_8);

    // when it is compiled against the library, as in an application of one's own
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled;
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(source);
      String classPath =
          System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      compiled =
          javac
              .getTask(
                  diagnostics,
                  files,
                  null,
                  List.of(
                      "--release",
                      "17",
                      "-Xlint:all",
                      "-Werror",
                      "-proc:none",
                      "-classpath",
                      classPath,
                      "-d",
                      classes.toString()),
                  null,
                  units)
              .call();
    }

    // then it compiles without a warning, and prints the total and how it adds up: G1 (weight 2
    // of 3) has 200/3 points, 100/3 for each indicator: yes earns 100/3, partial 50/3, together
    // 50; G2 (100/3) is rated no and earns 0; the total is 50.00 of 100.00
    assertThat(compiled).as(diagnostics.toString()).isTrue();
    assertThat(run()).containsExactly("50.00 of 100.00", "G1 50.00 + G2 0.00 = 50.00");
    assertThat(program).contains("// 50.00 of 100.00").contains("// G1 50.00 + G2 0.00 = 50.00");

    // and the README shows exactly this text, right after its marker line
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    int marker = readme.indexOf(MARKER);
    assertThat(marker).as("the README's marker line %s", MARKER).isNotNegative();
    int start = readme.indexOf("```java\n", marker) + "```java\n".length();
    int end = readme.indexOf("```", start);
    assertThat(readme.substring(start, end)).isEqualTo(program);
  }

  private List<String> run() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Method main = loader.loadClass("FirstScore").getMethod("main", String[].class);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    return printed.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
