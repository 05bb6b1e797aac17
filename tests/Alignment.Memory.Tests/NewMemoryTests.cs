using Alignment.Interchange;

namespace Alignment.Memory.Tests;

/// <summary>A new memory is written with its first commit: until then readers do not see it, and if it never comes, nothing is left.</summary>
public class NewMemoryTests
{
    [Test]
    public void Opening_a_missing_folder_for_writing_gives_an_empty_memory_there()
    {
        using var folder = new TempFolder();

        using var memory = TranslationMemory.Open(folder.Combine("memory"));

        Assert.That((memory.GetStatistics().UnitCount, System.IO.Directory.Exists(folder.Combine("memory"))), Is.EqualTo((0, true)));
    }

    [Test]
    public void A_new_memory_is_there_for_readers_from_its_first_add()
    {
        using var folder = new TempFolder();
        using var writer = TranslationMemory.Open(folder.Path);
        var early = Assert.Throws<InputException>(() => TranslationMemory.OpenReadOnly(folder.Path).Dispose());

        writer.Add([Units.Pair("证据", "evidence")]);

        using var reader = TranslationMemory.OpenReadOnly(folder.Path);
        Assert.Multiple(() =>
        {
            Assert.That(early!.Message, Does.EndWith("holds no translation memory yet"));
            Assert.That(reader.GetStatistics().UnitCount, Is.EqualTo(1));
        });
    }

    [Test]
    public void A_failed_first_add_into_a_new_folder_leaves_no_folder()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("memory");

        using (var memory = TranslationMemory.Open(path))
        {
            Assert.Throws<IOException>(() => memory.Add(FailingAfter(CorpusUnits.Units, 20)));
        }

        Assert.That(System.IO.Directory.Exists(path), Is.False);
    }

    [Test]
    public void A_failed_first_add_into_an_empty_folder_leaves_it_empty()
    {
        using var folder = new TempFolder();

        using (var memory = TranslationMemory.Open(folder.Path))
        {
            Assert.Throws<IOException>(() => memory.Add(FailingAfter(CorpusUnits.Units, 20)));
        }

        Assert.That(System.IO.Directory.GetFileSystemEntries(folder.Path), Is.Empty);
    }

    [Test]
    public void A_new_memory_closed_before_anything_was_added_leaves_nothing()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("memory");

        TranslationMemory.Open(path).Dispose();

        Assert.That(System.IO.Directory.Exists(path), Is.False);
    }

    [Test]
    public void An_add_after_a_failed_first_one_makes_the_memory()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("memory");

        using (var memory = TranslationMemory.Open(path))
        {
            Assert.Throws<IOException>(() => memory.Add(FailingAfter(CorpusUnits.Units, 20)));
            memory.Add(CorpusUnits.Units.Take(10));
        }

        using var reader = TranslationMemory.OpenReadOnly(path);
        Assert.That(reader.GetStatistics().UnitCount, Is.EqualTo(10));
    }

    [Test]
    public void What_a_first_add_killed_before_its_commit_leaves_is_no_memory_and_no_obstacle()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("memory");
        var killed = folder.Combine("killed");
        using (var memory = TranslationMemory.OpenFlushingEvery(path, 10))
        {
            memory.Add(CorpusUnits.Units.Take(60).Select((unit, i) =>
            {
                if (i == 45)
                {
                    // Units are analysed on worker threads: give them a moment to flush what they hold.
                    SpinWait.SpinUntil(() => System.IO.Directory.GetFiles(path).Any(f => f.EndsWith(".fdt", StringComparison.Ordinal)), TimeSpan.FromSeconds(30));
                    CopyFolder(path, killed);
                }

                return unit;
            }));
        }

        var reading = Assert.Throws<InputException>(() => TranslationMemory.OpenReadOnly(killed).Dispose());
        using (var writer = TranslationMemory.Open(killed))
        {
            writer.Add(CorpusUnits.Units.Take(5));
        }

        using var reader = TranslationMemory.OpenReadOnly(killed);
        Assert.Multiple(() =>
        {
            Assert.That(reading!.Message, Does.EndWith("holds no translation memory yet"));
            Assert.That(reader.GetStatistics().UnitCount, Is.EqualTo(5));
        });
    }

    private static IEnumerable<TranslationUnit> FailingAfter(IEnumerable<TranslationUnit> units, int count)
    {
        foreach (var unit in units.Take(count))
        {
            yield return unit;
        }

        throw new IOException("the TMX file was cut short");
    }

    private static void CopyFolder(string from, string to)
    {
        System.IO.Directory.CreateDirectory(to);
        foreach (var file in System.IO.Directory.GetFiles(from).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)))
        {
            try
            {
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            }
            catch (FileNotFoundException)
            {
                // Deleted while we copied, as a kill just after its deletion would leave it out.
            }
        }
    }
}
