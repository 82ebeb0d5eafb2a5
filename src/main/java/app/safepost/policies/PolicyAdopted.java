package app.safepost.policies;

/** A new version of a policy has been signed off and is now in force; staff are asked to acknowledge it. */
public record PolicyAdopted(PolicyId policyId, String title, int version) {}
