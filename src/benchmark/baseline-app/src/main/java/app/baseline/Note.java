package app.baseline;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Note {

    @Id
    @GeneratedValue
    private Long id;

    private String text;

    protected Note() {}

    public Note(String text) {
        this.text = text;
    }

    public String getText() {
        return text;
    }
}
