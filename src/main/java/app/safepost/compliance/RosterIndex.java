package app.safepost.compliance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The roster, indexed for the checks. Built once per roster change (a few milliseconds for 2,000
 * pupils), immutable, and safe to share between threads.
 * <p>
 * It maps each normalised name phrase ("amelia", "khan", "van der berg", "ward prowse", and the
 * joined "wardprowse") to the pupils who have it as first or preferred name and as surname; each
 * real first-name-and-surname pair of a pupil; and each pair joined up ("ameliakhan",
 * "khanamelia") for hashtags and handles. Every shorter start of a phrase of several words is in
 * the phrase table too, so a word that starts no name is rejected after one look-up.
 */
public final class RosterIndex {

    static final int ORDINARY = 1;
    static final int MONTH_OR_SEASON = 1 << 1;

    private static final int[] NONE = {};
    private static final RosterIndex EMPTY = build(List.of());

    final RosterPupil[] pupils;
    private final Map<String, Integer> byUpn;
    final CharKeyTable phrases;
    final int[][] givenOf;
    final int[][] surnameOf;
    final int[] phraseFlags;
    final int maxPhraseWords;
    final PairTable pairs;
    final int[][] pairPupils;
    final CharKeyTable joined;
    final int[][] joinedPupils;
    /** Where the joined key splits into its two names. */
    final int[] joinedSplit;

    final boolean[] joinedOrdinary;
    /** Bit n is set when some joined key has length n (n below 64). */
    final long joinedLengths;
    /**
     * The school's own name as words, in full and without its last generic words ("jesse gray primary
     * school", "jesse gray primary", "jesse gray"), longest first; never a pupil's name.
     */
    final String[][] schoolNames;
    /** The same joined up, for hashtags and handles: "jessegrayprimary". */
    final String[] schoolNamesJoined;

    private final char[] givenInitial;
    private final char[] preferredInitial;
    private final char[] surnameInitial;

    private RosterIndex(Builder b) {
        pupils = b.pupils.toArray(RosterPupil[]::new);
        byUpn = Map.copyOf(b.byUpn);
        phrases = new CharKeyTable(b.phraseIds);
        int phraseCount = b.phraseIds.size();
        givenOf = new int[phraseCount][];
        surnameOf = new int[phraseCount][];
        phraseFlags = new int[phraseCount];
        for (int id = 0; id < phraseCount; id++) {
            givenOf[id] = toArray(b.given.get(id));
            surnameOf[id] = toArray(b.surname.get(id));
            phraseFlags[id] = b.flags.get(id);
        }
        maxPhraseWords = b.maxPhraseWords;
        pairs = new PairTable(b.pairIds);
        pairPupils = b.pairPupils.stream().map(RosterIndex::toArray).toArray(int[][]::new);
        joined = new CharKeyTable(b.joinedIds);
        joinedPupils = b.joinedPupils.stream().map(RosterIndex::toArray).toArray(int[][]::new);
        joinedSplit = b.joinedSplit.stream().mapToInt(Integer::intValue).toArray();
        joinedOrdinary = new boolean[b.joinedOrdinary.size()];
        for (int i = 0; i < joinedOrdinary.length; i++) {
            joinedOrdinary[i] = b.joinedOrdinary.get(i);
        }
        long lengths = 0;
        for (String key : b.joinedIds.keySet()) {
            if (key.length() < 64) {
                lengths |= 1L << key.length();
            }
        }
        joinedLengths = lengths;
        var schoolForms = schoolNameForms(b.schoolName);
        schoolNames = schoolForms.toArray(String[][]::new);
        schoolNamesJoined =
                schoolForms.stream().map(words -> String.join("", words)).toArray(String[]::new);
        givenInitial = new char[pupils.length];
        preferredInitial = new char[pupils.length];
        surnameInitial = new char[pupils.length];
        for (int p = 0; p < pupils.length; p++) {
            givenInitial[p] = initial(pupils[p].firstName());
            preferredInitial[p] =
                    pupils[p].preferredName() == null ? givenInitial[p] : initial(pupils[p].preferredName());
            surnameInitial[p] = initial(pupils[p].surname());
        }
    }

    /** Indexes the roster of a school without a name yet; archived pupils are kept (see {@link RosterPupil}). */
    public static RosterIndex build(Collection<RosterPupil> roster) {
        return build(roster, null);
    }

