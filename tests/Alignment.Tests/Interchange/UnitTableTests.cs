using System.Text;
using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Tests.Interchange;

public sealed class UnitTableTests
{
    [TestCase(UnitTableFormat.Csv)]
    [TestCase(UnitTableFormat.Tsv)]
    [TestCase(UnitTableFormat.Jsonl)]
    public void Units_read_back_with_their_text_and_provenance(UnitTableFormat format)
    {
        var units = Samples.Tricky();

        var read = RoundTrip(units, format);

        Assert.That(read, Is.EqualTo(units.Select(TableFields)).UsingPropertiesComparer());
    }

    [TestCase(UnitTableFormat.Csv)]
    [TestCase(UnitTableFormat.Tsv)]
    [TestCase(UnitTableFormat.Jsonl)]
    public void Imported_units_without_provenance_read_back_as_written(UnitTableFormat format)
    {
        TranslationUnit[] units = [new("i1", new Segment(Language.Chinese, "导入。"), new Segment(Language.English, "Imported."))];

        var read = RoundTrip(units, format);

        Assert.That(read, Is.EqualTo(units).UsingPropertiesComparer());
    }

    [TestCase(UnitTableFormat.Csv)]
    [TestCase(UnitTableFormat.Tsv)]
    [TestCase(UnitTableFormat.Jsonl)]
    public void Confirmed_and_edited_units_keep_their_origin(UnitTableFormat format)
    {
        var units = Samples.Tricky().Select((u, i) => u with { Origin = i % 2 == 0 ? UnitOrigin.Confirmed : UnitOrigin.Edited }).ToList();

        var read = RoundTrip(units, format);

        Assert.That(read.Select(u => u.Origin), Is.EqualTo(units.Select(u => u.Origin)));
    }

    [Test]
    public void Tsv_has_a_header_row_and_quotes_fields_that_hold_tabs_quotes_or_line_breaks()
    {
        var unit = new TranslationUnit("u1", new Segment(Language.Chinese, "甲\t乙"), new Segment(Language.English, "say \"hi\"\nthen go"));

        var lines = Write([unit], UnitTableFormat.Tsv).Split('\n');

        Assert.That(lines[0], Is.EqualTo("source\ttarget\tid\tdocument\tpath\tbead\tconfidence\torigin\tcreated"));
        Assert.That(lines[1], Does.StartWith("\"甲\t乙\"\t\"say \"\"hi\"\""));
        Assert.That(lines[2], Does.StartWith("then go\"\tu1\t"));
    }

    [Test]
    public void Csv_writes_provenance_columns_in_invariant_form()
    {
        var lines = Write([Samples.Full("u1", "甲。", "A.")], UnitTableFormat.Csv).Split('\n');

        Assert.That(lines[1], Is.EqualTo("甲。,A.,u1,report.zh.txt,body › II › 12,1-2,0.875,aligned,2021-04-06T09:30:15Z"));
    }

    [Test]
    public void Jsonl_writes_one_object_per_line_with_the_languages()
    {
        var lines = Write([Samples.Full("u1", "甲。", "A."), Samples.Full("u2", "乙。", "B.")], UnitTableFormat.Jsonl).TrimEnd('\n').Split('\n');

        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(lines[0], Is.EqualTo(
            "{\"source\":\"甲。\",\"target\":\"A.\",\"sourceLanguage\":\"zh-CN\",\"targetLanguage\":\"en\",\"id\":\"u1\","
            + "\"document\":\"report.zh.txt\",\"path\":\"body › II › 12\",\"bead\":\"1-2\",\"confidence\":0.875,"
            + "\"origin\":\"aligned\",\"created\":\"2021-04-06T09:30:15Z\"}"));
    }

    [Test]
    public void A_two_column_table_without_header_imports_as_source_and_target()
    {
        var read = Read("甲。\tA.\n乙。\tB.\n", UnitTableFormat.Tsv);

        Assert.That(read.Select(u => (u.Source.Text, u.Target.Text, u.Origin, u.Id)), Is.EqualTo(new[]
        {
            ("甲。", "A.", UnitOrigin.Imported, "pairs.tsv#1"),
            ("乙。", "B.", UnitOrigin.Imported, "pairs.tsv#2"),
        }));
    }

    [Test]
    public void A_header_maps_columns_by_name_and_other_columns_are_ignored()
    {
        var read = Read("Note,Target,Source,Confidence\nfirst,A.,甲。,0.5\n", UnitTableFormat.Csv);

        var unit = read.Single();
        Assert.That((unit.Source.Text, unit.Target.Text, unit.Provenance.Confidence), Is.EqualTo(("甲。", "A.", 0.5)));
    }

    [Test]
    public void Imported_units_carry_the_languages_given()
    {
        var unit = Read("甲。,A.\n", UnitTableFormat.Csv).Single();

        Assert.That((unit.Source.Language, unit.Target.Language), Is.EqualTo((Language.Chinese, Language.English)));
    }

    [Test]
    public void A_stray_quote_inside_a_tsv_field_is_text()
    {
        var unit = Read("他说“你好”。\tHe said \"hello\".\n", UnitTableFormat.Tsv).Single();

        Assert.That(unit.Target.Text, Is.EqualTo("He said \"hello\"."));
    }

