package app.safepost.approval;

import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.SocialAccounts;
import app.safepost.common.SchoolTime;
import app.safepost.drafting.DraftReviews;
import app.safepost.drafting.DraftSubmitted;
import app.safepost.media.MediaId;
import app.safepost.media.MediaLibrary;
import app.safepost.notifications.Notice;
import app.safepost.notifications.Notices;
import app.safepost.publishing.PostPublished;
import app.safepost.publishing.PostTakenDown;
import app.safepost.publishing.PublishedPost;
import app.safepost.school.SchoolDirectory;
import app.safepost.security.Roles;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps drafts and people in step with what happens to a post: SLT hear of each submission, the author
 * hears when their post went out or was taken down, and the draft's status follows; once a post is
 * out, the originals of its photos (where the school keeps them) are deleted. Runs inside the
 * transaction that published the event. Notices name the account, never the post's text, so e-mails
 * carry no pupil's name.
 */
@Component
class ApprovalNotices {

    private final DraftReviews drafts;
    private final SocialAccounts accounts;
    private final Notices notices;
    private final MediaLibrary media;

    private final SchoolDirectory directory;

    ApprovalNotices(
            DraftReviews drafts,
            SocialAccounts accounts,
            Notices notices,
            MediaLibrary media,
            SchoolDirectory directory) {
        this.directory = directory;
        this.media = media;
        this.drafts = drafts;
        this.accounts = accounts;
        this.notices = notices;
    }

    @EventListener
    void submitted(DraftSubmitted submitted) {
        var handle = accounts.account(submitted.account())
                .map(AccountSummary::handle)
                .orElse("an account");
        notices.toRole(
                Roles.SLT,
                new Notice(
                        "A post to " + handle + " is waiting for approval",
                        "Submitted by " + directory.staffNames().of(submitted.author()) + " on "
                                + SchoolTime.dateTime(submitted.at())
                                + ". Open it in Review posts to approve or send it back.",
                        "review/" + submitted.draft()));
    }

    @EventListener
    void published(PostPublished published) {
        drafts.published(published.reference()).ifPresent(draft -> {
            // The photos are out: originals the school kept until now are not needed any more.
            media.published(draft.content().photos().stream()
                    .map(p -> new MediaId(p.mediaId()))
                    .toList());
            var handle = draft.account().handle();
            var when = SchoolTime.dateTime(published.publishedAt());
            // A post kept in the sandbox never reads as published: nothing left the school.
            notices.toStaff(
                    List.of(draft.author()),
                    published.practice()
                            ? new Notice(
                                    "Your post to " + handle + ": " + PublishedPost.PRACTICE,
                                    PublishedPost.PRACTICE
                                            + ". " + handle + " is in practice mode, so on " + when
                                            + " the post was kept in the"
                                            + " portal and nothing left the school.",
                                    "post/" + draft.id())
                            : new Notice(
                                    "Your post to " + handle + " was published",
                                    "It went out on " + when + (published.url() == null ? "." : ": " + published.url()),
                                    "post/" + draft.id()));
        });
    }

    @EventListener
    void takenDown(PostTakenDown takenDown) {
        drafts.withdrawn(takenDown.reference())
                .ifPresent(draft -> notices.toStaff(
                        List.of(draft.author()),
                        takenDown.practice()
                                ? new Notice(
                                        "Your practice post to "
                                                + draft.account().handle() + " was withdrawn",
                                        "Senior leadership withdrew it on " + SchoolTime.dateTime(takenDown.at()) + ". "
                                                + PublishedPost.PRACTICE + ": it never left the school.",
                                        "post/" + draft.id())
                                : new Notice(
                                        "Your post to " + draft.account().handle() + " was taken down",
                                        "Senior leadership took it down on " + SchoolTime.dateTime(takenDown.at())
                                                + ".",
                                        "post/" + draft.id())));
    }
}
