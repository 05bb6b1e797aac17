using Alignment.Interchange;

namespace Alignment.Memory.Tests;

/// <summary>Reading a memory's units back, whole or by document, origin and confidence.</summary>
public sealed class UnitSelectionTests
{
    private static TranslationMemory Memory() => Units.Memory(
        Units.Aligned("会议开幕。", "The meeting opened.", confidence: 0.95, document: "report.txt"),
        Units.Aligned("通过议程。", "The agenda was adopted.", confidence: 0.3, document: "report.txt"),
        Units.Pair("电子证据", "electronic evidence", document: "glossary.tsv"));

    private static string[] Read(TranslationMemory memory, UnitSelection selection) =>
        memory.ReadUnits(selection, units => units.Select(u => u.Source.Text).ToArray());

    [Test]
    public void Every_unit_is_read_back_in_the_order_it_was_stored()
    {
        using var memory = Memory();

        Assert.That(Read(memory, UnitSelection.All), Is.EqualTo(new[] { "会议开幕。", "通过议程。", "电子证据" }));
    }

    [Test]
    public void A_minimum_confidence_leaves_doubtful_aligned_units_out_but_not_imported_ones()
    {
        using var memory = Memory();

        Assert.That(Read(memory, new UnitSelection { MinimumConfidence = 0.5 }), Is.EqualTo(new[] { "会议开幕。", "电子证据" }));
    }

    [Test]
    public void Units_are_selected_by_document_and_origin()
    {
        using var memory = Memory();

        Assert.Multiple(() =>
        {
            Assert.That(Read(memory, new UnitSelection { Document = "glossary.tsv" }), Is.EqualTo(new[] { "电子证据" }));
            Assert.That(Read(memory, new UnitSelection { Origins = new HashSet<UnitOrigin> { UnitOrigin.Aligned } }), Is.EqualTo(new[] { "会议开幕。", "通过议程。" }));
        });
    }

    [Test]
    public void A_deleted_document_is_neither_listed_nor_read()
    {
        using var memory = Memory();

        memory.DeleteDocument("glossary.tsv");

        Assert.That((memory.ListDocuments(), Read(memory, UnitSelection.All).Length), Is.EqualTo((new[] { "report.txt" }, 2)));
    }

    [Test]
    public void The_documents_are_listed_in_ordinal_order()
    {
        using var memory = Memory();

        Assert.That(memory.ListDocuments(), Is.EqualTo(new[] { "glossary.tsv", "report.txt" }));
    }
}
