using System.Collections.Concurrent;
using Alignment.Documents;

namespace Alignment.Segmentation;

/// <summary>
/// The language rules that refine ICU's sentence boundaries, as SRX 2.0 (Segmentation Rules eXchange) files:
/// at each possible break, the first rule that matches decides, and where none matches ICU's decision stands.
/// <see cref="Default"/> holds the shipped rules for Chinese, English and other languages; rules of your own
/// cascade over them with <see cref="OverriddenBy"/>. Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// Patterns are .NET regular expressions, which accept the usual SRX (ICU) syntax except possessive
/// quantifiers and <c>\x{…}</c>; language patterns are matched against the whole language tag, ignoring case.
/// A rule read from a file may take at most <see cref="RuleTimeout"/> to match at a place: a pattern that
/// backtracks without end (a nested quantifier such as <c>(a+)+</c>) stops segmentation with an
/// <see cref="InputException"/> naming the file and the rule instead of running for minutes.
/// </remarks>
public sealed class SegmentationRules
{
    private const string DefaultResource = "Alignment.Segmentation.Rules.default.srx";

    // Semicolons end Chinese sentences only on request: a ；-separated enumeration is usually one sentence
    // in the English version too.
    private static readonly SrxRule ChineseSemicolonBreak = new(
        Breaks: true,
        Before: "；[\"'”’」』）》〉】〕］｝)\\]]*",
        After: "\\s*[^\\s\"'”’」』）》〉】〕］｝)\\]]");

    private static readonly Lazy<SegmentationRules> DefaultRules = new(LoadDefault);

    private readonly SrxDocument[] documents;
    private readonly ConcurrentDictionary<string, LanguageRules> compiled = new(StringComparer.Ordinal);

    private SegmentationRules(SrxDocument[] documents, bool breaksAtChineseSemicolons)
    {
        this.documents = documents;
        BreaksAtChineseSemicolons = breaksAtChineseSemicolons;
    }

    /// <summary>
    /// The rules shipped with Alignment (<c>Segmentation/Rules/default.srx</c>): Chinese, English and common
    /// rules for numbers, web addresses, document symbols and footnote markers, which apply to every language.
    /// </summary>
    public static SegmentationRules Default => DefaultRules.Value;

    /// <summary>The longest a rule read from a file may take to match at one place of a text.</summary>
    public static TimeSpan RuleTimeout { get; } = TimeSpan.FromSeconds(2);

    /// <summary>True when the full-width semicolon <c>；</c> ends a Chinese sentence. False unless asked for.</summary>
    public bool BreaksAtChineseSemicolons { get; }

    /// <summary>Reads the rules of an SRX 2.0 file.</summary>
    /// <exception cref="InputException">
    /// The file is missing, not a regular file, unreadable or not a valid SRX 2.0 file (with the line and column of
    /// the fault).
    /// </exception>
    public static SegmentationRules Load(string srxPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(srxPath);
        using var stream = InputFile.Open(srxPath);
        return Parse(stream, srxPath);
    }

    /// <summary>Reads the rules of an SRX 2.0 document.</summary>
    /// <param name="srx">The document.</param>
    /// <param name="name">The name to report problems under, usually the file name.</param>
    /// <exception cref="InputException">The document is not a valid SRX 2.0 document (with the line and column of the fault).</exception>
    public static SegmentationRules Parse(Stream srx, string name)
    {
        ArgumentNullException.ThrowIfNull(srx);
        ArgumentNullException.ThrowIfNull(name);
        return new SegmentationRules([SrxReader.Read(srx, name)], breaksAtChineseSemicolons: false);
    }

    /// <summary>
    /// These rules with <paramref name="userRules"/> cascaded over them: for every language, the user's rules
    /// are tried first and these only where none of the user's matches. Semicolons break when either set says so.
    /// </summary>
    public SegmentationRules OverriddenBy(SegmentationRules userRules)
    {
        ArgumentNullException.ThrowIfNull(userRules);
        return new SegmentationRules([.. userRules.documents, .. documents], BreaksAtChineseSemicolons || userRules.BreaksAtChineseSemicolons);
    }

    /// <summary>
    /// These rules, with the full-width semicolon <c>；</c> ending a Chinese sentence (<paramref name="on"/>) or
    /// left to the rules (the default, under which it does not). When on, this takes precedence over every rule.
    /// </summary>
    public SegmentationRules WithChineseSemicolonBreaks(bool on) =>
        on == BreaksAtChineseSemicolons ? this : new SegmentationRules(documents, on);

    /// <summary>The rules for <paramref name="language"/>, compiled on first use.</summary>
    internal LanguageRules For(Language language) =>
        compiled.GetOrAdd(language.Tag, _ =>
        {
            var rules = documents.SelectMany(d => d.RulesFor(language));
            if (BreaksAtChineseSemicolons && language.IsChinese)
            {
                rules = rules.Prepend(ChineseSemicolonBreak);
            }

            return LanguageRules.Compile([.. rules]);
        });

    private static SegmentationRules LoadDefault()
    {
        using var stream = typeof(SegmentationRules).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"The resource {DefaultResource} is missing from the assembly.");
        return new SegmentationRules([SrxReader.Read(stream, "default.srx", builtIn: true)], breaksAtChineseSemicolons: false);
    }
}
