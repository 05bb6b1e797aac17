using System.CommandLine;
using Alignment.Aligning;
using Alignment.Cli.CommandLine;

namespace Alignment.Cli.Commands;

internal sealed class EvaluateCommand : CliCommand
{
    private readonly Option<string?> gold = CliOptions.Text("--gold", "GOLD", "The gold alignment.", "-g");
    private readonly Option<string?> test = CliOptions.Text("--test", "TEST", "The alignment to score.", "-t");
    private readonly Option<bool> json = CliOptions.Flag("--json", "Print the scores as JSON.");

    public EvaluateCommand()
        : base("evaluate", "Score an alignment against a gold one: strict and lax precision, recall and F1.")
    {
        gold.Required = true;
        test.Required = true;
        Options.Add(gold);
        Options.Add(test);
        Options.Add(json);
        Reads(args => [args.GetValue(gold), args.GetValue(test)]);
    }

    public override string Usage => "evaluate --gold GOLD --test TEST [--json]";

    public override string Details => """
        Scores a test alignment against a gold alignment, both in the bead format of the Vecalign and Bertalign
        evaluation scripts (one bead per line, [0]:[0,1], 0-based sentence indices, [] for an empty side).
        Strict counts a bead only when it equals a gold bead; lax when it overlaps one on both sides.
        Beads with an empty side count against precision and are left out of recall, as in those scripts.
        """;

    public override IReadOnlyList<string> Examples =>
    [
        "evaluate --gold corpora/unodc-cybercrime-eg4-2021/gold.beads --test test.beads",
    ];

    public override int Run(ParseResult args, CliConsole console)
    {
        var scores = AlignmentScores.Compute(BeadFile.Read(args.GetRequiredValue(gold)!), BeadFile.Read(args.GetRequiredValue(test)!));
        if (args.GetValue(json))
        {
            console.Out.WriteLine(Json.Serialize(new
            {
                precision_strict = scores.StrictPrecision,
                recall_strict = scores.StrictRecall,
                f1_strict = scores.StrictF1,
                precision_lax = scores.LaxPrecision,
                recall_lax = scores.LaxRecall,
                f1_lax = scores.LaxF1,
            }));
        }
        else
        {
            console.Out.WriteLine(scores);
        }

        return CliApplication.Success;
    }
}
