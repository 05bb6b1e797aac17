namespace Alignment.Aligning;

/// <summary>
/// English inflections that no suffix rule undoes (<c>said</c>, <c>went</c>, <c>taken</c>, <c>children</c>,
/// <c>better</c>), each with the form a dictionary gloss gives (<c>say</c>, <c>go</c>, <c>take</c>, <c>child</c>,
/// <c>good</c>): narrative and reported speech are told in the past tense, and a lexicon glosses 说 as "say".
/// Forms that are as often words of their own with another sense (<c>ground</c>, <c>rose</c>, <c>bit</c>,
/// <c>wound</c>, <c>lay</c>, <c>bore</c>) are left out. Keys are written as <see cref="LexicalTokens.LowerStem(ReadOnlySpan{char})"/>
/// gives them (<c>was</c> → <c>wa</c>), so a stemmed word is looked up as it comes. Thread-safe: read only.
/// </summary>
internal static class IrregularForms
{
    // One base form a line, then its irregular forms. Verbs: past tense and past participle (and the present forms
    // of be, have and do); nouns: plurals; adjectives: comparative and superlative.
    private const string Table = """
        be was were been am is are
        have has had
        do does did done
        go goes went gone
        say said
        make made
        take took taken
        come came
        see saw seen
        know knew known
        get got gotten
        give gave given
        find found
        think thought
        tell told
        become became
        leave left
        feel felt
        bring brought
        begin began begun
        keep kept
        hold held
        write wrote written
        stand stood
        hear heard
        mean meant
        meet met
        run ran
        pay paid
        sit sat
        speak spoke spoken
        lead led
        grow grew grown
        lose lost
        fall fell fallen
        send sent
        build built
        understand understood
        draw drew drawn
        break broke broken
        spend spent
        rise risen
        drive drove driven
        buy bought
        wear wore worn
        choose chose chosen
        seek sought
        throw threw thrown
        catch caught
        deal dealt
        win won
        forget forgot forgotten
        sell sold
        fight fought
        eat ate eaten
        teach taught
        sleep slept
        fly flew flown
        hang hung
        hide hid hidden
        shake shook shaken
        sing sang sung
        swim swam swum
        drink drank drunk
        ride rode ridden
        steal stole stolen
        tear tore torn
        freeze froze frozen
        forgive forgave forgiven
        feed fed
        bend bent
        bleed bled
        blow blew blown
        dig dug
        flee fled
        forbid forbade forbidden
        lend lent
        light lit
        shine shone
        shoot shot
        sink sank sunk
        slide slid
        spin spun
        stick stuck
        sting stung
        strike struck stricken
        swear swore sworn
        sweep swept
        swing swung
        tread trod trodden
        wake woke woken
        weave wove woven
        weep wept
        withdraw withdrew withdrawn
        arise arose arisen
        awake awoke awoken
        bear borne
        bind bound
        breed bred
        dream dreamt
        mistake mistook mistaken
        overcome overcame
        undertake undertook undertaken
        undergo underwent undergone
        foresee foresaw foreseen
        child children
        man men
        woman women
        foot feet
        tooth teeth
        goose geese
        mouse mice
        ox oxen
        knife knive
        wife wive
        shelf shelve
        wolf wolve
        thief thieve
        loaf loave
        calf calve
        crisis crises
        criterion criteria
        phenomenon phenomena
        good better best
        bad worse worst
        far further furthest farther farthest
        """;

    private static readonly Dictionary<string, string> BaseOf = Build();
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup = BaseOf.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The base form of <paramref name="stemmed"/> (a word lower-cased and stemmed), when it is an irregular form.</summary>
    public static bool TryGetBase(ReadOnlySpan<char> stemmed, out string baseForm)
    {
        if (Lookup.TryGetValue(stemmed, out var found))
        {
            baseForm = found;
            return true;
        }

        baseForm = string.Empty;
        return false;
    }

    private static Dictionary<string, string> Build()
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var baseForm = LexicalTokens.Stem(words[0]);
            foreach (var form in words.Skip(1))
            {
                forms[LexicalTokens.Stem(form)] = baseForm;
            }
        }

        return forms;
    }
}
