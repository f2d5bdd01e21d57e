package io.github.assessmentkit.json.internal;

import io.github.assessmentkit.scale.Scale;
import io.github.assessmentkit.scale.YesNoScale;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code yes-no} scale ({@link YesNoScale}), a plain yes or no with no partial answer: it has
 * no properties besides its {@code type}.
 */
final class YesNoScaleCodec implements ScaleCodec<YesNoScale> {
  @Override
  public String type() {
    return "yes-no";
  }

  @Override
  public Class<YesNoScale> kind() {
    return YesNoScale.class;
  }

  @Override
  public ScaleCodec.Doc read(Obj s) {
    return new YesNoDoc();
  }

  @Override
  public void write(YesNoScale y, JsonGenerator g) {
    // the type says it all
  }

  record YesNoDoc() implements ScaleCodec.Doc {
    @Override
    public Scale toModel() {
      return YesNoScale.STANDARD;
    }
  }
}
