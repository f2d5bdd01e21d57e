package io.github.assessmentkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.assessmentkit.testing.Examples;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The one-pass identifier check gives, for every string, the answer of the plain definition: blank;
 * else white space at either end; else a combining mark first; else the first invisible character
 * other than the plain space.
 */
class IdentifierCheckProperties {
  /** Characters that test each branch: ASCII, Thai with tone marks, spaces and invisible ones. */
  private static final List<Integer> CHARACTERS =
      List.of(
          (int) 'a',
          (int) 'Z',
          (int) '1',
          (int) '.',
          (int) '-',
          (int) ' ',
          (int) '\t',
          (int) '\n',
          0x00a0,
          0x2003,
          0x200b,
          0x200d,
          0xfeff,
          0x0000,
          0x007f,
          0x0e01,
          0x0e2a,
          0x0e48,
          0x0e34,
          0x0301,
          0x20dd,
          0x0903,
          0xe000,
          0x0378,
          0x1f600,
          0x2028,
          0x3000,
          // default-ignorable: variation selectors, the combining grapheme joiner, a Hangul
          // filler, a tag; and lone surrogates
          0xfe0f,
          0xfe00,
          0xe0100,
          0x180b,
          0x034f,
          0x3164,
          0xe0041,
          0xd800,
          0xdc00);

  /** The default-ignorable marks among {@link #CHARACTERS}, invisible though they are marks. */
  private static final List<Integer> DEFAULT_IGNORABLE_MARKS =
      List.of(0xfe0f, 0xfe00, 0xe0100, 0x180b, 0x034f);

  private static final Gen<String> STRINGS =
      SourceDSL.lists()
          .of(Generate.pick(CHARACTERS))
          .ofSizeBetween(0, 6)
          .map(
              cps -> {
                StringBuilder b = new StringBuilder();
                cps.forEach(b::appendCodePoint);
                return b.toString();
              });

  @Test
  void the_one_pass_check_agrees_with_the_definition() {
    qt().withExamples(Examples.or(5000))
        .forAll(STRINGS)
        .checkAssert(
            s -> {
              // when
              IdentifierValidator.Problem found = IdentifierValidator.problem(s);

              // then
              assertThat(found).as("%s", Show.value(s)).isEqualTo(definition(s));
            });
  }

  @Test
  void plain_ids_pass_and_each_kind_of_fault_is_named() {
    assertThat(IdentifierValidator.problem("1.1.p2")).isNull();
    assertThat(IdentifierValidator.problem("สหกรณ์")).isNull();
    assertThat(IdentifierValidator.problem("a b")).isNull();
    assertThat(IdentifierValidator.problem(" \t")).isEqualTo(problem(K.NOT_BLANK, null));
    assertThat(IdentifierValidator.problem("a ")).isEqualTo(problem(K.IDENTIFIER_SPACE, null));
    assertThat(IdentifierValidator.problem("\u0e48a"))
        .isEqualTo(problem(K.IDENTIFIER_MARK, "U+0E48"));
    assertThat(IdentifierValidator.problem("a\u200bb\u200d"))
        .isEqualTo(problem(K.IDENTIFIER, "U+200B"));
    // variation selectors, other default-ignorable code points and lone surrogates: before, the
    // first four passed
    assertThat(IdentifierValidator.problem("1.1\ufe0f")).isEqualTo(problem(K.IDENTIFIER, "U+FE0F"));
    assertThat(IdentifierValidator.problem("\ufe0fa")).isEqualTo(problem(K.IDENTIFIER, "U+FE0F"));
    assertThat(IdentifierValidator.problem("a\udb40\udd00"))
        .isEqualTo(problem(K.IDENTIFIER, "U+E0100"));
    assertThat(IdentifierValidator.problem("a\u034fb")).isEqualTo(problem(K.IDENTIFIER, "U+034F"));
    assertThat(IdentifierValidator.problem("a\u3164")).isEqualTo(problem(K.IDENTIFIER, "U+3164"));
    assertThat(IdentifierValidator.problem("a\ud800")).isEqualTo(problem(K.IDENTIFIER, "U+D800"));
    assertThat(IdentifierValidator.problem("\udc00a")).isEqualTo(problem(K.IDENTIFIER, "U+DC00"));
  }

  private static IdentifierValidator.Problem problem(String template, @Nullable String cp) {
    return new IdentifierValidator.Problem(template, cp);
  }

  /** The definition, written plainly in several passes. */
  private static IdentifierValidator.@Nullable Problem definition(String s) {
    if (s.isBlank()) {
      return problem(K.NOT_BLANK, null);
    }
    if (Character.isWhitespace(s.codePointAt(0))
        || Character.isWhitespace(s.codePointBefore(s.length()))) {
      return problem(K.IDENTIFIER_SPACE, null);
    }
    int first = s.codePointAt(0);
    int type = Character.getType(first);
    if ((type == Character.NON_SPACING_MARK
            || type == Character.COMBINING_SPACING_MARK
            || type == Character.ENCLOSING_MARK)
        && !DEFAULT_IGNORABLE_MARKS.contains(first)) {
      return problem(K.IDENTIFIER_MARK, Show.codePoint(first));
    }
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (cp != ' ' && (Show.isInvisible(cp) || DEFAULT_IGNORABLE_MARKS.contains(cp))) {
        return problem(K.IDENTIFIER, Show.codePoint(cp));
      }
      i += Character.charCount(cp);
    }
    return null;
  }
}
