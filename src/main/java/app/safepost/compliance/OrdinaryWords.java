package app.safepost.compliance;

import java.util.List;
import java.util.Set;

/**
 * English words that are also names (Will, Hope, May, Rose, Grace, Summer, Fox, Little …). Written
 * in lower case they are the word, not the name; written with a capital they are ambiguous at the
 * start of a sentence or after "the". Folded as {@link NameKeys} folds.
 */
final class OrdinaryWords {

    static final Set<String> WORDS = Set.copyOf(List.of(
            // virtues, flowers, stones, weather, seasons, months
            "faith", "hope", "charity", "grace", "joy", "honor", "honour", "patience", "prudence", "mercy",
            "constance", "verity", "felicity", "chastity", "liberty", "harmony", "melody", "destiny", "trinity",
            "rose", "lily", "daisy", "poppy", "ivy", "holly", "hazel", "heather", "iris", "violet", "jasmine",
            "willow", "rowan", "ash", "myrtle", "primrose", "blossom", "bryony", "fern", "laurel", "olive",
            "ruby", "pearl", "amber", "jade", "crystal", "opal", "coral", "jet", "garnet", "sapphire", "jewel",
            "summer", "autumn", "winter", "spring", "april", "may", "june", "august", "dawn", "eve", "sky",
            "storm", "rain", "river", "brook", "sunny", "star", "sunshine", "snow", "frost", "misty", "breeze",
            "robin", "wren", "lark", "raven", "dove", "fox", "wolf", "bird", "bear", "hawk", "finch", "swan",
            // given names that are words
            "will", "mark", "frank", "bill", "bob", "jack", "pat", "max", "sue", "carol", "chase", "hunter",
            "miles", "rich", "grant", "guy", "ray", "dean", "drew", "gene", "rob", "art", "don", "buck",
            "cliff", "dash", "dusty", "penny", "ginger", "candy", "teddy", "sandy", "rusty", "sunny", "lucky",
            "precious", "rocky", "victor", "earl", "duke", "prince", "princess", "king", "queen", "major",
            "sterling", "justice", "legend", "royal", "bunny", "kitty", "bella", "angel", "harmony",
            // surnames that are words
            "young", "white", "black", "green", "brown", "grey", "gray", "strong", "wise", "best", "little",
            "small", "long", "short", "day", "church", "stone", "knight", "cook", "baker", "moss", "hill",
            "wood", "field", "page", "rich", "bishop", "mason", "carpenter", "turner", "fisher", "taylor",
            "shepherd", "hunt", "wall", "street", "lane", "well", "wells", "march", "bush", "lamb", "bull",
            "steel", "gold", "silver", "price", "sharp", "swift", "good", "goodman", "hardy", "bright",
            "sweet", "bell", "booth", "park", "marsh", "ford", "bridge", "lake", "pool", "pond", "dale",
            "glen", "forest", "heath", "reed", "rivers", "summers", "winters", "banks", "pike", "crane",
            "nightingale", "parrot", "finch", "sparrow", "woods", "hall", "fry", "coward", "love", "noble",
            "lord", "lady", "marshal", "chance", "bliss", "rain", "raine", "sage", "story", "echo", "haven",
            "mo", "le"));

    /** Months and seasons, which a school's calendar capitalises: "our trip is in May", "a busy Summer term". */
    static final Set<String> MONTHS_AND_SEASONS = Set.of("april", "may", "june", "august", "march", "spring",
            "summer", "autumn", "winter");

    /** Words after which a capitalised name is more likely a thing than a person: "the May fair". */
    static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "these", "those", "our",
            "your", "my", "his", "her", "their", "its", "every", "each", "some", "no", "any", "what", "such");

    /**
     * Words before an adult's name: "Mrs May" is a teacher, "King Arthur" and "Captain Tom" are not
     * pupils.
     */
    static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lady",
            "lord", "saint", "st", "prof", "professor", "rev", "reverend", "father", "sister", "brother",
            "mister", "king", "queen", "prince", "princess", "captain");

    private OrdinaryWords() {
    }
}
