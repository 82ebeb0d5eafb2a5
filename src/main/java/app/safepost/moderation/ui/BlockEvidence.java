package app.safepost.moderation.ui;

import app.safepost.common.ui.FieldErrors;
import app.safepost.common.ui.TextLimits;
import app.safepost.media.MediaId;
import app.safepost.moderation.BlockReason;
import app.safepost.moderation.BlockRequest;
import app.safepost.moderation.IncidentId;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/** Why a block is made and what shows it (P7): the fields a block from a follower or an incident both ask for. */
final class BlockEvidence {

    private final Select<BlockReason> reason = new Select<>();
    private final TextArea evidence = TextLimits.atMost(2000, new TextArea("Evidence: what they posted"));
    private final TextField link = TextLimits.atMost(500, new TextField("Link to it"));

    BlockEvidence() {
        reason.setLabel("Reason");
        reason.setId("block-reason");
        reason.setItems(BlockReason.values());
        reason.setItemLabelGenerator(BlockReason::label);
        evidence.setId("block-evidence");
        link.setId("block-link");
    }

    /** The fields in the order they are shown. */
    Component[] fields() {
        return new Component[] {reason, evidence, link};
    }

    /** Puts the fields where the service's refusals name them. */
    FieldErrors placedIn(FieldErrors errors) {
        return errors.put("reasonCategory", reason).put("evidence", evidence).put("evidenceLink", link);
    }

    BlockRequest request(@Nullable MediaId screenshot, @Nullable IncidentId incident) {
        return new BlockRequest(reason.getValue(), evidence.getValue(), link.getValue(), screenshot, incident);
    }
}