    /**
     * Indexes one school's roster; archived pupils are kept (see {@link RosterPupil}). The school's
     * name (from its profile) is never taken for a pupil's: "News from Jesse Gray Primary".
     */
    public static RosterIndex build(Collection<RosterPupil> roster, @Nullable String schoolName) {
        var builder = new Builder();
        for (RosterPupil pupil : roster) {
            builder.add(pupil);
        }
        builder.schoolName = schoolName;
        return new RosterIndex(builder);
    }

    /** Words that end a school's name without naming it: "Jesse Gray Primary School" is also "Jesse Gray". */
    private static final Set<String> GENERIC_ENDINGS = Set.of(
            "school",
            "primary",
            "academy",
            "infant",
            "infants",
            "junior",
            "juniors",
            "nursery",
            "college",
            "federation",
            "ce",
            "cofe",
            "rc",
            "va",
            "vc");

    /**
     * The school's name in full, then shorter without generic last words while two words or more
     * remain; a shorter form that is some pupil's first name and surname ("Rose Hill") is left out.
     */
    private List<String[]> schoolNameForms(@Nullable String name) {
        var forms = new ArrayList<String[]>();
        String spaced = name == null ? "" : NameKeys.spaced(name);
        if (spaced.isEmpty()) {
            return forms;
        }
        String[] words = spaced.split(" ");
        forms.add(words);
        int length = words.length;
        while (length > 2 && GENERIC_ENDINGS.contains(words[length - 1])) {
            length--;
            var form = Arrays.copyOf(words, length);
            if (!isPupilsFullName(form)) {
                forms.add(form);
            }
        }
        return forms;
    }

    private boolean isPupilsFullName(String[] words) {
        for (int split = 1; split < words.length; split++) {
            int given = phrases.get(String.join(" ", Arrays.copyOfRange(words, 0, split)));
            int surname = phrases.get(String.join(" ", Arrays.copyOfRange(words, split, words.length)));
            if (given >= 0 && surname >= 0 && pairs.get(given, surname) >= 0) {
                return true;
            }
        }
        return false;
    }

    public static RosterIndex empty() {
        return EMPTY;
    }

    public int size() {
        return pupils.length;
    }

    public Optional<RosterPupil> pupil(String upn) {
        int index = indexOf(upn);
        return index < 0 ? Optional.empty() : Optional.of(pupils[index]);
    }

    int indexOf(String upn) {
        if (upn == null) {
            return -1;
        }
        Integer index = byUpn.get(upn.strip().toUpperCase(Locale.ROOT));
        return index == null ? -1 : index;
    }

    boolean isGiven(int phrase) {
        return givenOf[phrase].length > 0;
    }

    boolean isSurname(int phrase) {
        return surnameOf[phrase].length > 0;
    }

    /** A first, preferred or surname of some pupil, not only the start of a longer name. */
    boolean isName(int phrase) {
        return isGiven(phrase) || isSurname(phrase);
    }

    boolean isOrdinary(int phrase) {
        return (phraseFlags[phrase] & ORDINARY) != 0;
    }

    boolean isMonthOrSeason(int phrase) {
        return (phraseFlags[phrase] & MONTH_OR_SEASON) != 0;
    }

    /** The pupil's initials, "A.K.", from the name the text used (first or preferred). */
    String initials(int pupil, boolean preferred) {
        char given = preferred ? preferredInitial[pupil] : givenInitial[pupil];
        return new String(new char[] {given, '.', surnameInitial[pupil], '.'});
    }

    /** The pupil's initials from the first or preferred name the text used. */
    String initials(int pupil, int givenPhrase) {
        return initials(pupil, usesPreferred(pupil, givenPhrase));
    }

    /** Initials of the only pupil with this first name, or null when several share it. */
    String initialsOfOnly(int givenPhrase) {
        int[] candidates = givenOf[givenPhrase];
        return candidates.length == 1 ? initials(candidates[0], usesPreferred(candidates[0], givenPhrase)) : null;
    }

    private boolean usesPreferred(int pupil, int givenPhrase) {
        var preferred = pupils[pupil].preferredName();
        return preferred != null && phrases.get(NameKeys.spaced(preferred)) == givenPhrase;
    }

    private static char initial(String name) {
        String key = NameKeys.spaced(name);
        return key.isEmpty() ? '?' : Character.toUpperCase(key.charAt(0));
    }

