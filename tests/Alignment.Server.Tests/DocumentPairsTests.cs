using Alignment.Interchange;
using Alignment.Server.Hosting;
using Alignment.Server.Reviewing;

namespace Alignment.Server.Tests;

/// <summary>How the document pairs of a memory are named: never two pairs under one name.</summary>
public sealed class DocumentPairsTests
{
    private TempFolder folder = null!;
    private string memory = null!;

    [SetUp]
    public void CreateMemoryFolder()
    {
        folder = new TempFolder();
        memory = folder.File("memory");
    }

    [TearDown]
    public void DeleteMemoryFolder() => folder.Dispose();

    [Test]
    public void A_pair_the_memory_has_not_seen_is_named_by_its_source_file()
    {
        Assert.That(DocumentPairs.NameFor(memory, folder.File("a/zh.txt"), folder.File("a/en.txt"), []), Is.EqualTo("zh.txt"));
    }

    [Test]
    public void A_pair_recorded_before_keeps_the_name_it_was_recorded_under()
    {
        Record("a/zh.txt", folder.File("a/zh.txt"), folder.File("a/en.txt"));

        Assert.That(DocumentPairs.NameFor(memory, folder.File("a/zh.txt"), folder.File("a/en.txt"), []), Is.EqualTo("a/zh.txt"));
    }

    [Test]
    public void Another_pair_of_a_recorded_file_name_is_named_with_its_folder()
    {
        Record("zh.txt", folder.File("a/zh.txt"), folder.File("a/en.txt"));

        Assert.That(DocumentPairs.NameFor(memory, folder.File("b/zh.txt"), folder.File("b/en.txt"), []), Is.EqualTo("b/zh.txt"));
    }

    [Test]
    public void A_name_taken_in_the_same_command_is_not_given_again()
    {
        Assert.That(DocumentPairs.NameFor(memory, folder.File("b/zh.txt"), folder.File("b/en.txt"), ["zh.txt"]), Is.EqualTo("b/zh.txt"));
    }

    [Test]
    public void Pairs_in_folders_of_the_same_name_are_named_with_the_folders_above()
    {
        Record("zh.txt", folder.File("x/a/zh.txt"), folder.File("x/a/en.txt"));
        Record("a/zh.txt", folder.File("y/a/zh.txt"), folder.File("y/a/en.txt"));

        Assert.That(DocumentPairs.NameFor(memory, folder.File("z/a/zh.txt"), folder.File("z/a/en.txt"), []), Is.EqualTo("z/a/zh.txt"));
    }

    [Test]
    public void The_same_source_with_another_target_is_another_pair()
    {
        Record("zh.txt", folder.File("a/zh.txt"), folder.File("a/en.txt"));

        Assert.That(DocumentPairs.NameFor(memory, folder.File("a/zh.txt"), folder.File("a/en-revised.txt"), []), Is.EqualTo("a/zh.txt"));
    }

    [Test]
    public void A_pair_opened_from_the_memory_is_reviewed_under_its_recorded_name()
    {
        var (source, target) = Reviews.CopyPair(folder);
        var pair = new DocumentPair("copy/" + Path.GetFileName(source), Path.GetFullPath(source), Path.GetFullPath(target), DocumentPairs.ReviewFileIn(memory, "copy/" + Path.GetFileName(source)), string.Empty);
        DocumentPairs.Record(memory, pair);
        var library = ReviewLibrary.OfMemory(memory, AlignmentPipeline.Default, (_, _) => string.Empty);

        Assert.That(library.TryGet(DocumentPairs.KeyOf(pair.Document), out var session), Is.True);
        using (session)
        {
            Assert.Multiple(() =>
            {
                Assert.That(session.Document, Is.EqualTo(pair.Document));
                Assert.That(AlignedUnits.From(session.Current)[0].Id, Does.StartWith(pair.Document + "#"));
            });
        }
    }

    private void Record(string document, string source, string target) =>
        DocumentPairs.Record(memory, new DocumentPair(document, source, target, DocumentPairs.ReviewFileIn(memory, document), string.Empty));
}
