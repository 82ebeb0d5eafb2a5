package app.safepost.shell.ui;

import app.safepost.approval.ConsentFollowUp;
import app.safepost.approval.NeedsAction;
import app.safepost.common.SchoolTime;
import app.safepost.publishing.PublishedPost;
import app.safepost.publishing.Publishing;
import app.safepost.publishing.ui.parts.TakedownDialog;
import app.safepost.pupils.PupilRecord;
import app.safepost.pupils.PupilRoster;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * P14 on SLT's home page: each draft or sent post showing a pupil who may no longer appear, naming the
 * pupil (SLT read every pupil's name), linking the draft or the post, offering Take down for a post
 * still up (the published register's own dialog), until SLT mark it handled.
 */
class NeedsActionCard extends Div {

    private final ConsentFollowUp followUp;
    private final Publishing publishing;
    private final PupilRoster roster;

    NeedsActionCard(List<NeedsAction> open, ConsentFollowUp followUp, Publishing publishing, PupilRoster roster) {
        this.followUp = followUp;
        this.publishing = publishing;
        this.roster = roster;
        var figure = new Div(String.valueOf(open.size()));
        figure.addClassName("figure");
        add(new H3("Needs action"), figure);
        addClassNames("dashboard-card", "needs-action");
        setId("needs-action");
        var list = new UnorderedList();
        open.forEach(action -> list.add(item(action)));
        add(list);
    }

    private ListItem item(NeedsAction action) {
        var item = new ListItem();
        item.addClassName("needs-action-item");
        var draft = action.kind().equals("draft");
        var what = (draft ? "A draft for " : "A sent post on ") + action.accountHandle();
        var shows = action.reason().equals("never-publish") ? " shows or names " : " shows ";
        item.add(new Text(what + shows + pupil(action.upn()) + ": " + action.why() + " (since "
                + SchoolTime.dateTime(action.raisedAt()) + "). "));
        var links = new Div();
        links.addClassName("needs-action-links");
        if (draft) {
            links.add(new Anchor("review/" + action.reference(), "Open the draft"));
        } else {
            publishing
                    .find(action.reference())
                    .ifPresentOrElse(
                            post -> postLinks(links, post),
                            () -> links.add(new Span("The post is no longer in the register.")));
        }
        item.add(links, handled(action, what, item));
        return item;
    }

    /** The pupil by name and class; one whose record is gone by what the register keeps. */
    private String pupil(String upn) {
        return roster.recordByUpn(upn).map(NeedsActionCard::named).orElse("a pupil no longer on the roster");
    }

    private static String named(PupilRecord p) {
        var name = (p.preferredName() == null ? p.firstName() : p.preferredName()) + " " + p.surname();
        return p.className().isEmpty() ? name : name + " (" + p.className() + ")";
    }

    private void postLinks(Div links, PublishedPost post) {
        links.add(new Anchor("published", "See it in Published posts"));
        if (post.url() != null && !post.practice()) {
            var onPlatform =
                    new Anchor(post.url(), "Open it on " + post.platform().label());
            onPlatform.setTarget(AnchorTarget.BLANK);
            onPlatform
                    .getElement()
                    .setAttribute(
                            "aria-label", "Open the post on " + post.platform().label() + " (new tab)");
            links.add(new Text(" · "), onPlatform);
        }
        if (post.status().equals("published")) {
            var takeDown = new Button("Take down");
            takeDown.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY_INLINE);
            takeDown.setAriaLabel(
                    "Take down the post on " + post.handle() + ": " + TakedownDialog.shortText(post.text()));
            takeDown.addClickListener(e -> new TakedownDialog(publishing, post, down -> {
                        takeDown.setVisible(false);
                        links.add(new Span(" Taken down: " + down.takedownReason()));
                    })
                    .show());
            links.add(new Text(" · "), takeDown);
        } else if (post.takenDownAt() != null) {
            links.add(new Span(" Taken down on " + SchoolTime.dateTime(post.takenDownAt()) + "."));
        }
    }

    private Div handled(NeedsAction action, String what, ListItem item) {
        var done = new TextField("What was done");
        done.setMaxLength(ConsentFollowUp.MAX_RESOLUTION);
        var handled = new Button("Mark handled", e -> {
            if (done.getValue().isBlank()) {
                done.setInvalid(true);
                done.setErrorMessage("Say briefly what was done.");
                return;
            }
            try {
                followUp.resolve(action.id(), action.version(), done.getValue());
                item.removeAll();
                item.add(new Text(what + ": handled."));
            } catch (OptimisticLockingFailureException stale) {
                done.setInvalid(true);
                done.setErrorMessage("Someone else handled it already; reload the page.");
            }
        });
        handled.getElement().setAttribute("aria-label", "Mark handled: " + what);
        return new Div(done, handled);
    }
}
