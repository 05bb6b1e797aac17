using Alignment.Cli.CommandLine;

namespace Alignment.Cli.Tests;

public sealed class HelpTests
{
    public static IEnumerable<string> Commands => CommandCatalog.Names;

    [TestCaseSource(nameof(Commands))]
    public void Every_command_explains_itself_with_examples(string command)
    {
        var run = CliRun.Of(command, "--help");

        Assert.That(run.ExitCode, Is.Zero);
        Assert.That(run.Output, Does.StartWith($"usage: alignment {command}"));
        Assert.That(run.Output, Does.Contain("examples:\n  alignment " + command));
    }

    [TestCaseSource(nameof(Commands))]
    public void Every_option_and_argument_of_a_command_is_described_in_its_help(string command)
    {
        var help = CliRun.Of(command, "--help").Output.Split('\n');
        var symbols = CommandCatalog.Create().Single(c => c.Name == command) is var definition
            ? definition.Options.Select(o => o.Name).Concat(definition.Arguments.Select(a => a.Name))
            : [];

        foreach (var symbol in symbols)
        {
            Assert.That(help.Where(line => line.Contains($"{symbol} ", StringComparison.Ordinal) && line.TrimEnd().Length > symbol.Length + 10), Is.Not.Empty, $"{symbol} is described");
        }
    }

    [TestCaseSource(nameof(Commands))]
    public void Help_piped_to_a_file_fits_its_width_except_synopsis_and_examples(string command)
    {
        var help = CliRun.Of(command, "--help").Output.Split('\n');
        var examples = Array.IndexOf(help, "examples:");
        var body = help.Skip(1).Take((examples < 0 ? help.Length : examples) - 1);

        Assert.That(body.Where(line => TextWrap.Columns(line) > HelpWriter.PipedWidth), Is.Empty);
    }

    [Test]
    public void The_overview_piped_to_a_file_fits_its_width()
    {
        var help = CliRun.Of("--help").Output.Split('\n');

        Assert.That(help.Where(line => TextWrap.Columns(line) > HelpWriter.PipedWidth), Is.Empty);
    }

    [Test]
    public void An_options_description_wraps_under_its_own_column()
    {
        var help = CliRun.Of("align", "--help").Output.Split('\n');
        var first = Array.FindIndex(help, line => line.StartsWith("      --units WHICH", StringComparison.Ordinal));
        var column = help[first].IndexOf("Units in exported files", StringComparison.Ordinal);

        Assert.That(help[first + 1], Does.Match($"^ {{{column}}}\\S"));
    }

    [Test]
    public void Wrapping_counts_a_han_character_as_two_columns_and_never_cuts_a_word()
    {
        var lines = TextWrap.Lines("术语 lookup 电子证据电子证据 extraordinarily", 10);

        Assert.That(lines, Is.EqualTo(new[] { "术语", "lookup", "电子证据电子证据", "extraordinarily" }));
    }

    [Test]
    public void The_overview_documents_the_exit_codes()
    {
        var run = CliRun.Of("--help");

        Assert.That(run.ExitCode, Is.Zero);
        Assert.That(run.Output, Does.Contain("exit codes:\n  0  done\n  1  unusable input").And.Contain("  2  wrong command line"));
    }

    [Test]
    public void Shell_completion_is_answered_through_the_suggest_directive()
    {
        var run = CliRun.Of("[suggest:26]", "alignment align --labels st");

        Assert.That(run.ExitCode, Is.Zero);
        Assert.That(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[] { "strip" }));
    }

    [Test]
    public void Without_arguments_the_tool_lists_its_commands_and_fails()
    {
        var run = CliRun.Of();

        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.UsageError));
        Assert.That(run.Output, Does.Contain("commands:"));
    }

    [Test]
    public void An_unknown_command_is_one_line_and_a_usage_error()
    {
        var run = CliRun.Of("algin");

        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.UsageError));
        Assert.That(run.ErrorLines, Is.EqualTo(new[] { "alignment: error: unknown command 'algin'; see 'alignment --help'." }));
    }

    [Test]
    public void An_unknown_option_names_the_command_and_where_to_look()
    {
        var run = CliRun.Of("segment", "--lnag", "zh", "x.txt");

        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.UsageError));
        Assert.That(run.ErrorLines, Is.EqualTo(new[] { "alignment segment: error: 'segment' has no option --lnag; see 'alignment segment --help'." }));
    }
}
