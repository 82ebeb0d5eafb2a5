package app.safepost.compliance.bench;

import app.safepost.compliance.RosterPupil;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A made-up roster of any size, with the demo school's hard names mixed into invented ones. */
public final class GeneratedRoster {

    private static final String[] FIRST = {
        "Amelia", "Grace", "Hope", "May", "Will", "Rose", "Summer", "Joy", "Frank", "Mark", "Zoë", "Siobhán", "Björn",
        "Renée", "José", "Thomas", "Henry", "Poppy", "Noah", "Oliver", "Mo", "Jo", "Faith", "Ruby", "Ivy", "Isla",
        "Arjun", "Priya", "Chidi", "Kacper"
    };
    private static final String[] SURNAME = {
        "Khan",
        "Thomas",
        "James",
        "Henry",
        "May",
        "Rose",
        "O'Neill",
        "Müller",
        "da Silva",
        "van der Berg",
        "Ward-Prowse",
        "Smith-Jones",
        "Mac Giolla",
        "García",
        "Fox",
        "Hope",
        "Grace",
        "Little",
        "Young",
        "Okafor",
        "Nguyen",
        "Kowalski",
        "Adeyemi",
        "Le",
        "Day"
    };
    private static final String[] SYLLABLES = {
        "ka", "ri", "mo", "le", "na", "to", "shi", "ba", "del", "ver", "an", "tor", "li", "su", "ren", "ha", "zo",
        "qui", "bel", "dor", "ith", "am", "ol", "ev", "ur"
    };

    private GeneratedRoster() {}

    public static List<RosterPupil> of(int size, long seed) {
        var random = new Random(seed);
        var pupils = new ArrayList<RosterPupil>(size);
        for (int i = 0; i < size; i++) {
            String first = random.nextInt(4) == 0 ? FIRST[random.nextInt(FIRST.length)] : invented(random, 2);
            String surname = random.nextInt(4) == 0 ? SURNAME[random.nextInt(SURNAME.length)] : invented(random, 3);
            String preferred = random.nextInt(20) == 0 ? invented(random, 1) : null;
            pupils.add(new RosterPupil(
                    "G%012d".formatted(i),
                    first,
                    surname,
                    preferred,
                    "Class " + (i % 7),
                    random.nextInt(6) != 0,
                    random.nextInt(30) == 0));
        }
        return pupils;
    }

    private static String invented(Random random, int maxSyllables) {
        var name = new StringBuilder();
        int syllables = 1 + random.nextInt(maxSyllables) + 1;
        for (int s = 0; s < syllables; s++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
        return name.toString();
    }
}
