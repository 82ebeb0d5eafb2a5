package app.baseline;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

@Route("")
public class NotesView extends VerticalLayout {

    public NotesView(NoteRepository notes) {
        var grid = new Grid<>(Note.class);
        grid.setItems(notes.findAll());
        var text = new TextField("Note");
        add(text, new Button("Add", click -> {
            notes.save(new Note(text.getValue()));
            grid.setItems(notes.findAll());
        }), grid);
    }
}
