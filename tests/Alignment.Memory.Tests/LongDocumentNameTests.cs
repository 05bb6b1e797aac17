using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A document name is a file name or a title, but a TMX may carry thousands of characters there (a note pasted into
/// the wrong attribute, a generated path): the memory keeps such a name shortened, distinct from every other, and
/// finds the document's units by the full name as well.
/// </summary>
public class LongDocumentNameTests
{
    private static readonly string LongName = new string('报', 12_000) + ".tmx";
    private static readonly string OtherLongName = new string('报', 12_000) + "-2.tmx";

    [Test]
    public void Units_of_a_document_with_an_overlong_name_are_indexed_under_a_shortened_name()
    {
        using var memory = TranslationMemory.OpenInMemory();

        var report = memory.Add([Units.Pair("电子证据", "electronic evidence", LongName), Units.Pair("网络犯罪", "cybercrime", OtherLongName)]);

        Assert.That(report.Added, Is.EqualTo(2));
        var names = memory.ListDocuments();
        Assert.That(names, Has.Count.EqualTo(2), "two long names stay two documents");
        Assert.That(names, Has.All.Length.LessThanOrEqualTo(TranslationMemory.MaxDocumentNameLength).And.All.StartsWith(new string('报', 100)));
        Assert.That(memory.Lookup("电子证据", Language.Chinese, Language.English).Single().Target.Text, Is.EqualTo("electronic evidence"));
    }

    [Test]
    public void A_document_with_an_overlong_name_is_deleted_and_replaced_by_its_full_name()
    {
        using var memory = Units.Memory(Units.Pair("电子证据", "electronic evidence", LongName), Units.Pair("网络犯罪", "cybercrime", OtherLongName));

        var replaced = memory.ReplaceDocuments([LongName], [Units.Pair("电子证据", "e-evidence", LongName)], AddOptions.Default);

        Assert.That((replaced.Removed, replaced.Added), Is.EqualTo((1, 1)));
        Assert.That(memory.DeleteDocument(OtherLongName), Is.EqualTo(1));
        Assert.That(memory.GetStatistics().UnitCount, Is.EqualTo(1));
    }

    [Test]
    public void A_document_with_an_overlong_name_is_found_by_its_full_name_and_by_the_shortened_one()
    {
        using var memory = Units.Memory(Units.Pair("电子证据", "electronic evidence", LongName));

        Assert.That(memory.ContainsDocument(LongName), Is.True);
        Assert.That(memory.ContainsDocument(memory.ListDocuments().Single()), Is.True);
        Assert.That(memory.ContainsDocument(OtherLongName), Is.False);
    }

    [Test]
    public void Units_of_a_document_with_an_overlong_name_are_selected_by_its_full_name()
    {
        using var memory = Units.Memory(Units.Pair("电子证据", "electronic evidence", LongName), Units.Pair("网络犯罪", "cybercrime", OtherLongName));

        var selected = memory.ReadUnits(new UnitSelection { Document = LongName }, units => units.Select(unit => unit.Target.Text).ToList());

        Assert.That(selected, Is.EqualTo(new[] { "electronic evidence" }));
    }

    [Test]
    public void A_deleted_document_is_no_longer_contained()
    {
        using var memory = Units.Memory(Units.Pair("电子证据", "electronic evidence", "report.tmx"), Units.Pair("网络犯罪", "cybercrime", "other.tmx"));

        memory.DeleteDocument("report.tmx");

        Assert.That(memory.ContainsDocument("report.tmx"), Is.False);
        Assert.That(memory.ContainsDocument("other.tmx"), Is.True);
    }

    [Test]
    public void A_name_within_the_limit_is_kept_as_it_is()
    {
        var name = new string('a', TranslationMemory.MaxDocumentNameLength);
        using var memory = Units.Memory(Units.Pair("电子证据", "electronic evidence", name));

        Assert.That(memory.ListDocuments(), Is.EqualTo(new[] { name }));
    }
}