    [Test]
    public void Blank_rows_are_skipped()
    {
        var read = Read("甲。,A.\n\n,\n乙。,B.\n", UnitTableFormat.Csv);

        Assert.That(read.Select(u => u.Target.Text), Is.EqualTo(new[] { "A.", "B." }));
    }

    [Test]
    public void A_row_with_one_column_is_reported_with_its_line()
    {
        var error = ReadError("甲。\tA.\n\"multi\nline\"\tB.\n乙。\n", UnitTableFormat.Tsv);

        Assert.That((error.Line, error.Problem), Is.EqualTo((4, "has 1 column; a unit needs a source and a target")));
    }

    [Test]
    public void A_row_with_an_empty_target_is_reported_with_its_line()
    {
        var error = ReadError("source,target\n甲。,A.\n乙。,\n", UnitTableFormat.Csv);

        Assert.That((error.Line, error.Problem), Is.EqualTo((3, "has an empty target")));
    }

    [Test]
    public void Broken_csv_quoting_is_reported_with_its_line()
    {
        var error = ReadError("甲。,A.\n乙。,\"B.\"x\n", UnitTableFormat.Csv);

        Assert.That(error.Line, Is.EqualTo(2));
        Assert.That(error.Problem, Does.StartWith("has broken quoting"));
    }

    [Test]
    public void A_value_that_does_not_read_is_reported_with_its_line()
    {
        var error = ReadError("source,target,confidence\n甲。,A.,0.9\n乙。,B.,high\n", UnitTableFormat.Csv);

        Assert.That((error.Line, error.Problem), Is.EqualTo((3, "the confidence 'high' is not a number from 0 to 1")));
    }

    [Test]
    public void A_jsonl_line_that_is_not_json_is_reported_with_its_line()
    {
        var error = ReadError("{\"source\":\"甲。\",\"target\":\"A.\"}\n\n{\"source\":\"乙。\",\n", UnitTableFormat.Jsonl);

        Assert.That(error.Line, Is.EqualTo(3));
        Assert.That(error.Problem, Does.StartWith("is not valid JSON"));
    }

    [Test]
    public void A_jsonl_line_in_other_languages_is_reported_with_its_line()
    {
        var error = ReadError("{\"source\":\"Bonjour.\",\"target\":\"Hello.\",\"sourceLanguage\":\"fr\"}\n", UnitTableFormat.Jsonl);

        Assert.That((error.Line, error.Problem), Is.EqualTo((1, "the unit is in fr, where zh-CN was expected")));
    }

    [Test]
    public void A_jsonl_line_keeps_a_variant_of_the_requested_language()
    {
        var unit = Read("{\"source\":\"你好。\",\"target\":\"Hello.\",\"sourceLanguage\":\"zh-Hans\",\"targetLanguage\":\"en-GB\"}\n", UnitTableFormat.Jsonl).Single();

        Assert.That((unit.Source.Language.Tag, unit.Target.Language.Tag), Is.EqualTo(("zh-Hans", "en-GB")));
    }

    [Test]
    public void Writing_to_a_path_replaces_the_file_only_when_complete()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("units.tsv", "previous");

        Assert.That(() => UnitTable.Write(path, Failing(), UnitTableFormat.Tsv), Throws.InvalidOperationException);
        Assert.That(File.ReadAllText(path), Is.EqualTo("previous"));
    }

    [Test]
    public void Reading_from_a_path_reads_the_file()
    {
        using var directory = new TempDirectory();
        var path = directory.File("units.csv");
        UnitTable.Write(path, Samples.Tricky(), UnitTableFormat.Csv);

        var read = UnitTable.Read(path, UnitTableFormat.Csv, Language.Chinese, Language.English).ToList();

        Assert.That(read, Is.EqualTo(Samples.Tricky().Select(TableFields)).UsingPropertiesComparer());
    }

    /// <summary>A unit as a table keeps it: no context, properties, notes or markup.</summary>
    private static TranslationUnit TableFields(TranslationUnit unit) =>
        unit with { PreviousSource = string.Empty, NextSource = string.Empty, Properties = [], Notes = [] };

    private static IEnumerable<TranslationUnit> Failing()
    {
        yield return Samples.Full("u1", "甲。", "A.");
        throw new InvalidOperationException("The aligner failed.");
    }

    private static string Write(IEnumerable<TranslationUnit> units, UnitTableFormat format)
    {
        using var output = new MemoryStream();
        UnitTable.Write(output, units, format);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static List<TranslationUnit> RoundTrip(IEnumerable<TranslationUnit> units, UnitTableFormat format) =>
        Read(Write(units, format), format);

    private static List<TranslationUnit> Read(string table, UnitTableFormat format)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(table));
        var name = format == UnitTableFormat.Csv ? "pairs.csv" : format == UnitTableFormat.Tsv ? "pairs.tsv" : "pairs.jsonl";
        return [.. UnitTable.Read(input, name, format, Language.Chinese, Language.English)];
    }

    private static InputException ReadError(string table, UnitTableFormat format) =>
        Assert.Throws<InputException>(() => Read(table, format))!;
}
