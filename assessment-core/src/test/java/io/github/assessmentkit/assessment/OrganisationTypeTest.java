package io.github.assessmentkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** {@link OrganisationType}: the seven cooperative types of Thai law and the other bodies. */
class OrganisationTypeTest {

  @Test
  void the_seven_types_of_cooperative_law_are_cooperatives() {
    // agricultural, fisheries, land settlement, store, service, savings, credit union
    assertThat(Arrays.stream(OrganisationType.values()).filter(OrganisationType::isCooperative))
        .containsExactly(
            OrganisationType.AGRICULTURAL,
            OrganisationType.FISHERIES,
            OrganisationType.LAND_SETTLEMENT,
            OrganisationType.STORE,
            OrganisationType.SERVICE,
            OrganisationType.SAVINGS,
            OrganisationType.CREDIT_UNION);
  }

  @Test
  void a_farmer_group_and_any_other_body_are_not_cooperatives() {
    for (OrganisationType type :
        EnumSet.of(OrganisationType.FARMER_GROUP, OrganisationType.OTHER)) {
      assertThat(type.isCooperative()).as(type.name()).isFalse();
    }
  }
}
