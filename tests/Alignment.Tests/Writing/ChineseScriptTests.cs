using Alignment.Writing;

namespace Alignment.Tests.Writing;

public sealed class ChineseScriptTests
{
    [Test]
    public void Traditional_characters_fold_to_their_simplified_forms()
    {
        Assert.That(ChineseScript.ToSimplified("會員國應加強電子證據方面的合作"), Is.EqualTo("会员国应加强电子证据方面的合作"));
    }

    [Test]
    public void Corner_quotation_marks_fold_to_curly_ones()
    {
        Assert.That(ChineseScript.ToSimplified("「電子證據」與『證據』"), Is.EqualTo("“电子证据”与‘证据’"));
    }

    [Test]
    public void Simplified_text_is_returned_unchanged()
    {
        const string text = "会员国应加强电子证据方面的合作。Member States 2021";

        Assert.That(ChineseScript.ToSimplified(text), Is.SameAs(text));
    }

    [Test]
    public void Characters_that_simplified_text_also_writes_are_not_folded()
    {
        Assert.That(ChineseScript.ToSimplified("著名的乾隆皇帝瞭望"), Is.EqualTo("著名的乾隆皇帝瞭望"));
    }

    [Test]
    public void Folding_keeps_the_texts_length()
    {
        const string text = "後來，臺灣的雲與萬𠀋山";

        Assert.That(ChineseScript.ToSimplified(text), Has.Length.EqualTo(text.Length));
    }

    [Test]
    public void Traditional_text_is_told_from_simplified()
    {
        Assert.That((ChineseScript.HasTraditional("電子證據"), ChineseScript.HasTraditional("电子证据")), Is.EqualTo((true, false)));
    }

    [Test]
    public void Every_simplified_headword_of_the_bundled_lexicon_is_left_as_it_is()
    {
        // The table leaves out every character simplified text writes; the lexicon's headwords are that text.
        var lexicon = Path.Combine(AppContext.BaseDirectory, "cc-cedict.tsv.gz");
        Assert.That(File.Exists(lexicon), Is.True, "the CC-CEDICT lexicon is copied next to the tests");
        using var reader = new StreamReader(new System.IO.Compression.GZipStream(File.OpenRead(lexicon), System.IO.Compression.CompressionMode.Decompress));
        var changed = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var headword = line.Split('\t')[0];
            if (ChineseScript.ToSimplified(headword) != headword)
            {
                changed.Add(headword);
            }
        }

        Assert.That(changed, Is.Empty);
    }
}
