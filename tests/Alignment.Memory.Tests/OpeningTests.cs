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
    public void A_second_writer_in_the_same_process_waits_its_time_and_is_told_the_memory_is_open_here()
    {
        using var folder = new TempFolder();
        using var first = TranslationMemory.Open(folder.Path);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var error = Assert.Throws<InputException>(() => TranslationMemory.Open(folder.Path, new WriterOptions { LockTimeout = TimeSpan.FromMilliseconds(300) }).Dispose());

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Is.EqualTo($"{folder.Path}: is already open for writing in this process (pid {Environment.ProcessId}); try again when it has finished"));
            Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(300)));
        });
    }

    [Test]
    public void A_second_writer_gets_the_memory_when_the_first_closes_within_its_wait()
    {
        using var folder = new TempFolder();
        var first = TranslationMemory.Open(folder.Path);
        first.Add([Units.Pair("证据", "evidence")]);
        var closing = Task.Run(async () =>
        {
            await Task.Delay(300);
            first.Dispose();
        });

        using var second = TranslationMemory.Open(folder.Path, new WriterOptions { LockTimeout = TimeSpan.FromSeconds(30) });
        closing.Wait();

        Assert.That(second.Add([Units.Pair("电子证据", "electronic evidence")]).Added, Is.EqualTo(1));
    }

    [Test]
    public void A_writer_that_cannot_get_the_memory_leaves_its_folder_as_it_was()
    {
        using var folder = new TempFolder();
        using var first = TranslationMemory.Open(folder.Path);
        first.Add([Units.Pair("证据", "evidence")]);
        var before = FolderSnapshot.Of(folder.Path);

        Assert.Throws<InputException>(() => TranslationMemory.Open(folder.Path, new WriterOptions { LockTimeout = TimeSpan.Zero }).Dispose());

        Assert.That(FolderSnapshot.Of(folder.Path), Is.EqualTo(before));
    }

    [Test]
    public void Closing_the_writer_releases_the_memory()
    {
        using var folder = new TempFolder();
        TranslationMemory.Open(folder.Path).Dispose();

        Assert.That(() => TranslationMemory.Open(folder.Path, new WriterOptions { LockTimeout = TimeSpan.Zero }).Dispose(), Throws.Nothing);
    }

    [Test]
    public void A_reader_never_takes_the_writers_lock()
    {
        using var folder = new TempFolder();
        using (var writer = TranslationMemory.Open(folder.Path))
        {
            writer.Add([Units.Pair("证据", "evidence")]);
        }

        using var reader = TranslationMemory.OpenReadOnly(folder.Path);

        Assert.That(() => TranslationMemory.Open(folder.Path, new WriterOptions { LockTimeout = TimeSpan.Zero }).Dispose(), Throws.Nothing);
    }

    [Test]
    public void Opening_read_only_changes_nothing_in_the_folder()
    {
        using var folder = new TempFolder();
        using (var writer = TranslationMemory.Open(folder.Path))
        {
            writer.Add([Units.Pair("证据", "evidence")]);
        }

        var before = FolderSnapshot.Of(folder.Path);
        using (var reader = TranslationMemory.OpenReadOnly(folder.Path))
        {
            reader.Lookup("证据", Language.Chinese, Language.English);
        }

        Assert.That(FolderSnapshot.Of(folder.Path), Is.EqualTo(before));
    }

    [Test]
    public void Without_file_locking_a_memory_is_not_opened_for_writing()
    {
        using var folder = new TempFolder();
        Environment.SetEnvironmentVariable("DOTNET_SYSTEM_IO_DISABLEFILELOCKING", "1");
        try
        {
            Assert.That(
                () => TranslationMemory.Open(folder.Path).Dispose(),
                Throws.InstanceOf<InputException>().With.Message.Contains("file locking is turned off in this process"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("DOTNET_SYSTEM_IO_DISABLEFILELOCKING", null);
        }
    }

    [Test]
    public void Readers_open_alongside_a_writer()
    {
        using var folder = new TempFolder();
        using var writer = TranslationMemory.Open(folder.Path);
        writer.Add([Units.Pair("证据", "evidence")]);

        using var reader = TranslationMemory.OpenReadOnly(folder.Path);

        Assert.That(reader.IsReadOnly, Is.True);
    }

    [Test]
    public void A_read_only_memory_refuses_to_add()
    {
        using var folder = new TempFolder();
        using (var writer = TranslationMemory.Open(folder.Path))
        {
            writer.Add([Units.Pair("证据", "evidence")]);
        }

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

    [TestCase("3")]
    [TestCase("4")]
    public void A_memory_of_an_older_format_version_is_refused_with_the_way_to_renew_it(string version)
    {
        using var folder = new TempFolder();
        WriteLuceneIndex(folder.Path, new Dictionary<string, string> { ["alignment.memory.format"] = version });

        Assert.That(() => TranslationMemory.Open(folder.Path).Dispose(), Throws.InstanceOf<InputException>()
            .With.Message.Contains($"format version {version}").And.Message.Contains("index its documents again"));
    }

    [Test]
    public void A_read_only_memory_sees_what_the_writer_commits_a_moment_later()
    {
        using var folder = new TempFolder();
        using var writer = TranslationMemory.Open(folder.Path);
        writer.Add([Units.Pair("证据", "evidence")]);
        using var reader = TranslationMemory.OpenReadOnly(folder.Path);
        var before = reader.Lookup("应优化国际合作程序。", Language.Chinese, Language.English).Count;

        writer.Add([Units.Pair("应优化国际合作程序。", "International cooperation procedures should be streamlined.")]);

        Assert.That(before, Is.Zero);
        Assert.That(() => reader.Lookup("应优化国际合作程序。", Language.Chinese, Language.English).Count, Is.EqualTo(1).After(5000, 10));
    }

    [Test]
    public void A_read_only_memory_sees_each_of_several_commits_made_a_moment_apart()
    {
        using var folder = new TempFolder();
        using var writer = TranslationMemory.Open(folder.Path);
        writer.Add([Units.Pair("证据", "evidence")]);
        using var reader = TranslationMemory.OpenReadOnly(folder.Path);
        var seen = new List<int>();

        for (var i = 2; i <= 6; i++)
        {
            writer.Add([Units.Pair($"第{i}条应予修订。", $"Article {i} should be revised.")]);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (reader.GetStatistics().UnitCount < i && clock.Elapsed < TimeSpan.FromSeconds(5))
            {
                Thread.Sleep(5);
            }

            seen.Add(reader.GetStatistics().UnitCount);
        }

        Assert.That(seen, Is.EqualTo(new[] { 2, 3, 4, 5, 6 }));
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
