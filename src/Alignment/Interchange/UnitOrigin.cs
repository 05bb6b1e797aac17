namespace Alignment.Interchange;

/// <summary>Where a translation unit came from; CAT tools trust them differently.</summary>
public enum UnitOrigin
{
    /// <summary>Produced by this library's aligner from a document pair; it carries the aligner's confidence.</summary>
    Aligned,

    /// <summary>Imported from a TMX, CSV or TSV file made elsewhere, usually by translators.</summary>
    Imported,

    /// <summary>Aligned by this library, then checked and confirmed as it was by a person in the review page.</summary>
    Confirmed,

    /// <summary>Aligned by this library, then changed by a person in the review page: regrouped, re-paired or its text mended.</summary>
    Edited,
}
