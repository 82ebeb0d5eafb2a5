package app.safepost.moderation.ui;

import app.safepost.common.SchoolTime;
import app.safepost.common.ui.FieldErrors;
import app.safepost.common.ui.Notices;
import app.safepost.common.ui.TextLimits;
import app.safepost.media.MediaId;
import app.safepost.media.MediaLibrary;
import app.safepost.media.ui.parts.PhotoUploadField;
import app.safepost.moderation.FollowerDecisionEntry;
import app.safepost.moderation.FollowerId;
import app.safepost.moderation.FollowerRegister;
import app.safepost.moderation.FollowerStatus;
import app.safepost.moderation.ModerationRefused;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.function.Function;

/**
 * One follower opened on the followers screen: their decisions so far, and what the person signed in
 * may do next (flag; for SLT also allow, block with evidence, unblock).
 */
class FollowerPanel extends Div {

    private final FollowerRegister register;
    private final MediaLibrary media;
    private final boolean slt;
    private final Runnable changed;

    /** @param changed called after a decision, so the screen shows the register as it is now */
    FollowerPanel(FollowerRegister register, MediaLibrary media, boolean slt, Runnable changed) {
        this.register = register;
        this.media = media;
        this.slt = slt;
        this.changed = changed;
        setId("follower-panel");
    }

    void show(FollowerId id) {
        removeAll();
        var found = register.follower(id);
        if (found.isEmpty()) {
            add(new Paragraph("There is no such follower."));
            return;
        }
        var follower = found.get();
        add(new H3(follower.handle() + " · " + follower.status().label()), decisions(id));
        if (follower.status() != FollowerStatus.BLOCKED) {
            add(reasonForm(
                    "Flag for review",
                    "flag-reason",
                    "flag-follower",
                    "What worries you about this follower",
                    reason -> {
                        register.flag(id, reason);
                        return "Flagged for review by the senior leadership team.";
                    }));
        }
        if (slt && follower.status() == FollowerStatus.UNDER_REVIEW) {
            add(reasonForm("Allow", "allow-reason", "allow-follower", "Why they may stay", reason -> {
                register.allow(id, reason);
                return "Allowed.";
            }));
        }
        if (slt && follower.status() != FollowerStatus.BLOCKED) {
            add(blockForm(id));
        }
        if (slt && follower.status() == FollowerStatus.BLOCKED) {
            add(reasonForm("Unblock", "unblock-reason", "unblock-follower", "Why the block is lifted", reason -> {
                var done = register.unblock(id, reason);
                return done.followerHandle() + " unblocked: "
                        + done.platformOutcome().labelFor(done.kind()) + ".";
            }));
        }
    }

    private OrderedList decisions(FollowerId id) {
        var list = new OrderedList();
        list.setId("follower-decisions");
        for (FollowerDecisionEntry d : register.decisions(id)) {
            var parts = new ArrayList<String>();
            parts.add(SchoolTime.dateTime(d.decidedAt()) + " · " + d.kind().label() + " · " + d.decidedByName());
            if (d.reasonCategory() != null) {
                parts.add(d.reasonCategory().label());
            }
            if (d.reason() != null) {
                parts.add(d.reason());
            }
            if (d.evidenceLink() != null) {
                parts.add(d.evidenceLink());
            }
            if (d.screenshot() != null) {
                parts.add("screenshot kept");
            }
            if (d.platformOutcome() != null) {
                parts.add(d.platformOutcome().labelFor(d.kind())
                        + (d.platformDetail() == null ? "" : ": " + d.platformDetail()));
            }
            list.add(TimelineItems.item(
                    parts, d.incident() == null ? null : "incidents?incident=" + d.incident(), "the incident"));
        }
        return list;
    }

    /** A reason and a button; the action returns what to tell the person once it is done. */
    private Div reasonForm(
            String title, String fieldId, String buttonId, String label, Function<String, String> action) {
        var reason = TextLimits.atMost(2000, new TextArea(label));
        reason.setId(fieldId);
        reason.setWidthFull();
        var errors = new FieldErrors().put("reason", reason);
        var button = new Button(title, e -> {
            errors.clear();
            try {
                Notices.done(action.apply(reason.getValue()));
                changed.run();
            } catch (ModerationRefused refused) {
                errors.show(refused);
            }
        });
        button.setId(buttonId);
        return new Div(new H4(title), reason, button);
    }

    private Div blockForm(FollowerId id) {
        var evidence = new BlockEvidence();
        var screenshot = new MediaId[1];
        var upload = new PhotoUploadField(media);
        upload.addPhotoAcceptedListener(photo -> {
            screenshot[0] = photo.id();
            Notices.done("Screenshot added to the evidence.");
        });
        var errors = evidence.placedIn(new FieldErrors());
        var block = new Button("Block", e -> {
            errors.clear();
            try {
                var done = register.block(id, evidence.request(screenshot[0], null));
                Notices.done(done.followerHandle() + " blocked: "
                        + done.platformOutcome().label() + ".");
                changed.run();
            } catch (ModerationRefused refused) {
                errors.show(refused);
            }
        });
        block.setId("block-follower");
        block.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new Div(new H4("Block"), new FormLayout(evidence.fields()), upload, block);
    }
}
