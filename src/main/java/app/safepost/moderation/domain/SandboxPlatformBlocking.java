package app.safepost.moderation.domain;

import app.safepost.accounts.AccountId;
import app.safepost.moderation.BlockOutcome;
import app.safepost.moderation.BlockResult;
import app.safepost.moderation.PlatformBlocking;

/** Demo mode: no platform is called; the block is recorded in the register only. */
public class SandboxPlatformBlocking implements PlatformBlocking {

    @Override
    public BlockResult block(AccountId account, String handle) {
        return new BlockResult(BlockOutcome.RECORDED,
                "Sandbox: no platform was called; block the account on the platform by hand.");
    }
}
