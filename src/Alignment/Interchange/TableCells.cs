using Alignment.Aligning;

namespace Alignment.Interchange;

/// <summary>
/// The cells of table rows that were aligned as rows. Both readers give a table row as one sentence, a tab between its
/// cells, whichever format the table arrives in, so that rows of figures anchor the alignment; but a CAT tool segments
/// a Word table cell by cell, and a translator looking up <c>现金和现金等价物</c> should find
/// <c>Cash and cash equivalents</c>, not the row. So where a unit's source and target are rows of as many cells, the
/// cells correspond column by column and each pair of cells that holds words is a unit too.
/// </summary>
internal static class TableCells
{
    /// <summary>
    /// A unit for every cell with a word (a Han character or two letters) on both sides, of every unit whose source and
    /// target are rows of the same number of cells, with the id <c>{row's unit id}.c{column}</c> and an
    /// <c>x-cell</c> property (<c>1/4</c>); cells that hold only figures, marks or the same text on both sides make none.
    /// </summary>
    public static IEnumerable<TranslationUnit> UnitsOf(IEnumerable<TranslationUnit> units)
    {
        foreach (var unit in units)
        {
            if (!unit.Source.Text.Contains('\t') || !unit.Target.Text.Contains('\t'))
            {
                continue;
            }

            var sources = unit.Source.Text.Split('\t');
            var targets = unit.Target.Text.Split('\t');
            if (sources.Length != targets.Length)
            {
                continue;
            }

            for (var i = 0; i < sources.Length; i++)
            {
                var (source, target) = (sources[i].Trim(), targets[i].Trim());
                if (!HasWord(source) || !HasWord(target) || source == target)
                {
                    continue;
                }

                yield return unit with
                {
                    Id = $"{unit.Id}.c{i + 1}",
                    Source = new Segment(unit.Source.Language, source),
                    Target = new Segment(unit.Target.Language, target),
                    PreviousSource = i == 0 ? unit.PreviousSource : sources[i - 1].Trim(),
                    NextSource = i == sources.Length - 1 ? unit.NextSource : sources[i + 1].Trim(),
                    Properties = [.. unit.Properties, KeyValuePair.Create(TmxConventions.Cell, $"{i + 1}/{sources.Length}")],
                };
            }
        }
    }

    /// <summary>A Han character or two letters: a note's <c>(a)</c> or a row's <c>1.</c> is no word to look up.</summary>
    private static bool HasWord(string cell) => cell.Any(Script.IsHan) || cell.Count(char.IsLetter) >= 2;
}
