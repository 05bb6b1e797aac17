using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Tests.Interchange;

public sealed class TmxRoundTripTests
{
    private static readonly TmxReadOptions ChineseToEnglish = new(Language.Chinese, Language.English);

    [Test]
    public void Units_read_back_exactly_as_written()
    {
        var units = Samples.Tricky();

        var read = RoundTrip(units, ChineseToEnglish);

        Assert.That(read, Is.EqualTo(units).UsingPropertiesComparer());
    }

    [Test]
    public void Imported_units_without_provenance_or_date_read_back_as_written()
    {
        TranslationUnit[] units = [new("i1", new Segment(Language.Chinese, "导入。"), new Segment(Language.English, "Imported."))];

        var read = RoundTrip(units, ChineseToEnglish);

        Assert.That(read, Is.EqualTo(units).UsingPropertiesComparer());
    }

    [Test]
    public void Inline_markup_reads_back_as_written()
    {
        TranslationUnit[] units =
        [
            Samples.Full("m1", "见第 3 条。", "See article 3.") with
            {
                Target = new Segment(Language.English, "See article 3.")
                {
                    Markup = "See <bpt i=\"1\" type=\"bold\">&lt;b&gt;</bpt>article 3<ept i=\"1\">&lt;/b&gt;</ept>.",
                },
            },
        ];

        var read = RoundTrip(units, ChineseToEnglish);

        Assert.That(read, Is.EqualTo(units).UsingPropertiesComparer());
    }

    [Test]
    public void Reversed_units_read_back_in_the_other_direction()
    {
        var units = Samples.Tricky().Select(u => u.Reverse()).ToArray();

        var read = RoundTrip(units, new TmxReadOptions(Language.English, Language.Chinese), Language.English);

        Assert.That(read, Is.EqualTo(units).UsingPropertiesComparer());
    }

    [Test]
    public void A_memory_read_against_its_direction_gives_the_units_reversed()
    {
        var units = Samples.Tricky();

        var read = RoundTrip(units, new TmxReadOptions(Language.English, Language.Chinese));

        Assert.That(read, Is.EqualTo(units.Select(u => u.Reverse())).UsingPropertiesComparer());
    }

    [TestCase(UnitOrigin.Confirmed, "confirmed")]
    [TestCase(UnitOrigin.Edited, "edited")]
    public void Units_a_person_confirmed_or_edited_say_so_in_x_origin_and_read_back_so(UnitOrigin origin, string written)
    {
        var units = Samples.Tricky().Select(u => u with { Origin = origin }).ToList();
        using var directory = new TempDirectory();
        var path = directory.File("reviewed.tmx");
        TmxWriter.Write(path, units, new TmxWriteOptions(Language.Chinese));

        Assert.That(File.ReadAllText(path), Does.Contain($"<prop type=\"x-origin\">{written}</prop>"));
        Assert.That(TmxReader.ReadAll(path, ChineseToEnglish).Select(u => u.Origin), Is.All.EqualTo(origin));
    }

    private static IReadOnlyList<TranslationUnit> RoundTrip(
        IEnumerable<TranslationUnit> units, TmxReadOptions options, Language? sourceLanguage = null)
    {
        using var directory = new TempDirectory();
        var path = directory.File("memory.tmx");
        TmxWriter.Write(path, units, new TmxWriteOptions(sourceLanguage ?? Language.Chinese));
        return TmxReader.ReadAll(path, options);
    }
}
