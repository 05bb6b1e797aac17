using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Tests.Interchange;

/// <summary>
/// Our TMX in OmegaT: a project translates a numbered Chinese paragraph with the memory in <c>tm/auto</c>, which OmegaT
/// applies to exact matches. OmegaT keeps a paragraph's number inside its first segment, hence the label policy.
/// </summary>
public sealed class OmegaTTests
{
    [Test]
    public void OmegaT_translates_every_sentence_of_numbered_paragraphs_from_units_with_labels_inline()
    {
        var translated = TranslateWithOmegaT(LabelPolicy.Inline);

        Assert.That(translated, Does.Contain("2. The first meeting was held in 2011."));
        Assert.That(translated, Does.Contain("It adopted the agenda."));
        Assert.That(translated, Does.Contain("3. The second meeting was held."));
        Assert.That(translated, Does.Not.Match(@"\p{IsCJKUnifiedIdeographs}"));
    }

    [Test]
    public void OmegaT_misses_the_first_sentence_of_numbered_paragraphs_when_labels_are_stripped()
    {
        var translated = TranslateWithOmegaT(LabelPolicy.Strip);

        Assert.That(translated, Does.Contain("2. 专家组第一次会议于2011年举行。"));
        Assert.That(translated, Does.Contain("It adopted the agenda."));
    }

    private static string TranslateWithOmegaT(LabelPolicy labels)
    {
        var source = Samples.Numbered(
            "doc.txt", Language.Chinese, " ", ("2.", ["专家组第一次会议于2011年举行。", "会议通过了议程。"]), ("3.", ["专家组第二次会议举行。"]));
        var target = Samples.Numbered(
            "doc.en.txt", Language.English, " ", ("2.", ["The first meeting was held in 2011.", "It adopted the agenda."]), ("3.", ["The second meeting was held."]));
        var units = AlignedUnits.From(new Bitext(source, target, Samples.Beads("1-1:0.9", "1-1:0.9", "1-1:0.9")), new AlignedUnitOptions { Labels = labels });

        return OmegaTProject.Translate("doc.txt", source.Document.Text + "\n", units, Language.Chinese, Language.English, "the OmegaT check of our TMX");
    }
}
