package app.safepost.audit.ui;

import app.safepost.audit.AuditExplorer;
import app.safepost.audit.AuditQuery;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** The filtered trail as CSV or PDF; the filters are read when the file is asked for, not when the link is drawn. */
class AuditExportLinks extends HorizontalLayout {

    AuditExportLinks(AuditExplorer explorer, Supplier<AuditQuery> query) {
        var csv = new Anchor(download(explorer, query, AuditExplorer.ExportFormat.CSV), "Export CSV");
        csv.setId("export-csv");
        var pdf = new Anchor(download(explorer, query, AuditExplorer.ExportFormat.PDF), "Export PDF");
        pdf.setId("export-pdf");
        var exportNote = new Span("Exports take the filtered list (up to " + AuditExplorer.EXPORT_LIMIT
                + " entries) with each change; every export is itself recorded in the trail.");
        exportNote.addClassName("audit-export-note");
        add(csv, pdf, exportNote);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }

    private static DownloadHandler download(
            AuditExplorer explorer, Supplier<AuditQuery> query, AuditExplorer.ExportFormat format) {
        return DownloadHandler.fromInputStream(event -> {
            var file = explorer.export(query.get(), format);
            return new DownloadResponse(
                    new ByteArrayInputStream(file.content()),
                    file.fileName(),
                    file.contentType(),
                    file.content().length);
        });
    }
}
