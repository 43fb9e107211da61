package org.migkg.link;

import java.math.BigDecimal;

/** Merging rules, strongest first; the score is recorded with the evidence. */
enum PersonRule {
    CURATED("curated-same-person", "1.000", false),
    REGISTERED("registered-same-person", "1.000", false),
    SAME_NAME_SHARED_ORG("same-name-shared-organization", "1.000", false),
    SWAPPED_SHARED_ORG("name-order-swapped-shared-organization", "0.950", false),
    VARIANT_SHARED_ORG("name-variant-shared-organization", "0.900", true),
    TYPO_SHARED_ORG("name-typo-shared-organization", "0.850", true),
    NAME_SHARED_CO_SPEAKERS("name-agrees-shared-co-speakers-no-conflicting-affiliation", "0.800", true),
    SAME_NAME_NO_CONFLICT("same-name-no-conflicting-affiliation", "0.750", true),
    CAREER_MOVE("same-name-career-move-shared-co-speakers", "0.720", true),
    SWAPPED_NO_CONFLICT("name-order-swapped-no-conflicting-affiliation", "0.700", true),
    VARIANT_NO_CONFLICT("full-name-variant-no-conflicting-affiliation", "0.650", true),
    INITIAL_NO_CONFLICT("initial-variant-no-conflicting-affiliation", "0.600", true);

    final String code;
    final BigDecimal score;
    /** Whether the rule may merge only when it points to a single group. */
    final boolean needsUniqueTarget;

    PersonRule(String code, String score, boolean needsUniqueTarget) {
        this.code = code;
        this.score = new BigDecimal(score);
        this.needsUniqueTarget = needsUniqueTarget;
    }
}
