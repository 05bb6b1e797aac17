using Alignment.Documents;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Alignment.Memory.Tests;

public class OpeningTests
{
    [Test]
    public void A_second_writer_is_told_the_memory_is_locked()
    {
        using var folder = new TempFolder();
        using var first = TranslationMemory.Open(folder.Path);

        var error = Assert.Throws<InputException>(() => TranslationMemory.Open(folder.Path).Dispose());

        Assert.That(error!.Message, Does.StartWith(folder.Path + ": is locked"));
    }

    [Test]
    public void Closing_the_writer_releases_the_lock()
    {
        using var folder = new TempFolder();
        TranslationMemory.Open(folder.Path).Dispose();

        Assert.That(() => TranslationMemory.Open(folder.Path).Dispose(), Throws.Nothing);
    }

    [Test]
    public void Readers_open_alongside_a_writer()
    {
        using var folder = new TempFolder();
        using var writer = TranslationMemory.Open(folder.Path);

        using var reader = TranslationMemory.OpenReadOnly(folder.Path);

        Assert.That(reader.IsReadOnly, Is.True);
    }

    [Test]
    public void A_read_only_memory_refuses_to_add()
    {
        using var folder = new TempFolder();
        TranslationMemory.Open(folder.Path).Dispose();
        using var reader = TranslationMemory.OpenReadOnly(folder.Path);

        Assert.That(() => reader.Add([Units.Pair("证据", "evidence")]), Throws.InvalidOperationException);
    }

    [Test]
    public void A_folder_of_other_files_is_not_taken_for_a_memory()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("notes.txt"), "not an index");

        var error = Assert.Throws<InputException>(() => TranslationMemory.Open(folder.Path).Dispose());

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.Contain("is not a translation memory"));
            Assert.That(File.ReadAllText(folder.Combine("notes.txt")), Is.EqualTo("not an index"), "nothing is overwritten");
        });
    }

    [Test]
    public void A_missing_folder_cannot_be_opened_read_only()
    {
        using var folder = new TempFolder();

        Assert.That(() => TranslationMemory.OpenReadOnly(folder.Combine("absent")), Throws.InstanceOf<InputException>().With.Message.Contains("does not exist"));
    }

    [Test]
    public void A_damaged_index_is_reported_as_damaged()
    {
        using var folder = new TempFolder();
        using (var memory = TranslationMemory.Open(folder.Path))
        {
            memory.Add([Units.Pair("证据", "evidence")]);
        }

        foreach (var file in System.IO.Directory.GetFiles(folder.Path, "segments_*"))
        {
            File.WriteAllBytes(file, [1, 2, 3, 4, 5, 6, 7, 8]);
        }

        Assert.That(() => TranslationMemory.Open(folder.Path).Dispose(), Throws.InstanceOf<InputException>().With.Message.Contains("is damaged"));
    }

    [Test]
    public void Another_programs_Lucene_index_is_not_taken_for_a_memory()
    {
        using var folder = new TempFolder();
        WriteLuceneIndex(folder.Path, new Dictionary<string, string>());

        Assert.That(() => TranslationMemory.Open(folder.Path).Dispose(), Throws.InstanceOf<InputException>().With.Message.Contains("not an Alignment translation memory"));
    }

    [Test]
    public void A_memory_of_another_format_version_is_refused_with_both_versions_named()
    {
        using var folder = new TempFolder();
        WriteLuceneIndex(folder.Path, new Dictionary<string, string> { ["alignment.memory.format"] = "999" });

        Assert.That(() => TranslationMemory.OpenReadOnly(folder.Path).Dispose(), Throws.InstanceOf<InputException>().With.Message.Contains("format version 999"));
    }

    [Test]
    public void The_default_folder_is_under_local_application_data()
    {
        Assert.That(
            TranslationMemory.DefaultDirectory,
            Is.EqualTo(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "alignment", "memory")));
    }

    [Test]
    public void A_read_only_memory_sees_what_the_writer_commits()
    {
        using var folder = new TempFolder();
        using var writer = TranslationMemory.Open(folder.Path);
        using var reader = TranslationMemory.OpenReadOnly(folder.Path);
        var before = reader.Lookup("应优化国际合作程序。", Language.Chinese, Language.English).Count;

        writer.Add([Units.Pair("应优化国际合作程序。", "International cooperation procedures should be streamlined.")]);

        Assert.That((before, reader.Lookup("应优化国际合作程序。", Language.Chinese, Language.English).Count), Is.EqualTo((0, 1)));
    }

    [Test]
    public void A_read_only_memory_sees_each_of_several_commits_made_a_moment_apart()
    {
        using var folder = new TempFolder();
        using var writer = TranslationMemory.Open(folder.Path);
        using var reader = TranslationMemory.OpenReadOnly(folder.Path);
        var seen = new List<int>();

        for (var i = 1; i <= 5; i++)
        {
            writer.Add([Units.Pair($"第{i}条应予修订。", $"Article {i} should be revised.")]);
            seen.Add(reader.GetStatistics().UnitCount);
        }

        Assert.That(seen, Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
    }

    private static void WriteLuceneIndex(string path, IDictionary<string, string> commitData)
    {
        using var directory = FSDirectory.Open(path);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)));
        writer.AddDocument(new Lucene.Net.Documents.Document { new TextField("body", "some other program's data", Field.Store.YES) });
        writer.SetCommitData(commitData);
        writer.Commit();
    }
}
