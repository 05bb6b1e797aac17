namespace Alignment.Aligning;

/// <summary>
/// English numbers written in words, one to ninety-nine as cardinals (<c>seven</c>, <c>twenty-one</c>) and ordinals
/// (<c>seventh</c>, <c>twenty-first</c>, <c>fortieth</c>), and the month names: the one table the aligner's number
/// evidence and the QA report's number check both read.
/// </summary>
internal static class EnglishNumberWords
{
    public static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Ordinals = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] TenOrdinals = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

    /// <summary>Every cardinal and ordinal from one to ninety-nine, lower case, with its value.</summary>
    public static Dictionary<string, int> OneToNinetyNine()
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 1; n < 20; n++)
        {
            words[Units[n]] = n;
            words[Ordinals[n]] = n;
        }

        for (var t = 2; t < 10; t++)
        {
            words[Tens[t]] = t * 10;
            words[TenOrdinals[t]] = t * 10;
            for (var u = 1; u < 10; u++)
            {
                words[$"{Tens[t]}-{Units[u]}"] = (t * 10) + u;
                words[$"{Tens[t]}-{Ordinals[u]}"] = (t * 10) + u;
            }
        }

        return words;
    }
}
