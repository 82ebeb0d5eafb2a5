package app.safepost.moderation;

import app.safepost.accounts.AccountId;

/**
 * Blocks an account on the platform of one of the school's accounts. The portal's own implementation
 * calls the platforms' block endpoints, or only records the decision in demo mode; a platform whose
 * API cannot block answers {@link BlockOutcome#MANUAL}. Never throws for a platform's failure.
 */
public interface PlatformBlocking {

    /**
     * @param account the school's account that blocks
     * @param handle  the follower's handle on that platform, with or without a leading {@code @}
     */
    BlockResult block(AccountId account, String handle);
}
