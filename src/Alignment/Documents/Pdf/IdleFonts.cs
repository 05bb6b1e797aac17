using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Alignment.Documents.Pdf;

/// <summary>
/// PdfPig's store of a document's resources, letting go of the fonts no page has listed among its resources for
/// <see cref="IdlePages"/> pages. PdfPig keeps every font it parses until the document is closed, and a parsed font can
/// take megabytes (an embedded CJK subset's glyph outlines): a long PDF merged from many documents, each with fonts
/// of its own, held the fonts of every part at once. A font let go is parsed again, the same, if a later page lists
/// it. PdfPig has no way to let go of a font, so its store's dictionary of them is reached by reflection; should a
/// later PdfPig not have it, nothing is let go (a test would say so). Everything else is the inner store's. Not
/// thread-safe: one per document, its pages read in order.
/// </summary>
internal sealed class IdleFonts(IResourceStore inner, IPdfTokenScanner scanner) : IResourceStore
{
    /// <summary>A font no page has listed for this many pages in a row is let go.</summary>
    internal const int IdlePages = 10;

    private readonly Dictionary<IndirectReference, IFont>? loaded =
        inner.GetType().GetField("loadedFonts", BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(inner) as Dictionary<IndirectReference, IFont>;

    /// <summary>The last page that listed each font the store holds (or on which it was first seen).</summary>
    private readonly Dictionary<IndirectReference, int> lastListed = [];

    /// <summary>The fonts the resources of the page being read (and of the forms it draws) list.</summary>
    private readonly HashSet<IndirectReference> listed = [];

    /// <summary>How many fonts the store holds.</summary>
    public int Held => loaded?.Count ?? 0;

    /// <summary>
    /// Once <paramref name="page"/> has been read, lets go of the fonts that neither it nor the
    /// <see cref="IdlePages"/> pages before it listed.
    /// </summary>
    public void Release(int page)
    {
        foreach (var reference in loaded?.Keys ?? Enumerable.Empty<IndirectReference>())
        {
            if (listed.Contains(reference) || !lastListed.ContainsKey(reference))
            {
                lastListed[reference] = page;
            }
        }

        foreach (var (reference, last) in lastListed)
        {
            if (page - last >= IdlePages)
            {
                loaded!.Remove(reference);
                lastListed.Remove(reference);
            }
        }

        listed.Clear();
    }

    public void LoadResourceDictionary(DictionaryToken resourceDictionary)
    {
        if (resourceDictionary.TryGet(NameToken.Font, out var fonts) && DirectObjectFinder.TryGet(fonts, scanner, out DictionaryToken? fontDictionary))
        {
            foreach (var font in fontDictionary.Data.Values.OfType<IndirectReferenceToken>())
            {
                listed.Add(font.Data);
            }
        }

        inner.LoadResourceDictionary(resourceDictionary);
    }

    public void UnloadResourceDictionary() => inner.UnloadResourceDictionary();

    public IFont? GetFont(NameToken name) => inner.GetFont(name);

    public IFont GetFontDirectly(IndirectReferenceToken fontReferenceToken) => inner.GetFontDirectly(fontReferenceToken);

    public bool TryGetXObject(NameToken name, [NotNullWhen(true)] out StreamToken? stream) => inner.TryGetXObject(name, out stream);

    public bool TryGetXObjectReference(NameToken name, out IndirectReference reference) => inner.TryGetXObjectReference(name, out reference);

    public DictionaryToken? GetExtendedGraphicsStateDictionary(NameToken name) => inner.GetExtendedGraphicsStateDictionary(name);

    public bool TryGetNamedColorSpace(NameToken name, out ResourceColorSpace namedColorSpace) => inner.TryGetNamedColorSpace(name, out namedColorSpace);

    public ColorSpaceDetails GetColorSpaceDetails(NameToken? name, DictionaryToken? dictionary) => inner.GetColorSpaceDetails(name, dictionary);

    public ColorSpaceDetails GetDeviceColorSpaceDetails(ColorSpace deviceColorSpace) => inner.GetDeviceColorSpaceDetails(deviceColorSpace);

    public DictionaryToken? GetMarkedContentPropertiesDictionary(NameToken name) => inner.GetMarkedContentPropertiesDictionary(name);

    public IReadOnlyDictionary<NameToken, PatternColor> GetPatterns() => inner.GetPatterns();

    public Shading GetShading(NameToken name) => inner.GetShading(name);
}
