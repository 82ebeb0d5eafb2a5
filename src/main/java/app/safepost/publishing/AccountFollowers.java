package app.safepost.publishing;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.HeldCredentials;
import app.safepost.accounts.HeldSecret;
import app.safepost.accounts.SocialAccounts;
import app.safepost.common.SchoolTime;
import app.safepost.publishing.domain.PublishingJob;
import app.safepost.publishing.platforms.NotOffered;
import app.safepost.publishing.platforms.PlatformFollowers;
import app.safepost.publishing.platforms.PublishFailure;
import app.safepost.publishing.platforms.Publishers;
import app.safepost.security.Roles;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The platform's side of a school account's followers, for the follower register: list them, block
 * and unblock one. A call takes the way the account's posts take ({@link PlatformSwitch}): an account
 * in the sandbox calls no platform; a live one calls its platform through the same adapter that posts,
 * signed with the held credential, on the publishing thread (the portal alone reads credentials).
 * Never throws for a platform's answer: every outcome comes back with its explanation in plain words.
 */
@Service
public class AccountFollowers {

    /** At most this many pages of followers are read (20,000 on Mastodon, 25,000 on Bluesky). */
    static final int MOST_PAGES = 250;

    private static final Logger log = LoggerFactory.getLogger(AccountFollowers.class);
    private static final Duration WAIT = Duration.ofMinutes(5);

    private final SocialAccounts accounts;
    private final PlatformSwitch platformSwitch;
    private final HeldCredentials credentials;
    private final Publishers publishers;
    private final PublishingJob job;

    AccountFollowers(
            SocialAccounts accounts,
            PlatformSwitch platformSwitch,
            HeldCredentials credentials,
            Publishers publishers,
            PublishingJob job) {
        this.accounts = accounts;
        this.platformSwitch = platformSwitch;
        this.credentials = credentials;
        this.publishers = publishers;
        this.job = job;
    }

    /** Every follower the account's platform lists, all pages read; a page that fails fails the whole listing. */
    @PreAuthorize(Roles.IS_SLT)
    public FollowerListing followers(AccountId account) {
        return call(account, "reading the followers", FollowerListing::without, (target, adapter, secret) -> {
            var found = new LinkedHashMap<String, PlatformFollower>();
            var cursors = new HashSet<String>();
            String cursor = null;
            for (int page = 0; page < MOST_PAGES; page++) {
                var read = adapter.followers(target.handle(), secret, cursor);
                read.followers().forEach(f -> found.putIfAbsent(f.platformId(), f));
                if (read.next() == null) {
                    return new FollowerListing(
                            FollowerCallOutcome.DONE,
                            found.values().stream().toList(),
                            platformName(target) + " listed " + found.size() + " follower"
                                    + (found.size() == 1 ? "" : "s") + ".");
                }
                if (!cursors.add(read.next())) {
                    return FollowerListing.without(
                            FollowerCallOutcome.FAILED,
                            platformName(target)
                                    + " gave the same page of followers twice, so the list cannot be trusted; try again later.");
                }
                cursor = read.next();
            }
            return FollowerListing.without(
                    FollowerCallOutcome.FAILED,
                    platformName(target) + " lists more than " + MOST_PAGES
                            + " pages of followers; the register reads no more than that.");
        });
    }

    /**
     * Blocks an account on the school account's platform.
     *
     * @param platformId the follower's id on the platform, if known; else the handle is looked up
     */
    @PreAuthorize(Roles.IS_SLT)
    public FollowerCallAnswer block(AccountId account, String handle, @Nullable String platformId) {
        return call(
                account,
                "the block",
                FollowerCallAnswer::of,
                (target, adapter, secret) -> new FollowerCallAnswer(
                        FollowerCallOutcome.DONE,
                        "Blocked on " + platformName(target) + ".",
                        adapter.block(target.handle(), secret, handle, platformId)));
    }

    /**
     * Lifts a block on the school account's platform.
     *
     * @param blockReference what {@link #block} answered as the block's reference, if it was kept
     */
    @PreAuthorize(Roles.IS_SLT)
    public FollowerCallAnswer unblock(
            AccountId account, String handle, @Nullable String platformId, @Nullable String blockReference) {
        return call(
                account,
                "lifting the block",
                FollowerCallAnswer::of,
                (target, adapter, secret) -> FollowerCallAnswer.of(
                        FollowerCallOutcome.DONE,
                        adapter.unblock(target.handle(), secret, handle, platformId, blockReference)
                                ? "Unblocked on " + platformName(target) + "."
                                : platformName(target) + " holds no block of @" + bare(handle) + "; nothing to lift."));
    }

    private interface Work<T> {
        T on(AccountSummary target, PlatformFollowers adapter, String secret);
    }

    /**
     * Runs the work for a live, connected account on the publishing thread as the portal itself, and
     * turns the sandbox, a missing credential, a refusal or silence into an answer.
     */
    private <T> T call(
            AccountId account, String doing, BiFunction<FollowerCallOutcome, String, T> answer, Work<T> work) {
        try {
            return job.runOnPublishingThread(
                    () -> {
                        var target = accounts.account(account).orElse(null);
                        if (target == null) {
                            return answer.apply(FollowerCallOutcome.FAILED, "There is no such account.");
                        }
                        if (!platformSwitch.isLive(account)) {
                            return answer.apply(
                                    FollowerCallOutcome.SANDBOX,
                                    target.handle() + " is in practice mode, so no"
                                            + " platform was called. SLT switch it to its platform on the Published posts screen.");
                        }
                        var secret = credentials
                                .secretForPublishing(account)
                                .map(HeldSecret::secret)
                                .orElse(null);
                        if (secret == null) {
                            return answer.apply(
                                    FollowerCallOutcome.NOT_CONNECTED,
                                    target.handle() + " has no connected"
                                            + " credential, so " + platformName(target)
                                            + " could not be asked. Connect it on the"
                                            + " Accounts screen.");
                        }
                        try {
                            return work.on(target, publishers.followers(target.platform(), target.id()), secret);
                        } catch (NotOffered e) {
                            return answer.apply(FollowerCallOutcome.NOT_OFFERED, e.getMessage());
                        } catch (PublishFailure e) {
                            return answer.apply(FollowerCallOutcome.FAILED, plain(e));
                        }
                    },
                    WAIT);
        } catch (TimeoutException e) {
            return answer.apply(
                    FollowerCallOutcome.FAILED,
                    "The platform did not finish " + doing + " in time; try" + " again later.");
        } catch (Exception e) {
            log.warn("Follower call for {} ({}) stopped: {}", account, doing, e.toString());
            return answer.apply(
                    FollowerCallOutcome.FAILED, "The portal could not finish " + doing + "; try again" + " later.");
        }
    }

    /** The platform's refusal, and when to try again if it said. */
    private static String plain(PublishFailure e) {
        var message = e.getMessage().endsWith(".") ? e.getMessage() : e.getMessage() + ".";
        if (e.permanent()) {
            return message;
        }
        return message
                + (e.notBefore() == null
                        ? " Try again later."
                        : " Try again after " + SchoolTime.dateTime(e.notBefore()) + ".");
    }

    private static String platformName(AccountSummary target) {
        return target.platform().label();
    }

    private static String bare(String handle) {
        return handle.startsWith("@") ? handle.substring(1) : handle;
    }
}
