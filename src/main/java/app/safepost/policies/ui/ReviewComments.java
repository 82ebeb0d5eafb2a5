package app.safepost.policies.ui;

import app.safepost.common.SchoolTime;
import app.safepost.common.ui.FieldErrors;
import app.safepost.common.ui.Notices;
import app.safepost.common.ui.TextLimits;
import app.safepost.policies.PolicyChangeRefused;
import app.safepost.policies.PolicyComment;
import app.safepost.policies.PolicyReviews;
import app.safepost.policies.ReviewDetails;
import app.safepost.policies.domain.PolicyText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/**
 * The policy review's comments, thread by thread: SLT and governors comment on a section and reply; SLT
 * resolve a thread.
 */
class ReviewComments extends Div {

    private final PolicyReviews reviews;
    private final boolean slt;
    private final boolean mayComment;
    private final Runnable changed;

    /** @param changed called after a comment, reply or resolution, so the review is shown as it is now */
    ReviewComments(PolicyReviews reviews, ReviewDetails review, boolean slt, boolean mayComment, Runnable changed) {
        this.reviews = reviews;
        this.slt = slt;
        this.mayComment = mayComment;
        this.changed = changed;
        add(new H3("Comments"));
        var threads = new Div();
        threads.setId("comments");
        var all = review.comments();
        for (var root : all.stream().filter(c -> c.replyTo() == null).toList()) {
            threads.add(thread(
                    root,
                    all.stream().filter(c -> root.id().equals(c.replyTo())).toList()));
        }
        if (all.isEmpty()) {
            threads.add(new Paragraph("No comments yet."));
        }
        add(threads);
        if (mayComment) {
            addCommentForm(review);
        }
    }

    private void addCommentForm(ReviewDetails review) {
        var section = new Select<String>();
        section.setLabel("Section");
        section.setItems(PolicyText.sections(review.draft()).stream()
                .filter(s -> !s.text().isBlank())
                .map(PolicyText.Section::title)
                .distinct()
                .toList());
        var text = new TextArea("Comment");
        text.setWidthFull();
        text.setMaxLength(2000);
        var errors = new FieldErrors().put("section", section).put("text", text);
        var add = new Button("Add comment", e -> {
            errors.clear();
            try {
                reviews.comment(review.id(), section.getValue(), text.getValue());
                changed.run();
            } catch (PolicyChangeRefused refused) {
                errors.show(refused);
            }
        });
        add.setId("add-comment");
        add(new H4("Comment on a section"), section, text, add);
    }

    private Div thread(PolicyComment root, List<PolicyComment> replies) {
        var box = new Div();
        box.addClassName("comment-thread");
        box.add(new H4("On \u201c" + root.section() + "\u201d"));
        box.add(comment(root));
        replies.forEach(r -> box.add(comment(r)));
        if (root.isResolved()) {
            var resolved = new Paragraph(
                    "Resolved by " + root.resolvedByName() + " on " + SchoolTime.dateTime(root.resolvedAt())
                            + (root.resolution() == null ? "." : ": " + root.resolution()));
            resolved.addClassName("comment-resolved");
            box.add(resolved);
            return box;
        }
        if (!mayComment) {
            return box;
        }
        var about = root.authorName() + "'s comment on " + root.section();
        box.add(replyForm(root, about));
        if (slt) {
            box.add(resolveForm(root, about));
        }
        return box;
    }

    private Div replyForm(PolicyComment root, String about) {
        var reply = TextLimits.atMost(2000, new TextField("Reply"));
        reply.setAriaLabel("Reply to " + about);
        var errors = new FieldErrors().put("reply", reply);
        var send = new Button("Reply", e -> {
            errors.clear();
            try {
                reviews.reply(root.id(), reply.getValue());
                changed.run();
            } catch (PolicyChangeRefused refused) {
                errors.show(refused);
            }
        });
        send.setAriaLabel("Send reply to " + about);
        return new Div(reply, send);
    }

    private Div resolveForm(PolicyComment root, String about) {
        var note = TextLimits.atMost(1000, new TextField("Resolution"));
        note.setAriaLabel("How " + about + " was resolved");
        var resolve = new Button("Resolve", e -> {
            try {
                reviews.resolve(root.id(), note.getValue());
                changed.run();
            } catch (PolicyChangeRefused refused) {
                Notices.failed(String.join(" ", refused.errors().values()));
            }
        });
        resolve.setAriaLabel("Resolve " + about);
        return new Div(note, resolve);
    }

    private static Div comment(PolicyComment comment) {
        var who = new Span(comment.authorName() + ", " + SchoolTime.dateTime(comment.writtenAt()) + ": ");
        who.addClassName("comment-author");
        var line = new Div(who, new Span(comment.text()));
        line.addClassName(comment.replyTo() == null ? "comment" : "comment-reply");
        return line;
    }
}