    private static int[] toArray(List<Integer> values) {
        if (values == null || values.isEmpty()) {
            return NONE;
        }
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static final class Builder {
        final List<RosterPupil> pupils = new ArrayList<>();
        final Map<String, Integer> byUpn = new HashMap<>();
        final Map<String, Integer> phraseIds = new LinkedHashMap<>();
        final List<List<Integer>> given = new ArrayList<>();
        final List<List<Integer>> surname = new ArrayList<>();
        final List<Integer> flags = new ArrayList<>();
        int maxPhraseWords = 1;
        final Map<Long, Integer> pairIds = new HashMap<>();
        final List<List<Integer>> pairPupils = new ArrayList<>();
        final Map<String, Integer> joinedIds = new HashMap<>();
        final List<List<Integer>> joinedPupils = new ArrayList<>();
        final List<Integer> joinedSplit = new ArrayList<>();
        final List<Boolean> joinedOrdinary = new ArrayList<>();

        @Nullable
        String schoolName;

        void add(RosterPupil pupil) {
            int index = pupils.size();
            pupils.add(pupil);
            byUpn.putIfAbsent(pupil.upn().strip().toUpperCase(Locale.ROOT), index);

            Set<String> givenForms = new LinkedHashSet<>();
            forms(pupil.firstName(), givenForms);
            if (pupil.preferredName() != null) {
                forms(pupil.preferredName(), givenForms);
            }
            Set<String> surnameForms = new LinkedHashSet<>();
            forms(pupil.surname(), surnameForms);

            List<Integer> givenPhrases = new ArrayList<>();
            for (String form : givenForms) {
                int id = phrase(form);
                addOnce(given.get(id), index);
                givenPhrases.add(id);
            }
            List<Integer> surnamePhrases = new ArrayList<>();
            for (String form : surnameForms) {
                int id = phrase(form);
                addOnce(surname.get(id), index);
                surnamePhrases.add(id);
            }
            for (int g : givenPhrases) {
                for (int s : surnamePhrases) {
                    int pair = pairIds.computeIfAbsent(PairTable.key(g, s), key -> {
                        pairPupils.add(new ArrayList<>());
                        return pairPupils.size() - 1;
                    });
                    addOnce(pairPupils.get(pair), index);
                }
            }
            for (String g : givenForms) {
                for (String s : surnameForms) {
                    boolean ordinary = OrdinaryWords.WORDS.contains(g) || OrdinaryWords.WORDS.contains(s);
                    String gj = g.replace(" ", "");
                    String sj = s.replace(" ", "");
                    joined(gj + sj, gj.length(), ordinary, index);
                    joined(sj + gj, sj.length(), ordinary, index);
                }
            }
        }

        private final Map<String, List<String>> formsOfName = new HashMap<>();

        private void forms(String name, Set<String> into) {
            into.addAll(formsOfName.computeIfAbsent(name, Builder::formsOf));
        }

        private static List<String> formsOf(String name) {
            var into = new LinkedHashSet<String>();
            String spaced = NameKeys.spaced(name);
            if (spaced.isEmpty()) {
                return List.of();
            }
            into.add(spaced);
            into.add(spaced.replace(" ", ""));
            String umlauts = NameKeys.umlautsSpelledOut(name);
            if (umlauts != null) {
                into.add(umlauts);
                into.add(umlauts.replace(" ", ""));
            }
            return List.copyOf(into);
        }

        private int phrase(String key) {
            String[] words = key.split(" ");
            maxPhraseWords = Math.max(maxPhraseWords, words.length);
            var prefix = new StringBuilder();
            for (int w = 0; w < words.length - 1; w++) {
                if (w > 0) {
                    prefix.append(' ');
                }
                prefix.append(words[w]);
                id(prefix.toString());
            }
            return id(key);
        }

        private int id(String key) {
            return phraseIds.computeIfAbsent(key, k -> {
                given.add(new ArrayList<>(1));
                surname.add(new ArrayList<>(1));
                int flag = (OrdinaryWords.WORDS.contains(k) ? ORDINARY : 0)
                        | (OrdinaryWords.MONTHS_AND_SEASONS.contains(k) ? MONTH_OR_SEASON : 0);
                flags.add(flag);
                return given.size() - 1;
            });
        }

        private void joined(String key, int split, boolean ordinary, int pupil) {
            int id = joinedIds.computeIfAbsent(key, k -> {
                joinedPupils.add(new ArrayList<>(1));
                joinedSplit.add(split);
                joinedOrdinary.add(ordinary);
                return joinedPupils.size() - 1;
            });
            addOnce(joinedPupils.get(id), pupil);
        }

        private static void addOnce(List<Integer> list, int value) {
            if (!list.contains(value)) {
                list.add(value);
            }
        }
    }
}
