package io.github.assessmentkit.report.internal;

/**
 * One language's part of a text as a report shows it.
 *
 * @param lang the BCP 47 code of its language, {@code th} or {@code en}
 * @param value the text, not yet escaped
 */
public record Piece(String lang, String value) {}
