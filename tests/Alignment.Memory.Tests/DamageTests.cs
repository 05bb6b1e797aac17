using Alignment.Documents;
using Alignment.Memory.Storage;

namespace Alignment.Memory.Tests;

/// <summary>A memory whose files are damaged is named as such, by readers and writers alike, and never written into.</summary>
public class DamageTests
{
    private const string Advice = "; restore it from a backup, or delete it and index its documents again";

    // Every kind of file of a committed memory: stored fields, field infos, segment info, postings, terms, doc values,
    // deletions, the commit itself.
    private static readonly string[] Kinds = [".fdt", ".fdx", ".fnm", ".si", ".doc", ".pos", ".tim", ".tip", ".dvd", ".dvm", ".del", "segments_"];

    [TestCaseSource(nameof(Kinds))]
    public void A_truncated_file_is_named_when_the_memory_is_opened_to_read(string kind)
    {
        using var folder = new TempFolder();
        var file = Damage(folder.Path, kind, Truncate);

        var error = Assert.Throws<InputException>(() => TranslationMemory.OpenReadOnly(folder.Path).Dispose());

        Assert.That(error!.Message, Does.StartWith($"{folder.Path}: is damaged: ").And.Contain(Path.GetFileName(file)).And.EndWith(Advice));
    }

    [TestCaseSource(nameof(Kinds))]
    public void A_memory_with_a_truncated_file_is_never_opened_for_writing(string kind)
    {
        using var folder = new TempFolder();
        Damage(folder.Path, kind, Truncate);
        var before = FolderSnapshot.Of(folder.Path);

        var error = Assert.Throws<InputException>(() => TranslationMemory.Open(folder.Path).Dispose());

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.StartWith($"{folder.Path}: is damaged: ").And.EndWith(Advice));
            Assert.That(FolderSnapshot.Of(folder.Path), Is.EqualTo(before));
        });
    }

    [TestCaseSource(nameof(Kinds))]
    public void A_file_whose_start_is_overwritten_keeps_readers_and_writers_out(string kind)
    {
        using var folder = new TempFolder();
        Damage(folder.Path, kind, OverwriteStart);
        var before = FolderSnapshot.Of(folder.Path);

        var reading = Assert.Throws<InputException>(() => TranslationMemory.OpenReadOnly(folder.Path).Dispose());
        var writing = Assert.Throws<InputException>(() => TranslationMemory.Open(folder.Path).Dispose());

        Assert.Multiple(() =>
        {
            Assert.That(reading!.Message, Does.StartWith($"{folder.Path}: is damaged: ").And.EndWith(Advice));
            Assert.That(writing!.Message, Does.StartWith($"{folder.Path}: is damaged: ").And.EndWith(Advice));
            Assert.That(FolderSnapshot.Of(folder.Path), Is.EqualTo(before));
        });
    }

    [Test]
    public void A_missing_file_is_named_when_the_memory_is_opened()
    {
        using var folder = new TempFolder();
        var file = Damage(folder.Path, ".dvd", File.Delete);

        var error = Assert.Throws<InputException>(() => TranslationMemory.OpenReadOnly(folder.Path).Dispose());

        Assert.That(error!.Message, Does.StartWith($"{folder.Path}: is damaged: ").And.Contain(Path.GetFileName(file)));
    }

    [Test]
    public void Damage_met_by_a_search_is_reported_as_damage_of_the_memory()
    {
        using var folder = new TempFolder();
        using (var writer = TranslationMemory.Open(folder.Path))
        {
            writer.Add([Units.Pair("证据", "evidence")]);
        }

        using var store = IndexStore.OpenReadOnly(folder.Path);

        var error = Assert.Throws<InputException>(() => store.Read<int>(_ => throw new EndOfStreamException("read past EOF: MMapIndexInput(_0_Lucene45_0.dvd)")));

        Assert.That(error!.Message, Is.EqualTo($"{folder.Path}: is damaged: read past EOF: MMapIndexInput(_0_Lucene45_0.dvd){Advice}"));
    }

    [Test]
    public void An_intact_memory_with_deletions_opens_and_answers()
    {
        using var folder = new TempFolder();
        Build(folder.Path);

        using var reader = TranslationMemory.OpenReadOnly(folder.Path);

        Assert.That(reader.Lookup(CorpusUnits.Units[3].Source.Text, Language.Chinese, Language.English)[0].Score.Value, Is.EqualTo(100));
    }

    // A memory of two segments, one with deletions, whose first file of `kind` is then damaged by `damage`.
    private static string Damage(string path, string kind, Action<string> damage)
    {
        Build(path);
        var file = System.IO.Directory.GetFiles(path)
            .Order(StringComparer.Ordinal)
            .First(f => kind.StartsWith('.') ? f.EndsWith(kind, StringComparison.Ordinal) : Path.GetFileName(f).StartsWith(kind, StringComparison.Ordinal));
        damage(file);
        return file;
    }

    private static void Build(string path)
    {
        using var memory = TranslationMemory.Open(path);
        memory.Add(CorpusUnits.Units);
        memory.Add(CorpusUnits.Units.Take(20).Select(u => u with { Provenance = u.Provenance with { Document = "revised.pdf" } }), DuplicatePolicy.Overwrite);
    }

    private static void Truncate(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite);
        stream.SetLength(stream.Length * 2 / 3);
    }

    private static void OverwriteStart(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite);
        stream.Write(new byte[Math.Min(12, (int)stream.Length)]);
    }
}
