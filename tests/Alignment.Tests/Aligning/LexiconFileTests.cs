using System.IO.Compression;
using System.Text;
using Alignment.Aligning;

namespace Alignment.Tests.Aligning;

/// <summary>
/// The file the dictionary package ships (<c>cc-cedict.lexicon</c>, the lexicon's tables as they are held in memory)
/// must hold what its text form (<c>cc-cedict.tsv.gz</c> and <c>cc-cedict-readings.tsv.gz</c>, written by the same
/// script) holds, entry for entry, and a file that is not one must be refused.
/// </summary>
public sealed class LexiconFileTests
{
    private static string Beside(string file) => Path.Combine(AppContext.BaseDirectory, file);

    [Test]
    public void The_shipped_file_holds_the_terms_of_the_text_form_in_the_same_order_with_the_same_glosses()
    {
        var expected = TermTable.ReadCompact(Decompressed(Beside("cc-cedict.tsv.gz")));

        var (table, _) = LexiconFile.Read(Beside("cc-cedict.lexicon"));

        Assert.That(expected.Count, Is.GreaterThan(100_000));
        Assert.That(table.Count, Is.EqualTo(expected.Count));
        var wrong = Enumerable.Range(0, table.Count)
            .Where(t => !table.Term(t).SequenceEqual(expected.Term(t)) || !table.Glosses(t).SequenceEqual(expected.Glosses(t)))
            .Take(5).Select(t => new string(expected.Term(t))).ToList();
        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void The_shipped_file_gives_the_terms_in_ordinal_order_as_the_text_form_sorts_them()
    {
        var expected = TermTable.ReadCompact(Decompressed(Beside("cc-cedict.tsv.gz")));

        var (table, _) = LexiconFile.Read(Beside("cc-cedict.lexicon"));

        Assert.That(table.Sorted.ToArray(), Is.EqualTo(expected.Sorted.ToArray()));
    }

    [Test]
    public void The_shipped_file_gives_every_character_the_readings_of_the_text_form()
    {
        var expected = HanReadings.Read(Beside("cc-cedict-readings.tsv.gz"));

        var (_, readings) = LexiconFile.Read(Beside("cc-cedict.lexicon"));

        var wrong = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => !readings.Of(c).SequenceEqual(expected.Of(c))).Take(5).ToList();
        Assert.That(expected.Of('李'), Is.Not.Empty);
        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void A_file_in_another_form_is_refused_naming_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lexicon-{Guid.NewGuid():N}.lexicon");
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes("干\t乾,幹\tdry/to do\n"));
        try
        {
            Assert.That(() => LexiconFile.Read(path), Throws.TypeOf<InputException>().With.Property(nameof(InputException.FileName)).EqualTo(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void A_cut_short_file_is_refused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lexicon-{Guid.NewGuid():N}.lexicon");
        var bytes = File.ReadAllBytes(Beside("cc-cedict.lexicon"));
        File.WriteAllBytes(path, bytes[..^4]);
        try
        {
            Assert.That(() => LexiconFile.Read(path), Throws.TypeOf<InputException>());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void A_file_whose_terms_point_outside_its_text_is_refused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lexicon-{Guid.NewGuid():N}.lexicon");
        var bytes = File.ReadAllBytes(Beside("cc-cedict.lexicon"));

        // The first term's start, just after the mark, the seven counts and the text.
        var textLength = BitConverter.ToInt32(bytes, 8);
        BitConverter.GetBytes(int.MaxValue).CopyTo(bytes, 8 + (7 * 4) + (2 * textLength));
        File.WriteAllBytes(path, bytes);
        try
        {
            Assert.That(() => LexiconFile.Read(path), Throws.TypeOf<InputException>());
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Decompressed(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
