package app.safepost.school;

import app.safepost.security.SchoolId;

/**
 * A school joined the portal. Published in the transaction that adds it, with the new school in hand,
 * so that each module gives it what a school needs from its first day (the consent purposes of its
 * social-media accounts, its consent settings) as the school's own first records.
 */
public record SchoolAdded(SchoolId school) {}
