using Lucene.Net.Analysis;

namespace Alignment.Memory.Indexing;

/// <summary>Hands each index field the analysis its name calls for (<see cref="IndexSchema"/>).</summary>
internal sealed class FieldAnalyzer : AnalyzerWrapper
{
    public static FieldAnalyzer Instance { get; } = new();

    private FieldAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    protected override Analyzer GetWrappedAnalyzer(string fieldName) => IndexSchema.AnalyzerFor(fieldName);
}
