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
