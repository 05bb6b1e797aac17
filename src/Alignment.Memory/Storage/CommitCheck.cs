using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace Alignment.Memory.Storage;

/// <summary>
/// Checks a memory's last commit before it is opened: the commit is ours and of this format version, and every file
/// it names is there and whole. Each file Lucene 4.8 writes ends with a codec footer (a magic number, an algorithm
/// id and a checksum), so a file cut short or overwritten is found by reading its last 16 bytes: a damaged memory
/// is named when it is opened instead of failing in the middle of a lookup, and never gets a writer. Damage inside a
/// file shows when that part is read (see <see cref="Damage"/>); finding it at opening would mean reading every
/// byte.
/// </summary>
internal sealed class CommitCheck : SegmentInfos.FindSegmentsFile
{
    private readonly Directory directory;
    private readonly string name;

    private CommitCheck(Directory directory, string name)
        : base(directory)
    {
        this.directory = directory;
        this.name = name;
    }

    /// <summary>Checks the last commit in <paramref name="directory"/>, retrying with the next one if a writer replaces it meanwhile.</summary>
    /// <exception cref="InputException">The memory is not ours, of another version, or damaged.</exception>
    public static void Run(Directory directory, string name)
    {
        try
        {
            new CommitCheck(directory, name).Run();
        }
        catch (Exception e) when (Damage.IsDamage(e))
        {
            throw Damage.Describe(name, e);
        }
    }

    protected override object DoBody(string segmentFileName)
    {
        var infos = new SegmentInfos();
        infos.Read(directory, segmentFileName);
        IndexFormat.Check(infos.UserData, name);
        foreach (var file in infos.GetFiles(directory, includeSegmentsFile: true))
        {
            CheckFooter(file);
        }

        return infos;
    }

    private void CheckFooter(string file)
    {
        using var input = directory.OpenInput(file, IOContext.READ_ONCE);
        if (input.Length < CodecUtil.FooterLength())
        {
            throw new CorruptIndexException($"{file} is cut short ({input.Length} bytes)");
        }

        input.Seek(input.Length - CodecUtil.FooterLength());
        if (input.ReadInt32() != CodecUtil.FOOTER_MAGIC)
        {
            throw new CorruptIndexException($"{file} is cut short or overwritten (it does not end with Lucene's footer)");
        }
    }
}
