using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Alignment.Segmentation;

/// <summary>
/// Reads SRX 2.0 files. Elements are recognised by name whatever their namespace, format handles are ignored
/// (the segmenter sees plain text), and every pattern is checked here so that a bad rule is reported with its
/// line and column instead of failing later.
/// </summary>
internal static partial class SrxReader
{
    /// <summary>Reads an SRX document.</summary>
    /// <param name="srx">The document.</param>
    /// <param name="name">The name to report problems under, usually the file name.</param>
    /// <param name="builtIn">True for the rules shipped with the library, which are matched without a time limit.</param>
    /// <exception cref="InputException">The stream is not well-formed XML or not a usable SRX 2.0 document.</exception>
    public static SrxDocument Read(Stream srx, string name, bool builtIn = false)
    {
        var root = Load(srx, name).Root!;
        if (root.Name.LocalName != "srx")
        {
            throw Problem(name, root, $"the root element is <{root.Name.LocalName}>, not <srx>");
        }

        var version = (string?)root.Attribute("version");
        if (version is not null && version != "2.0")
        {
            throw Problem(name, root, $"is SRX version {version}; only SRX 2.0 is supported");
        }

        var header = Child(root, "header");
        var cascade = header is not null && YesOrNo(name, header, "cascade", fallback: false);
        var body = Child(root, "body") ?? throw Problem(name, root, "has no <body>");

        var ruleSets = new Dictionary<string, IReadOnlyList<SrxRule>>(StringComparer.Ordinal);
        foreach (var languageRule in Children(Child(body, "languagerules"), "languagerule"))
        {
            var ruleName = Required(name, languageRule, "languagerulename");
            if (!ruleSets.TryAdd(ruleName, [.. Children(languageRule, "rule").Select(r => ReadRule(name, r) with { Origin = builtIn ? null : name })]))
            {
                throw Problem(name, languageRule, $"the language rule '{ruleName}' is defined twice");
            }
        }

        var maps = new List<(Regex, IReadOnlyList<SrxRule>)>();
        foreach (var map in Children(Child(body, "maprules"), "languagemap"))
        {
            var pattern = Required(name, map, "languagepattern");
            var ruleName = Required(name, map, "languagerulename");
            if (!ruleSets.TryGetValue(ruleName, out var rules))
            {
                throw Problem(name, map, $"the language map refers to the language rule '{ruleName}', which is not defined");
            }

            maps.Add((Compile(name, map, $"^(?:{pattern})$", "languagepattern", RegexOptions.IgnoreCase), rules));
        }

        return new SrxDocument(cascade, maps);
    }

    private static XDocument Load(Stream srx, string name)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(srx, settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            var problem = LinePositionSuffix().Replace(e.Message, string.Empty);
            throw new InputException(name, e.LineNumber, e.LinePosition, $"is not well-formed XML: {problem}", e);
        }
    }

    private static SrxRule ReadRule(string name, XElement rule)
    {
        var breaks = YesOrNo(name, rule, "break", fallback: true);
        var before = Pattern(name, rule, "beforebreak");
        var after = Pattern(name, rule, "afterbreak");
        var result = new SrxRule(breaks, before, after);
        Compile(name, rule, result.Pattern, "rule", RegexOptions.None);
        return result;
    }

    private static string Pattern(string name, XElement rule, string element)
    {
        var pattern = Child(rule, element);
        if (pattern is null)
        {
            return string.Empty;
        }

        Compile(name, pattern, pattern.Value, $"<{element}>", RegexOptions.None);
        return pattern.Value;
    }

    private static Regex Compile(string name, XElement at, string pattern, string what, RegexOptions options)
    {
        try
        {
            return new Regex(pattern, options | RegexOptions.CultureInvariant);
        }
        catch (ArgumentException e)
        {
            throw Problem(name, at, $"the {what} pattern is not a valid regular expression: {e.Message}");
        }
    }

    private static bool YesOrNo(string name, XElement element, string attribute, bool fallback) =>
        (string?)element.Attribute(attribute) switch
        {
            null => fallback,
            "yes" => true,
            "no" => false,
            var other => throw Problem(name, element, $"{attribute}=\"{other}\" must be \"yes\" or \"no\""),
        };

    private static string Required(string name, XElement element, string attribute) =>
        (string?)element.Attribute(attribute) is { Length: > 0 } value
            ? value
            : throw Problem(name, element, $"<{element.Name.LocalName}> needs a {attribute} attribute");

    private static XElement? Child(XElement? parent, string localName) => Children(parent, localName).FirstOrDefault();

    private static IEnumerable<XElement> Children(XElement? parent, string localName) =>
        parent is null ? [] : parent.Elements().Where(e => e.Name.LocalName == localName);

    private static InputException Problem(string name, XElement at, string problem)
    {
        var info = (IXmlLineInfo)at;
        return new InputException(name, info.LineNumber, info.LinePosition, problem);
    }

    // XmlException appends " Line 3, position 7." to its message; the InputException carries both already.
    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$")]
    private static partial Regex LinePositionSuffix();
}
