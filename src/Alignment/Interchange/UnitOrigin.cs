namespace Alignment.Interchange;

/// <summary>Where a translation unit came from; CAT tools trust the two differently.</summary>
public enum UnitOrigin
{
    /// <summary>Produced by this library's aligner from a document pair; it carries the aligner's confidence.</summary>
    Aligned,

    /// <summary>Imported from a TMX, CSV or TSV file made elsewhere, usually by translators.</summary>
    Imported,
}
